using System.Globalization;
using ContentOps.Core.Analytics.Prediction;
using ContentOps.Core.Distribution.Planning;

namespace ContentOps.Core.Analytics.Allocation;

/// <summary>
/// The closed loop in the send planner: contextual Thompson sampling (<see cref="ProbitThompsonPolicy"/>) over
/// segment × format × channel × local send hour, learnt from every stored send's outcome, picks each personalised
/// send's hour among those the planner allows. Each decision draws from its own stream, seeded by the seed, the
/// model version, the HCP, the piece and the channel, so a plan is reproducible and a pending send keeps its hour
/// from one run to the next. The reason names the model version and what the effect model predicts at the chosen and
/// the earliest hour.
/// </summary>
public sealed class AllocatorSendTimeChooser : ISendTimeChooser
{
    private static readonly int[] _hours = [.. Enumerable.Range(0, 24)];

    private readonly ProbitThompsonPolicy _policy;
    private readonly AllocationSpace _space;
    private readonly SendFeatureSource _features;
    private readonly IEngagementPredictor? _predictor;
    private readonly int _seed;

    private AllocatorSendTimeChooser(ProbitThompsonPolicy policy, AllocationSpace space, SendFeatureSource features, IEngagementPredictor? predictor, int seed, string version, int sends)
    {
        (_policy, _space, _features, _predictor, _seed) = (policy, space, features, predictor, seed);
        ModelVersion = version;
        Sends = sends;
    }

    public string ModelVersion { get; }

    /// <summary>Stored sends the allocator learnt from.</summary>
    public int Sends { get; }

    /// <summary>
    /// Learns from the stored sends whose piece and channel are declared. <paramref name="version"/> names the data
    /// (the effect model's version); <paramref name="predictor"/>, when given, is quoted in the reasons.
    /// </summary>
    public static AllocatorSendTimeChooser Learn(IReadOnlyList<StoredSendOutcome> outcomes, SendFeatureSource features, string version, IEngagementPredictor? predictor = null, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(features);
        var segments = outcomes.Select(o => SegmentName(o.Segment)).Append(SegmentName("")).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var formats = features.Pieces.Values.Select(p => p.Format).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var channels = features.Channels.Keys.Order(StringComparer.Ordinal).ToList();
        var space = new AllocationSpace(segments, formats.Count == 0 ? ["-"] : formats, channels.Count == 0 ? ["-"] : channels, _hours);
        var policy = new ProbitThompsonPolicy(space, new Random(seed));
        var learnt = 0;
        foreach (var o in outcomes.OrderBy(o => o.DeliveredAt))
        {
            if (features.Pieces.TryGetValue(o.Piece, out var piece) && features.Channels.TryGetValue(o.Channel, out var channel))
            {
                var arm = space.IndexOf(new AllocationArm(piece.Format, o.Channel, TimeZoneInfo.ConvertTime(o.DeliveredAt, channel.Zone).Hour));
                policy.Observe(space.SegmentIndex(SegmentName(o.Segment)), arm, o.Engaged);
                learnt++;
            }
        }

        return new AllocatorSendTimeChooser(policy, space, features, predictor, seed, $"thompson-probit@{version}", learnt);
    }

    public SendTimeChoice? Choose(SendTimeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var piece = request.Piece.ToString();
        var segment = _space.SegmentIndex(SegmentName(request.Segment ?? ""));
        segment = segment >= 0 ? segment : _space.SegmentIndex(SegmentName(""));
        if (!_features.Pieces.TryGetValue(piece, out var features) || !_features.Channels.TryGetValue(request.Channel, out var channel))
        {
            return null;
        }

        var arms = _hours.Select(h => _space.IndexOf(new AllocationArm(features.Format, request.Channel, h))).ToArray();
        if (arms[0] < 0)
        {
            return null;
        }

        var scores = _policy.SampleScores(segment, arms, new Random(StableSeed(_seed, ModelVersion, request.Hcp, piece, request.Channel)));
        var best = request.Allowed.MaxBy(at => scores[TimeZoneInfo.ConvertTime(at, channel.Zone).Hour]);
        var earliest = request.Allowed[0];
        var c = CultureInfo.InvariantCulture;
        var hour = TimeZoneInfo.ConvertTime(best, channel.Zone).ToString("HH:mm", c);
        var reason = best == earliest
            ? $"send hour {hour} kept by {ModelVersion}"
            : $"send hour {hour} instead of {TimeZoneInfo.ConvertTime(earliest, channel.Zone).ToString("HH:mm", c)} chosen by {ModelVersion} (learnt from {Sends} stored sends)";
        if (_predictor is not null
            && _features.Features(piece, request.Channel, request.Segment ?? "", best) is { } at
            && _features.Features(piece, request.Channel, request.Segment ?? "", earliest) is { } first)
        {
            var chosen = _predictor.Predict(at);
            reason += best == earliest
                ? string.Create(c, $"; predicted engagement {chosen.Probability * 100:0}% by {chosen.ModelVersion}")
                : string.Create(c, $"; predicted engagement {chosen.Probability * 100:0}% vs {_predictor.Predict(first).Probability * 100:0}% by {chosen.ModelVersion}");
        }

        return new SendTimeChoice(best, reason);
    }

    private static string SegmentName(string segment) => segment.Length == 0 ? "(all)" : segment;

    /// <summary>FNV-1a over the parts: stable across processes and .NET versions (string.GetHashCode is not).</summary>
    private static int StableSeed(int seed, params ReadOnlySpan<string> parts)
    {
        var hash = 2166136261u ^ (uint)seed;
        foreach (var part in parts)
        {
            foreach (var ch in part)
            {
                hash = (hash ^ ch) * 16777619u;
            }

            hash = (hash ^ 0x1f) * 16777619u;
        }

        return (int)(hash & 0x7fffffff);
    }
}
