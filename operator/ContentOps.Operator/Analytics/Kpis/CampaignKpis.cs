using ContentOps.Core.Analytics.Kpis;
using ContentOps.Core.Api.Campaigns;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Operator.Stores;

namespace ContentOps.Operator.Analytics.Kpis;

/// <summary>
/// A campaign's engagement as the store aggregates it (<see cref="CampaignEngagement"/>: totals and distinct doctors,
/// computed in SQL), its objectives against it and its cycle time.
/// </summary>
internal sealed record CampaignKpis(Campaign Campaign, CampaignScope Scope, CampaignEngagement Engagement, IReadOnlyList<ObjectiveStatus> Objectives, CycleTimeResult? CycleTime)
{
    /// <summary>The campaign's counted events, summed over days.</summary>
    public IReadOnlyList<EngagementCount> Counts => Engagement.Counts;

    public double? CycleTimeDays => CycleTime?.MedianDays;

    /// <summary>Aggregates the campaign in the store and measures its objectives; pieces are the campaign's declared pieces.</summary>
    public static async Task<CampaignKpis> MeasureAsync(Campaign campaign, IReadOnlyList<ContentPiece> pieces, IEngagementStore? store, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var scope = ScopeOf(campaign, pieces);
        var engagement = store is null
            ? CampaignEngagement.Empty
            : await store.CampaignAsync(scope, ObjectiveEvaluator.Channels(campaign.Spec), cancellationToken).ConfigureAwait(false);
        var cycle = PieceDeclarations.CycleTime(pieces);
        return new CampaignKpis(campaign, scope, engagement, ObjectiveEvaluator.Evaluate(campaign.Spec, scope, engagement, cycle, now), cycle);
    }

    public static CampaignScope ScopeOf(Campaign campaign, IReadOnlyList<ContentPiece> pieces)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(pieces);
        return new CampaignScope(campaign.Metadata.EffectiveNamespace, campaign.Metadata.Name, pieces.Select(p => $"{p.Metadata.EffectiveNamespace}/{p.Metadata.Name}"));
    }

    /// <summary>
    /// Every daily aggregate and doctor row of the campaign, for breakdowns that need them (the report's per-piece and
    /// per-segment views); reads all rows of the store, so never on a reconcile.
    /// </summary>
    public static async Task<EngagementSlice> RowsAsync(CampaignScope scope, IEngagementStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(store);
        return scope.Of(new EngagementSlice(
            ToCounts(await store.DailyAsync(DateOnly.MinValue, DateOnly.MaxValue, cancellationToken).ConfigureAwait(false)),
            await store.HcpsAsync(cancellationToken).ConfigureAwait(false)));
    }

    /// <summary>The store's rows as the Core's counts.</summary>
    public static IReadOnlyList<EngagementCount> ToCounts(IEnumerable<DailyEngagement> rows) =>
        [.. rows.Select(r => new EngagementCount(r.Campaign, r.Piece, r.Channel, r.Segment, r.Region, r.Team, r.Type, r.Events, r.ReadThroughSum) { Sentiment = r.Sentiment, Day = r.Day })];
}
