using ContentOps.Core.Analytics.Comments;
using ContentOps.Core.Analytics.Events;
using ContentOps.Core.Analytics.Kpis;
using ContentOps.Core.Analytics.Prediction;

namespace ContentOps.Operator.Stores;

/// <summary>
/// Engagement events, their daily aggregates, the doctors behind them and adverse-event flags. Each event is
/// attributed to its send: by idempotency key, else by the channel's message id on its channel, else by the send
/// reference (piece + HCP + channel: the latest send sent by the event's time, else the first send). Appending is idempotent per event id, so a
/// re-imported file or a retried POST changes nothing; late and out-of-order events count on the day they happened.
/// </summary>
internal interface IEngagementStore
{
    /// <param name="comments">Reads comment text (sentiment, adverse events); null skips comment analysis.</param>
    Task<EngagementIngestResult> AppendAsync(IReadOnlyList<EngagementEvent> events, Func<string, CommentAnalysis>? comments, DateTimeOffset receivedAt, CancellationToken cancellationToken);

    Task<IReadOnlyList<DailyEngagement>> DailyAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken);

    /// <summary>
    /// The distinct doctors per campaign × piece × channel × type (events naming an HCP, or attributed to a send), for
    /// the KPIs about doctors; never pruned with the raw events.
    /// </summary>
    Task<IReadOnlyList<EngagedHcp>> HcpsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// One campaign's engagement aggregated in the database (<see cref="EngagementAggregation"/>): its totals, distinct
    /// doctors per type for every channel in <paramref name="channels"/> (null: all). What Campaign.status reads,
    /// however many doctors and days the store holds.
    /// </summary>
    Task<CampaignEngagement> CampaignAsync(CampaignScope scope, IEnumerable<string?> channels, CancellationToken cancellationToken);

    /// <summary>One campaign's distinct doctors per channel × segment × region × team × type (the doctor gauges), aggregated in the database.</summary>
    Task<IReadOnlyList<DoctorGroup>> DoctorGroupsAsync(CampaignScope scope, CancellationToken cancellationToken);

    /// <summary>One campaign's reached units per channel × segment × first day × engaged, aggregated in the database.</summary>
    Task<IReadOnlyList<ReachedUnits>> ReachedAsync(CampaignScope scope, CancellationToken cancellationToken);

    Task<IReadOnlyList<AdverseEventFlag>> AdverseEventsAsync(CancellationToken cancellationToken);

    /// <summary>The stored comments (raw events of type comment still retained), oldest first.</summary>
    Task<IReadOnlyList<StoredComment>> CommentsAsync(CancellationToken cancellationToken);

    /// <summary>Every delivered send of the retained raw events with whether it engaged, oldest first (the effect model's training data).</summary>
    Task<IReadOnlyList<StoredSendOutcome>> SendOutcomesAsync(CancellationToken cancellationToken);

    /// <summary>Deletes raw events that happened before <paramref name="before"/>; aggregates and AE flags stay.</summary>
    Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken);
}
