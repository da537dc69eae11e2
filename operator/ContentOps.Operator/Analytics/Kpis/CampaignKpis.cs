using ContentOps.Core.Analytics.Kpis;
using ContentOps.Core.Api.Campaigns;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Operator.Stores;

namespace ContentOps.Operator.Analytics.Kpis;

/// <summary>
/// A campaign's engagement as the store holds it: its counted events and the doctors behind them, its objectives
/// against them and its cycle time.
/// </summary>
internal sealed record CampaignKpis(Campaign Campaign, CampaignScope Scope, EngagementSlice Engagement, IReadOnlyList<ObjectiveStatus> Objectives, CycleTimeResult? CycleTime)
{
    /// <summary>The campaign's counted events (daily aggregates).</summary>
    public IReadOnlyList<EngagementCount> Counts => Engagement.Counts;

    public double? CycleTimeDays => CycleTime?.MedianDays;

    /// <summary>Reads the daily aggregates and the doctors once and measures the campaign; pieces are the campaign's declared pieces.</summary>
    public static async Task<CampaignKpis> MeasureAsync(Campaign campaign, IReadOnlyList<ContentPiece> pieces, IEngagementStore? store, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var ns = campaign.Metadata.EffectiveNamespace;
        var scope = new CampaignScope(ns, campaign.Metadata.Name, pieces.Select(p => $"{p.Metadata.EffectiveNamespace}/{p.Metadata.Name}"));
        var engagement = store is null
            ? EngagementSlice.Empty
            : scope.Of(new EngagementSlice(
                ToCounts(await store.DailyAsync(DateOnly.MinValue, DateOnly.MaxValue, cancellationToken).ConfigureAwait(false)),
                await store.HcpsAsync(cancellationToken).ConfigureAwait(false)));
        var cycle = PieceDeclarations.CycleTime(pieces);
        return new CampaignKpis(campaign, scope, engagement, ObjectiveEvaluator.Evaluate(campaign.Spec, scope, engagement, cycle, now), cycle);
    }

    /// <summary>The store's rows as the Core's counts.</summary>
    public static IReadOnlyList<EngagementCount> ToCounts(IEnumerable<DailyEngagement> rows) =>
        [.. rows.Select(r => new EngagementCount(r.Campaign, r.Piece, r.Channel, r.Segment, r.Region, r.Team, r.Type, r.Events, r.ReadThroughSum) { Sentiment = r.Sentiment, Day = r.Day })];
}
