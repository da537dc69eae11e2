using System.Collections.Concurrent;

namespace ContentOps.Operator.Sending;

/// <summary>
/// Which channels are degraded right now (endpoint down, rate-limited, failing), as the send executor last saw them;
/// the ChannelTarget reconciler turns it into the channel's <c>Degraded</c> condition. A channel recovers by itself:
/// the next successful send clears it.
/// </summary>
internal sealed class ChannelHealth(Observability.ContentOpsMetrics? metrics = null)
{
    private readonly ConcurrentDictionary<string, (string Reason, string Message, DateTimeOffset Since)> _degraded = new(StringComparer.Ordinal);

    /// <summary>Raised when a channel's health changes (namespace/name), so its status can be written again.</summary>
    public event Action<string>? Changed;

    public void Degrade(string channel, string reason, string message, DateTimeOffset at)
    {
        var changed = !_degraded.TryGetValue(channel, out var previous) || previous.Message != message;
        _degraded[channel] = (reason, message, changed ? at : previous.Since);
        metrics?.DegradedChannels.WithLabels(channel, reason).Set(1);
        if (changed)
        {
            Changed?.Invoke(channel);
        }
    }

    public void Recover(string channel)
    {
        if (_degraded.TryRemove(channel, out var previous))
        {
            metrics?.DegradedChannels.WithLabels(channel, previous.Reason).Set(0);
            Changed?.Invoke(channel);
        }
    }

    public (string Reason, string Message, DateTimeOffset Since)? Of(string channel) => _degraded.TryGetValue(channel, out var state) ? state : null;
}
