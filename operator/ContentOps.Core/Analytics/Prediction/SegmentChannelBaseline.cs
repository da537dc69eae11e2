namespace ContentOps.Core.Analytics.Prediction;

/// <summary>
/// The simple baseline the model must beat: the historical engagement rate of the segment × channel, smoothed
/// towards the overall rate (a Beta prior worth 20 sends) so a thin cell does not predict 0 or 1.
/// </summary>
public sealed class SegmentChannelBaseline : IEngagementPredictor
{
    private const double PriorWeight = 20;
    private readonly Dictionary<(string, string), (double Engaged, double Sends)> _cells = [];
    private readonly double _overall;

    /// <param name="history">The sends it learns from.</param>
    /// <param name="version">The version it reports (a stored baseline names its data); default <c>baseline-segment-channel</c>.</param>
    public SegmentChannelBaseline(IEnumerable<EngagementExample> history, string? version = null)
    {
        ModelVersion = version ?? "baseline-segment-channel";
        double engaged = 0, sends = 0;
        foreach (var e in history)
        {
            var key = (e.Features.Segment, e.Features.Channel);
            var (en, n) = _cells.GetValueOrDefault(key);
            _cells[key] = (en + (e.Engaged ? 1 : 0), n + 1);
            engaged += e.Engaged ? 1 : 0;
            sends++;
        }

        _overall = sends == 0 ? 0.05 : engaged / sends;
    }

    public string ModelVersion { get; }

    public EngagementPrediction Predict(EngagementFeatures features)
    {
        var (engaged, sends) = _cells.GetValueOrDefault((features.Segment, features.Channel));
        return new((engaged + (PriorWeight * _overall)) / (sends + PriorWeight), ModelVersion);
    }
}
