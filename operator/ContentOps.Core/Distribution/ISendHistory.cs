namespace ContentOps.Core.Distribution;

/// <summary>
/// Sends already made, which count against frequency caps and feed recommendations. The send ledger implements it
/// (SQLite embedded, PostgreSQL in cluster mode); <see cref="InMemorySendHistory"/> serves tests and dry runs.
/// </summary>
public interface ISendHistory
{
    /// <summary>Every send accepted at or after <paramref name="since"/> (any HCP, channel, piece), oldest first.</summary>
    Task<IReadOnlyList<SendRecord>> SentSinceAsync(DateTimeOffset since, CancellationToken cancellationToken);
}
