using ContentOps.Core.Analytics.Comments;
using ContentOps.Core.Analytics.Events;

namespace ContentOps.Operator.Stores;

/// <summary>
/// Engagement events, their daily aggregates and adverse-event flags. Appending is idempotent per event id, so a
/// re-imported file or a retried POST changes nothing; late and out-of-order events count on the day they happened.
/// </summary>
internal interface IEngagementStore
{
    /// <param name="comments">Reads comment text (sentiment, adverse events); null skips comment analysis.</param>
    Task<EngagementIngestResult> AppendAsync(IReadOnlyList<EngagementEvent> events, Func<string, CommentAnalysis>? comments, DateTimeOffset receivedAt, CancellationToken cancellationToken);

    Task<IReadOnlyList<DailyEngagement>> DailyAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken);

    Task<IReadOnlyList<AdverseEventFlag>> AdverseEventsAsync(CancellationToken cancellationToken);

    /// <summary>The stored comments (raw events of type comment still retained), oldest first.</summary>
    Task<IReadOnlyList<StoredComment>> CommentsAsync(CancellationToken cancellationToken);

    /// <summary>Deletes raw events that happened before <paramref name="before"/>; aggregates and AE flags stay.</summary>
    Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken);
}
