namespace ContentOps.Operator.Controller;

/// <summary>A snapshot of a <see cref="WorkQueue"/> for metrics (controller-runtime's workqueue_* family).</summary>
/// <param name="Depth">Keys ready and waiting for a worker.</param>
/// <param name="InFlight">Keys being processed.</param>
/// <param name="Delayed">Keys waiting for a due time (requeue-after or backoff).</param>
/// <param name="Adds">Keys accepted since start; duplicates of a queued key are not counted.</param>
/// <param name="Retries">Rate-limited requeues since start.</param>
internal sealed record WorkQueueStats(int Depth, int InFlight, int Delayed, long Adds, long Retries);
