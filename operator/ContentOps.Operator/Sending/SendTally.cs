namespace ContentOps.Operator.Sending;

/// <summary>Counts of one execution, safe to update from the channels' parallel batches.</summary>
internal sealed class SendTally
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _sent = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _degraded = new(StringComparer.Ordinal);
    private int _failed;
    private int _waiting;
    private int _deferred;
    private DateTimeOffset? _next;
    private readonly List<string> _notes = [];

    public void Sent(string channel, int count)
    {
        if (count == 0)
        {
            return;
        }

        lock (_gate)
        {
            _sent[channel] = _sent.GetValueOrDefault(channel) + count;
        }
    }

    public void Fail()
    {
        lock (_gate)
        {
            _failed++;
        }
    }

    public void Wait(string channel, int count, DateTimeOffset retryAt)
    {
        lock (_gate)
        {
            _waiting += count;
            Next(retryAt);
        }
    }

    /// <summary>Sends kept pending without a time to retry at (a WeChat mass send waiting for a second recipient).</summary>
    public void Hold(int count)
    {
        lock (_gate)
        {
            _waiting += count;
        }
    }

    public void Defer(DateTimeOffset due)
    {
        lock (_gate)
        {
            _deferred++;
            Next(due);
        }
    }

    /// <summary>A sentence the run prints about sends kept pending (a lone WeChat recipient without a templateId).</summary>
    public void Note(string message)
    {
        lock (_gate)
        {
            _notes.Add(message);
        }
    }

    public void Degrade(string channel, string message)
    {
        lock (_gate)
        {
            _degraded[channel] = message;
        }
    }

    public SendReport ToReport()
    {
        lock (_gate)
        {
            return new SendReport
            {
                Sent = _sent.Values.Sum(),
                Failed = _failed,
                Waiting = _waiting,
                Deferred = _deferred,
                NextDue = _next,
                Degraded = new Dictionary<string, string>(_degraded, StringComparer.Ordinal),
                SentPerChannel = new Dictionary<string, int>(_sent, StringComparer.Ordinal),
                Notes = [.. _notes],
            };
        }
    }

    private void Next(DateTimeOffset at) => _next = _next is { } current && current <= at ? current : at;
}
