using ContentOps.Core.Api;

namespace ContentOps.Operator.Controller;

/// <summary>
/// A work queue of resource keys with client-go semantics. A key is held at most once (the dirty set) and never
/// handed out while it is being processed (the processing set): adding a key that is in flight marks it dirty, and
/// <see cref="Done"/> queues it again exactly once. Delays come from the injected <see cref="TimeProvider"/>.
/// </summary>
internal sealed partial class WorkQueue : IDisposable
{
    private readonly Lock _lock = new();
    private readonly TimeProvider _time;
    private readonly IRequeueRateLimiter _rateLimiter;
    private readonly Queue<ResourceKey> _ready = new();
    private readonly HashSet<ResourceKey> _dirty = [];
    private readonly Dictionary<ResourceKey, long> _processingSince = [];
    private readonly KeyWaiters _waiters;
    private readonly DelayedKeys _delayed;
    private TaskCompletionSource? _idleChanged;
    private ShutdownMode _shutdown;
    private long _sequence;
    private long _adds;
    private long _retries;

    public WorkQueue(TimeProvider time, IRequeueRateLimiter rateLimiter)
    {
        (_time, _rateLimiter) = (time, rateLimiter);
        _waiters = new KeyWaiters(_lock);
        _delayed = new DelayedKeys(_lock, time, AddLocked);
    }

    private enum ShutdownMode
    {
        None,
        Draining,
        Cancelled,
    }

    /// <summary>Queues <paramref name="key"/> unless it is queued already; ignored after shutdown.</summary>
    public void Add(ResourceKey key)
    {
        lock (_lock)
        {
            AddLocked(key);
        }
    }

    /// <summary>Queues <paramref name="key"/> after <paramref name="delay"/>; a pending earlier request wins.</summary>
    public void AddAfter(ResourceKey key, TimeSpan delay)
    {
        lock (_lock)
        {
            if (_shutdown != ShutdownMode.None)
            {
                return;
            }

            if (delay <= TimeSpan.Zero)
            {
                AddLocked(key);
                return;
            }

            _delayed.Schedule(key, _time.GetUtcNow() + delay, ++_sequence);
        }
    }

    /// <summary>Queues <paramref name="key"/> after the delay its failure history and the overall budget allow.</summary>
    public void AddRateLimited(ResourceKey key)
    {
        Interlocked.Increment(ref _retries);
        AddAfter(key, _rateLimiter.When(key));
    }

    /// <summary>Failures recorded for <paramref name="key"/> since it was last forgotten.</summary>
    public int NumRequeues(ResourceKey key) => _rateLimiter.NumRequeues(key);

    /// <summary>Resets the backoff of <paramref name="key"/>; call when it reconciled without error.</summary>
    public void Forget(ResourceKey key) => _rateLimiter.Forget(key);

    /// <summary>
    /// Drops the delayed request of a key being processed if it was made before processing began: the running
    /// reconcile supersedes it. Requests made during processing stay, since they may reflect changes it did not see.
    /// </summary>
    public void ForgetStaleDelay(ResourceKey key)
    {
        lock (_lock)
        {
            if (_processingSince.TryGetValue(key, out var since))
            {
                _delayed.RemoveIfRequestedBy(key, since);
            }
        }
    }

    /// <summary>
    /// Waits for a ready key and marks it in flight; the caller must call <see cref="Done"/> for it.
    /// Returns null once the queue is shut down and has nothing more to hand out.
    /// </summary>
    public async Task<ResourceKey?> GetAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        LinkedListNode<TaskCompletionSource<ResourceKey?>> parked;
        lock (_lock)
        {
            if (_ready.TryDequeue(out var key))
            {
                StartProcessingLocked(key);
                return key;
            }

            if (IsExhaustedLocked())
            {
                return null;
            }

            parked = _waiters.Park();
        }

        using var registration = _waiters.ListenForCancellation(parked, cancellationToken);
        return await parked.Value.Task.ConfigureAwait(false);
    }

    /// <summary>Marks <paramref name="key"/> processed; if it was added meanwhile it is queued again.</summary>
    public void Done(ResourceKey key)
    {
        lock (_lock)
        {
            _processingSince.Remove(key);
            if (_dirty.Contains(key))
            {
                EnqueueReadyLocked(key);
            }
            else if (_ready.Count == 0 && _processingSince.Count == 0)
            {
                if (_shutdown == ShutdownMode.Draining)
                {
                    _waiters.ReleaseAll();
                }

                SignalIdleChangedLocked();
            }
        }
    }

    public void Dispose() => _delayed.Dispose();

    private void AddLocked(ResourceKey key)
    {
        if (_shutdown != ShutdownMode.None || !_dirty.Add(key))
        {
            return;
        }

        _adds++;

        // An in-flight key stays only dirty; Done queues it, so one key never runs on two workers.
        if (!_processingSince.ContainsKey(key))
        {
            EnqueueReadyLocked(key);
        }
    }

    private void EnqueueReadyLocked(ResourceKey key)
    {
        if (_waiters.Any)
        {
            StartProcessingLocked(key);
            _waiters.HandOver(key);
            return;
        }

        _ready.Enqueue(key);
    }

    private void StartProcessingLocked(ResourceKey key)
    {
        _dirty.Remove(key);
        _processingSince[key] = _sequence;
    }

    private bool IsExhaustedLocked() => _shutdown switch
    {
        ShutdownMode.Cancelled => true,
        ShutdownMode.Draining => _ready.Count == 0 && _processingSince.Count == 0,
        _ => false,
    };

    private void SignalIdleChangedLocked()
    {
        _idleChanged?.SetResult();
        _idleChanged = null;
    }
}
