using System.Globalization;
using ContentOps.Core.Analytics.Prediction;
using ContentOps.Core.Distribution;
using ContentOps.Core.Distribution.Planning;

namespace ContentOps.Core.Analytics.Allocation;

/// <summary>
/// The closed loop in the send planner: contextual Thompson sampling (<see cref="ProbitThompsonPolicy"/>, the policy
/// <c>contentops simulate</c> measures) over segment × format × channel × local send hour, learnt from every stored
/// send's outcome, picks each personalised send's channel, variant and hour among the options the planner allows. A
/// variant is scored as its segment (every stored send records the segment whose variant it carried). Each decision is
/// one Thompson draw seeded by the seed, the model version, the HCP and the piece, so a plan is reproducible, every
/// channel of one (HCP, piece) is scored from the same draw, and a pending send keeps its pick from one run to the
/// next. The reason names the model version and what the effect model predicts for the pick and the default.
/// </summary>
public sealed class AllocatorSendChooser : ISendChooser
{
    private static readonly int[] _hours = [.. Enumerable.Range(0, 24)];

    private readonly ProbitThompsonPolicy _policy;
    private readonly AllocationSpace _space;
    private readonly SendFeatureSource _features;
    private readonly IEngagementPredictor? _predictor;
    private readonly int _seed;

    private AllocatorSendChooser(ProbitThompsonPolicy policy, AllocationSpace space, SendFeatureSource features, IEngagementPredictor? predictor, int seed, string version, int sends)
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
    public static AllocatorSendChooser Learn(IReadOnlyList<StoredSendOutcome> outcomes, SendFeatureSource features, string version, IEngagementPredictor? predictor = null, int seed = 1)
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

        return new AllocatorSendChooser(policy, space, features, predictor, seed, $"thompson-probit@{version}", learnt);
    }

    public SendChoice? Choose(SendChoiceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var piece = request.Piece.ToString();
        if (request.Options.Count == 0 || !_features.Pieces.TryGetValue(piece, out var features))
        {
            return null;
        }

        var cells = new List<(int Segment, int Arm)>(request.Options.Count);
        var scorable = new List<int>(request.Options.Count);
        for (var i = 0; i < request.Options.Count; i++)
        {
            var option = request.Options[i];
            if (_features.Channels.TryGetValue(option.Channel, out var channel)
                && _space.IndexOf(new AllocationArm(features.Format, option.Channel, TimeZoneInfo.ConvertTime(option.SendAt, channel.Zone).Hour)) is var arm and >= 0)
            {
                cells.Add((Segment(option.Variant ?? request.Segment), arm));
                scorable.Add(i);
            }
        }

        if (cells.Count == 0)
        {
            return null;
        }

        var scores = _policy.SampleScores(cells, StableSeed(_seed, ModelVersion, request.Hcp, piece));
        var best = 0;
        for (var i = 1; i < scores.Length; i++)
        {
            best = scores[i] > scores[best] ? i : best;
        }

        var chosen = request.Options[scorable[best]];
        return new SendChoice(chosen, Reason(request, chosen, piece));
    }

    /// <summary>
    /// The allocator's posterior mean engagement (no sampling) of a piece on a channel for a segment at a local hour:
    /// the learnt preference the next-best-action ranking uses; null when the piece or channel is unknown to it.
    /// </summary>
    public double? Preference(string piece, string channel, string? segment, int hour)
    {
        if (!_features.Pieces.TryGetValue(piece, out var features)
            || _space.IndexOf(new AllocationArm(features.Format, channel, hour)) is not (var arm and >= 0))
        {
            return null;
        }

        return _policy.PredictedRate(Segment(segment), arm);
    }

    public double? Preference(PlannedSend send)
    {
        ArgumentNullException.ThrowIfNull(send);
        var channel = $"{send.Piece.Namespace}/{send.Channel}";
        return _features.Channels.TryGetValue(channel, out var target)
            ? Preference(send.Piece.ToString(), channel, send.Segment, TimeZoneInfo.ConvertTime(send.SendAt, target.Zone).Hour)
            : null;
    }

    private string Reason(SendChoiceRequest request, SendOption chosen, string piece)
    {
        var c = CultureInfo.InvariantCulture;
        var first = request.Options[0];
        var earliest = request.Options.First(o => o.Channel == chosen.Channel).SendAt;
        var parts = new List<string>();
        if (request.Channels.Count > 1)
        {
            parts.Add($"channel {chosen.Channel[(chosen.Channel.IndexOf('/', StringComparison.Ordinal) + 1)..]}");
        }

        if (request.Variants.Count > 1)
        {
            parts.Add($"variant {chosen.Variant}");
        }

        parts.Add(chosen.SendAt == earliest ? $"send hour {Hour(chosen)}" : $"send hour {Hour(chosen)} instead of {Hour(chosen with { SendAt = earliest })}");
        var reason = parts.Count == 1 && chosen.SendAt == earliest
            ? $"{parts[0]} kept by {ModelVersion}"
            : $"{string.Join(", ", parts)} chosen by {ModelVersion} (learnt from {Sends} stored sends)";
        if (_predictor is not null
            && _features.Features(piece, chosen.Channel, chosen.Variant ?? request.Segment ?? "", chosen.SendAt) is { } at
            && _features.Features(piece, first.Channel, first.Variant ?? request.Segment ?? "", first.SendAt) is { } byDefault)
        {
            var predicted = _predictor.Predict(at);
            reason += chosen == first
                ? string.Create(c, $"; predicted engagement {predicted.Probability * 100:0}% by {predicted.ModelVersion}")
                : string.Create(c, $"; predicted engagement {predicted.Probability * 100:0}% vs {_predictor.Predict(byDefault).Probability * 100:0}% by {predicted.ModelVersion}");
        }

        return reason;
    }

    private string Hour(SendOption option) =>
        TimeZoneInfo.ConvertTime(option.SendAt, _features.Channels[option.Channel].Zone).ToString("HH:mm", CultureInfo.InvariantCulture);

    private int Segment(string? segment)
    {
        var index = _space.SegmentIndex(SegmentName(segment ?? ""));
        return index >= 0 ? index : _space.SegmentIndex(SegmentName(""));
    }

    private static string SegmentName(string segment) => segment.Length == 0 ? "(all)" : segment;

    /// <summary>FNV-1a over the parts: stable across processes and .NET versions (string.GetHashCode is not).</summary>
    private static ulong StableSeed(int seed, params ReadOnlySpan<string> parts)
    {
        var hash = 14695981039346656037UL ^ (ulong)(uint)seed;
        foreach (var part in parts)
        {
            foreach (var ch in part)
            {
                hash = (hash ^ ch) * 1099511628211UL;
            }

            hash = (hash ^ 0x1f) * 1099511628211UL;
        }

        return hash;
    }
}
