using ContentOps.Core.Api;
using Microsoft.Extensions.Logging;

namespace ContentOps.Operator.Controller;

/// <summary>
/// Runs reconcilers, registered per kind, on a bounded number of workers fed by one <see cref="WorkQueue"/>.
/// Embedded mode calls <see cref="RunUntilIdleAsync"/>; the cluster operator calls <see cref="RunAsync"/> while it
/// leads and <see cref="SuspendAndClearAsync"/> when it stops leading. One run at a time.
/// </summary>
internal sealed class ControllerHost
{
    private readonly Lock _lock = new();
    private readonly WorkQueue _queue;
    private readonly DependencyIndex _dependencies;
    private readonly ControllerOptions _options;
    private readonly ILogger<ControllerHost> _logger;
    private readonly ReconcileDispatcher _dispatcher;
    // Per run, cancelled by SuspendAndClearAsync and never disposed: it is linked to nothing and has no timer, so
    // there is nothing to release, and not disposing it means a suspend can never race the run's own cleanup.
    private CancellationTokenSource? _suspend;
    private Task _workers = Task.CompletedTask;

    public ControllerHost(WorkQueue queue, DependencyIndex dependencies, ControllerOptions options, TimeProvider time, ILogger<ControllerHost> logger)
    {
        (_queue, _dependencies, _options, _logger) = (queue, dependencies, options, logger);
        _dispatcher = new ReconcileDispatcher(queue, time, logger);
    }

    /// <summary>The queue, for metrics and for callers that add keys with a delay.</summary>
    public WorkQueue Queue => _queue;

    /// <summary>Registers the reconciler of <paramref name="kind"/>; once per kind, before running.</summary>
    public void Register(string kind, Func<ResourceKey, CancellationToken, Task<ReconcileResult>> reconcile) =>
        _dispatcher.Register(kind, reconcile);

    /// <summary>
    /// Reports that <paramref name="changed"/> was created, updated or deleted: queues it if its kind has a
    /// reconciler, and every key the <see cref="DependencyIndex"/> maps it to.
    /// </summary>
    public void Enqueue(ResourceKey changed)
    {
        if (_dispatcher.Handles(changed.Kind))
        {
            _queue.Add(changed);
        }

        foreach (var dependent in _dependencies.DependentsOf(changed))
        {
            if (_dispatcher.Handles(dependent.Kind))
            {
                _queue.Add(dependent);
            }
        }
    }

    /// <summary>Reconciles until <paramref name="cancellationToken"/> fires or the run is suspended.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var workers = BeginRun(cancellationToken, out var stopping, out var stopTaking);
        try
        {
            await workers.ConfigureAwait(false);
        }
        finally
        {
            EndRun(stopping, stopTaking);
        }
    }

    /// <summary>
    /// Reconciles until nothing is queued or in flight and no delayed key is due within <paramref name="horizon"/>.
    /// Returns the earliest delayed key (with the reason it was requeued), or null when none is scheduled.
    /// </summary>
    public async Task<NextWakeup?> RunUntilIdleAsync(TimeSpan horizon, CancellationToken cancellationToken)
    {
        var workers = BeginRun(cancellationToken, out var stopping, out var stopTaking);
        NextWakeup? next = null;
        try
        {
            next = await _queue.WaitForIdleAsync(horizon, stopping.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Suspended: report nothing scheduled, the queue has been cleared.
        }
        finally
        {
            // Workers finish the key they hold (normally none: the queue is idle) and take no more.
            await stopTaking.CancelAsync().ConfigureAwait(false);
            await workers.ConfigureAwait(false);
            EndRun(stopping, stopTaking);
        }

        cancellationToken.ThrowIfCancellationRequested();
        return next is null ? null : next with { Reason = _dispatcher.RequeueReasonOf(next.Key) };
    }

    /// <summary>
    /// Stops the current run (in-flight reconciles are cancelled and their results discarded) and drops every
    /// queued, delayed and backoff entry, as after lost leadership. Completes when the workers have stopped.
    /// </summary>
    public async Task SuspendAndClearAsync()
    {
        CancellationTokenSource? suspend;
        Task workers;
        lock (_lock)
        {
            (suspend, workers) = (_suspend, _workers);
        }

        if (suspend is not null)
        {
            await suspend.CancelAsync().ConfigureAwait(false);
        }

        _queue.Clear();
        await workers.ConfigureAwait(false);

        // Again: a worker may have requeued its key between the first clear and observing cancellation.
        _queue.Clear();
        _dispatcher.ForgetReasons();
        _logger.SuspendedAndCleared();
    }

    /// <summary>
    /// Starts the workers under the lock, so a concurrent <see cref="SuspendAndClearAsync"/> either sees no run or
    /// sees its workers. <paramref name="stopping"/> ends the run and cancels reconciles; <paramref name="stopTaking"/>
    /// only stops workers from taking further keys.
    /// </summary>
    private Task BeginRun(CancellationToken cancellationToken, out CancellationTokenSource stopping, out CancellationTokenSource stopTaking)
    {
        lock (_lock)
        {
            if (_suspend is not null)
            {
                throw new InvalidOperationException("The controller is running already.");
            }

            _suspend = new CancellationTokenSource();
            var stoppingToken = (stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _suspend.Token)).Token;
            var stopTakingToken = (stopTaking = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken)).Token;
            _workers = Task.WhenAll(Enumerable.Range(0, _options.Workers)
                .Select(_ => Task.Run(() => WorkAsync(stopTakingToken, stoppingToken), CancellationToken.None)));
            _logger.WorkersStarted(_options.Workers);
            return _workers;
        }
    }

    private void EndRun(CancellationTokenSource stopping, CancellationTokenSource stopTaking)
    {
        lock (_lock)
        {
            _suspend = null;
            _workers = Task.CompletedTask;
        }

        stopTaking.Dispose();
        stopping.Dispose();
        _logger.WorkersStopped();
    }

    private async Task WorkAsync(CancellationToken stopTaking, CancellationToken stopping)
    {
        // Both tokens: stopping is marked cancelled before its callbacks run, but the linked stopTaking only when
        // its own callback runs, so a worker whose reconcile was cancelled first must not take another key.
        while (!stopTaking.IsCancellationRequested && !stopping.IsCancellationRequested)
        {
            ResourceKey? key;
            try
            {
                key = await _queue.GetAsync(stopTaking).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (key is null)
            {
                return;
            }

            await _dispatcher.ProcessAsync(key.Value, stopping).ConfigureAwait(false);
        }
    }
}
