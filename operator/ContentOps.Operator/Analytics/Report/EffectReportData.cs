using ContentOps.Core.Analytics.Comments;
using ContentOps.Core.Analytics.Kpis;
using ContentOps.Core.Api.Campaigns;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Operator.Analytics.Kpis;
using ContentOps.Operator.Stores;

namespace ContentOps.Operator.Analytics.Report;

/// <summary>Everything the effect report of one campaign shows, read once from the state.</summary>
/// <param name="Engagement">Every daily aggregate and doctor row of the campaign, for the breakdowns.</param>
internal sealed record EffectReportData(
    CampaignKpis Kpis,
    EngagementSlice Engagement,
    IReadOnlyList<StoredComment> Comments,
    IReadOnlyList<(string Word, double Weight)> Keywords,
    IReadOnlyList<AdverseEventFlag> AdverseEvents,
    IReadOnlyList<PieceRanking.RankedPiece> Ranking,
    DateOnly? PredictionCutoff,
    IReadOnlyList<PredictedVersusActual.Cell> Predictions,
    IReadOnlyList<ChannelFunnel.Stage> Funnel,
    DateTimeOffset GeneratedAt)
{
    public Campaign Campaign => Kpis.Campaign;

    public string CampaignRef => Kpis.Scope.Ref;

    /// <param name="sends">The send ledger beside the events, for the funnel; null shows the funnel without sends.</param>
    public static async Task<EffectReportData> ReadAsync(Campaign campaign, IReadOnlyList<ContentPiece> pieces, IEngagementStore store, ISendLedger? sends, IEnumerable<string> products, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(pieces);
        var kpis = await CampaignKpis.MeasureAsync(campaign, pieces, store, now, cancellationToken).ConfigureAwait(false);
        var engagement = await CampaignKpis.RowsAsync(kpis.Scope, store, cancellationToken).ConfigureAwait(false);
        var comments = (await store.CommentsAsync(cancellationToken).ConfigureAwait(false)).Where(c => kpis.Scope.Contains(c.Campaign, c.PieceRef)).ToList();
        var flags = (await store.AdverseEventsAsync(cancellationToken).ConfigureAwait(false)).Where(f => kpis.Scope.Contains(f.Campaign, f.PieceRef)).ToList();
        var keywords = comments.Count == 0 ? [] : new CommentAnalyzer(products).Keywords.Extract(comments.Select(c => c.Text), 15);
        var (cutoff, predictions) = PredictedVersusActual.Compare(engagement);
        var sent = new List<ChannelFunnel.Send>();
        foreach (var piece in pieces.Where(p => p.Metadata.Uid is not null))
        {
            sent.AddRange(sends is null ? [] : (await sends.ListForPieceAsync(piece.Metadata.Uid!, cancellationToken).ConfigureAwait(false))
                .Where(s => s.SentAt is not null || s.StoppedAt is null)
                .Select(s => new ChannelFunnel.Send(s.PieceRef, s.Hcp, s.Channel)));
        }

        return new EffectReportData(kpis, engagement, comments, keywords, flags, PieceRanking.Rank(engagement), cutoff, predictions, ChannelFunnel.Build(sent, engagement.Hcps), now);
    }
}
