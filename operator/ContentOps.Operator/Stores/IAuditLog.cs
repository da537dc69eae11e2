namespace ContentOps.Operator.Stores;

/// <summary>Append-only record of every transition: who/what/when, the Git commit of the spec and the digests.</summary>
internal interface IAuditLog
{
    Task AppendAsync(AuditRecord record, CancellationToken cancellationToken);

    /// <summary>The newest <paramref name="limit"/> records (all when limit ≤ 0), newest last, optionally for one resource ("Kind/ns/name").</summary>
    Task<IReadOnlyList<AuditRecord>> ReadAsync(string? resourceRef, int limit, CancellationToken cancellationToken);
}
