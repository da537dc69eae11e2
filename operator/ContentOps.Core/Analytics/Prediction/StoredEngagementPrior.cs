using System.Globalization;
using ContentOps.Core.Analytics.Kpis;

namespace ContentOps.Core.Analytics.Prediction;

/// <summary>
/// A hierarchical prior from counted events: a piece × region's engaged-per-delivered rate, smoothed towards the
/// piece's rate, itself smoothed towards the overall rate (each with a prior worth <see cref="PriorWeight"/>
/// deliveries), so a thin cell predicts near its parent instead of 0 or 1. Engaged means opened, or clicked where
/// nothing is opened. The version names the data: its last day and its deliveries.
/// </summary>
public sealed class StoredEngagementPrior : IEngagementPrior
{
    public const double PriorWeight = 20;

    private readonly Dictionary<string, (double Engaged, double Delivered)> _pieces = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Piece, string Region), (double Engaged, double Delivered)> _cells = [];

    public StoredEngagementPrior(IReadOnlyList<EngagementCount> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var (engaged, delivered) = PredictedVersusActual.Engagement(counts);
        Overall = delivered == 0 ? 0.05 : engaged / delivered;
        foreach (var piece in counts.Where(c => c.Piece.Length > 0).GroupBy(c => c.Piece, StringComparer.Ordinal))
        {
            _pieces[piece.Key] = PredictedVersusActual.Engagement(piece);
            foreach (var region in piece.GroupBy(c => c.Region, StringComparer.Ordinal))
            {
                _cells[(piece.Key, region.Key)] = PredictedVersusActual.Engagement(region);
            }
        }

        var last = counts.Count == 0 ? default : counts.Max(c => c.Day);
        ModelVersion = string.Create(CultureInfo.InvariantCulture, $"prior-piece-region@{last:yyyyMMdd}-n{delivered:0}");
    }

    public string ModelVersion { get; }

    public double Overall { get; }

    public EngagementPrediction Predict(string pieceRef, string? region)
    {
        var (pe, pn) = _pieces.GetValueOrDefault(pieceRef);
        var piece = (pe + (PriorWeight * Overall)) / (pn + PriorWeight);
        if (string.IsNullOrEmpty(region))
        {
            return new(piece, ModelVersion);
        }

        var (ce, cn) = _cells.GetValueOrDefault((pieceRef, region));
        return new((ce + (PriorWeight * piece)) / (cn + PriorWeight), ModelVersion);
    }
}
