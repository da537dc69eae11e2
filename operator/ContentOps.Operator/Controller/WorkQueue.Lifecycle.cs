using ContentOps.Core.Api;

namespace ContentOps.Operator.Controller;

/// <summary>Clearing, shutting down and idle detection of the <see cref="WorkQueue"/>.</summary>
internal sealed partial class WorkQueue
{
    /// <summary>
    /// Drops every queued and delayed key and all backoff state, as after lost leadership. Keys in flight stay
    /// in flight until <see cref="Done"/>; adds made while they ran are dropped too.
    /// </summary>
    public void Clear()
    {
        lock (_lock)
        {
            _ready.Clear();
            _dirty.Clear();
            _delayed.Clear();
            _rateLimiter.ForgetAll();
            SignalIdleChangedLocked();
        }
    }

    /// <summary>Stops accepting keys, drops queued ones and releases every waiting <see cref="GetAsync"/>.</summary>
    public void ShutDown()
    {
        lock (_lock)
        {
            _shutdown = ShutdownMode.Cancelled;
            _ready.Clear();
            _dirty.Clear();
            _delayed.Clear();
            _waiters.ReleaseAll();
            SignalIdleChangedLocked();
        }
    }

    /// <summary>
    /// Stops accepting keys and drops delayed ones, but keeps handing out queued keys (and re-adds of keys in
    /// flight); completes when nothing is queued or in flight.
    /// </summary>
    public async Task ShutDownWithDrainAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_shutdown == ShutdownMode.None)
            {
                _shutdown = ShutdownMode.Draining;
                _delayed.Clear();
                if (IsExhaustedLocked())
                {
                    _waiters.ReleaseAll();
                }
            }
        }

        await WaitForIdleAsync(Timeout.InfiniteTimeSpan, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Completes when nothing is queued or in flight and no delayed key is due within <paramref name="horizon"/>
    /// (infinite: none at all), returning the earliest delayed key if there is one. A snapshot: keys added
    /// afterwards are not covered.
    /// </summary>
    public async Task<NextWakeup?> WaitForIdleAsync(TimeSpan horizon, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                if (_ready.Count == 0 && _processingSince.Count == 0)
                {
                    if (!_delayed.TryPeek(out var key, out var due))
                    {
                        return null;
                    }

                    if (horizon != Timeout.InfiniteTimeSpan && due > _time.GetUtcNow() + horizon)
                    {
                        return new NextWakeup(key, due);
                    }
                }

                _idleChanged ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                changed = _idleChanged.Task;
            }

            await changed.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Counts for metrics.</summary>
    public WorkQueueStats Stats
    {
        get
        {
            lock (_lock)
            {
                return new WorkQueueStats(_ready.Count, _processingSince.Count, _delayed.Count, _adds, Interlocked.Read(ref _retries));
            }
        }
    }
}
