namespace ContentOps.Core.Distribution;

/// <summary>An <see cref="ISendHistory"/> held in memory, for tests and the CLI's dry runs. Thread-safe.</summary>
public sealed class InMemorySendHistory : ISendHistory
{
    private readonly List<SendRecord> _records = [];
    private readonly Lock _gate = new();

    /// <summary>An empty history.</summary>
    public InMemorySendHistory()
    {
    }

    /// <summary>A history holding <paramref name="records"/>.</summary>
    public InMemorySendHistory(IEnumerable<SendRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        _records.AddRange(records);
    }

    /// <summary>Adds a send.</summary>
    public void Record(SendRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        lock (_gate)
        {
            _records.Add(record);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<SendRecord>> SentSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<SendRecord> result = [.. _records.Where(r => r.SentAt >= since).OrderBy(r => r.SentAt)];
            return Task.FromResult(result);
        }
    }
}
