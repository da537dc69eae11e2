using System.Collections.Concurrent;
using ContentOps.Core.Api;
using Microsoft.Extensions.Logging;

namespace ContentOps.Operator.Controller;

/// <summary>
/// Runs the reconciler of one key's kind and maps its result onto the queue; the single place where an outcome
/// becomes a schedule. Never throws, so a bad reconciler cannot stop a worker.
/// </summary>
internal sealed class ReconcileDispatcher(WorkQueue queue, TimeProvider time, ILogger logger)
{
    private readonly ConcurrentDictionary<string, Func<ResourceKey, CancellationToken, Task<ReconcileResult>>> _reconcilers =
        new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<ResourceKey, string> _requeueReasons = new();

    public void Register(string kind, Func<ResourceKey, CancellationToken, Task<ReconcileResult>> reconcile)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        if (!_reconcilers.TryAdd(kind, reconcile))
        {
            throw new InvalidOperationException($"A reconciler for {kind} is registered already.");
        }
    }

    public bool Handles(string kind) => _reconcilers.ContainsKey(kind);

    /// <summary>Why <paramref name="key"/> was last requeued with a delay, if it still waits for that.</summary>
    public string? RequeueReasonOf(ResourceKey key) => _requeueReasons.GetValueOrDefault(key);

    public void ForgetReasons() => _requeueReasons.Clear();

    /// <summary>
    /// Reconciles <paramref name="key"/> (which the caller took from the queue) and marks it done. Once
    /// <paramref name="stopping"/> fires the result is discarded: after lost leadership nothing may be requeued.
    /// </summary>
    public async Task ProcessAsync(ResourceKey key, CancellationToken stopping)
    {
        try
        {
            var result = await InvokeAsync(key, stopping).ConfigureAwait(false);
            if (result is not null && !stopping.IsCancellationRequested)
            {
                Apply(key, result);
            }
        }
        finally
        {
            queue.Done(key);
        }
    }

    private async Task<ReconcileResult?> InvokeAsync(ResourceKey key, CancellationToken stopping)
    {
        // Taken just as the run stopped: the key is being dropped (suspend) or the process is ending.
        if (stopping.IsCancellationRequested)
        {
            return null;
        }

        if (!_reconcilers.TryGetValue(key.Kind, out var reconcile))
        {
            logger.NoReconciler(key.Kind, key.Namespace, key.Name);
            return ReconcileResult.Done;
        }

        var started = time.GetTimestamp();
        try
        {
            var result = await reconcile(key, stopping).ConfigureAwait(false);
            if (result.Outcome == ReconcileOutcome.Done)
            {
                logger.Reconciled(key.Kind, key.Namespace, key.Name, (long)time.GetElapsedTime(started).TotalMilliseconds);
            }

            return result;
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            logger.ReconcileCancelled(key.Kind, key.Namespace, key.Name);
            return null;
        }
        catch (Exception exception)
        {
            // Any other exception, a timeout's OperationCanceledException included, is a retryable failure. The
            // stack is logged here once; the retry line that follows carries only the message.
            logger.ReconcilerThrew(exception, key.Kind, key.Namespace, key.Name);
            return ReconcileResult.Error(exception.Message);
        }
    }

    private void Apply(ResourceKey key, ReconcileResult result)
    {
        // The latest result decides when the key is next due; requests that arrived while it ran are kept.
        queue.ForgetStaleDelay(key);
        switch (result.Outcome)
        {
            case ReconcileOutcome.RequeueAfter:
                queue.Forget(key);
                _requeueReasons[key] = result.Reason!;
                logger.Requeued(key.Kind, key.Namespace, key.Name, result.After, result.Reason!);
                queue.AddAfter(key, result.After);
                break;
            case ReconcileOutcome.Error:
                _requeueReasons[key] = result.Reason!;
                logger.ReconcileFailed(result.Exception, key.Kind, key.Namespace, key.Name, queue.NumRequeues(key) + 1, result.Reason!);
                queue.AddRateLimited(key);
                break;
            case ReconcileOutcome.Stalled:
                queue.Forget(key);
                _requeueReasons.TryRemove(key, out _);
                logger.Stalled(key.Kind, key.Namespace, key.Name, result.Reason!);
                break;
            default:
                queue.Forget(key);
                _requeueReasons.TryRemove(key, out _);
                break;
        }
    }
}
