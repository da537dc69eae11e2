using ContentOps.Core.Api;

namespace ContentOps.Operator.Controller;

/// <summary>
/// Keys waiting for a due time, at most one entry per key holding the earliest requested time; a timer from the
/// injected <see cref="TimeProvider"/> hands due keys to the queue. Shares <see cref="WorkQueue"/>'s lock, so a key
/// is always either delayed or queued, never in between (idle detection relies on that).
/// </summary>
internal sealed class DelayedKeys : IDisposable
{
    private static readonly TimeSpan _maxTimerDelay = TimeSpan.FromDays(1);

    private readonly Dictionary<ResourceKey, Entry> _entries = [];

    // A min-heap with lazy deletion: a node is live only while it matches its key's entry, so moving a key
    // earlier or removing it never searches the heap.
    private readonly PriorityQueue<ResourceKey, DateTimeOffset> _heap = new();
    private readonly Lock _gate;
    private readonly TimeProvider _time;
    private readonly Action<ResourceKey> _addLocked;
    private readonly ITimer _timer;
    private DateTimeOffset _timerDue = DateTimeOffset.MaxValue;

    public DelayedKeys(Lock gate, TimeProvider time, Action<ResourceKey> addLocked)
    {
        (_gate, _time, _addLocked) = (gate, time, addLocked);
        _timer = time.CreateTimer(_ => OnTimer(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>How many keys wait; call under the gate.</summary>
    public int Count => _entries.Count;

    /// <summary>
    /// Requests <paramref name="key"/> at <paramref name="due"/>, keeping the earlier of this and any pending
    /// request; call under the gate. <paramref name="sequence"/> always moves forward, so a merged entry counts as
    /// requested now.
    /// </summary>
    public void Schedule(ResourceKey key, DateTimeOffset due, long sequence)
    {
        if (_entries.TryGetValue(key, out var existing) && existing.Due <= due)
        {
            _entries[key] = existing with { Sequence = sequence };
            return;
        }

        _entries[key] = new Entry(due, sequence);
        _heap.Enqueue(key, due);
        if (due < _timerDue)
        {
            ArmTimer(due);
        }
    }

    /// <summary>The earliest waiting key, if any; call under the gate.</summary>
    public bool TryPeek(out ResourceKey key, out DateTimeOffset due)
    {
        while (_heap.TryPeek(out key, out due))
        {
            if (_entries.TryGetValue(key, out var entry) && entry.Due == due)
            {
                return true;
            }

            _heap.Dequeue();
        }

        return false;
    }

    /// <summary>Removes the key if its last request was made at or before <paramref name="sequence"/>; call under the gate.</summary>
    public void RemoveIfRequestedBy(ResourceKey key, long sequence)
    {
        if (_entries.TryGetValue(key, out var entry) && entry.Sequence <= sequence)
        {
            _entries.Remove(key);
        }
    }

    /// <summary>Drops every waiting key; call under the gate.</summary>
    public void Clear()
    {
        _entries.Clear();
        _heap.Clear();
    }

    public void Dispose() => _timer.Dispose();

    private void OnTimer()
    {
        lock (_gate)
        {
            // A stale or early callback finds nothing due and simply re-arms for the earliest key.
            _timerDue = DateTimeOffset.MaxValue;
            var now = _time.GetUtcNow();
            while (TryPeek(out var key, out var due) && due <= now)
            {
                _heap.Dequeue();
                _entries.Remove(key);
                _addLocked(key);
            }

            if (TryPeek(out _, out var next))
            {
                ArmTimer(next);
            }
        }
    }

    private void ArmTimer(DateTimeOffset due)
    {
        _timerDue = due;

        // Never zero: a fake timer could fire inline and re-enter the lock mid-update. At most a day: timers reject
        // delays over ~49.7 days (a piece requeued at an expireAt months away), and an early callback just re-arms.
        var delay = due - _time.GetUtcNow();
        _timer.Change(delay > TimeSpan.Zero ? TimeSpan.FromTicks(Math.Min(delay.Ticks, _maxTimerDelay.Ticks)) : TimeSpan.FromTicks(1), Timeout.InfiniteTimeSpan);
    }

    private readonly record struct Entry(DateTimeOffset Due, long Sequence);
}
