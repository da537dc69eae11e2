using ContentOps.Core.Api;

namespace ContentOps.Operator.Controller;

/// <summary>
/// Keeps events in memory, aggregating identical ones (same resource, type, reason and message) the way
/// client-go's event correlator does: one entry with a count and first/last times. Bounded: the entry seen
/// least recently is dropped first.
/// </summary>
internal sealed class InMemoryEventRecorder(TimeProvider time, int capacity = 4096) : IEventRecorder
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(ResourceKey, string, string, string), RecordedEvent> _events = [];

    public void Record(ResourceKey involved, string type, string reason, string message, IReadOnlyDictionary<string, string>? data = null)
    {
        EventTypes.Validate(type);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var now = time.GetUtcNow();
        var identity = (involved, type, reason, message);
        lock (_lock)
        {
            if (_events.TryGetValue(identity, out var existing))
            {
                _events[identity] = existing with { Count = existing.Count + 1, LastTimestamp = now, Data = data ?? existing.Data };
                return;
            }

            if (_events.Count >= capacity)
            {
                // Linear, but only when full; keeping an ordered index would cost on every record instead.
                var stalest = _events.MinBy(entry => entry.Value.LastTimestamp).Key;
                _events.Remove(stalest);
            }

            _events[identity] = new RecordedEvent(involved, type, reason, message, data, 1, now, now);
        }
    }

    /// <summary>Every kept event, oldest first.</summary>
    public IReadOnlyList<RecordedEvent> Snapshot()
    {
        lock (_lock)
        {
            return [.. _events.Values.OrderBy(recorded => recorded.FirstTimestamp)];
        }
    }

    /// <summary>The kept events of <paramref name="involved"/>, oldest first.</summary>
    public IReadOnlyList<RecordedEvent> For(ResourceKey involved) =>
        [.. Snapshot().Where(recorded => recorded.Involved == involved)];
}
