namespace ContentOps.Operator.Stores;

/// <summary>One publication of one content digest of one piece on one channel.</summary>
internal sealed record LedgerEntry
{
    public required string IdempotencyKey { get; init; }

    public required string PieceUid { get; init; }

    /// <summary>Kind/namespace/name of the piece, for people reading the ledger.</summary>
    public required string PieceRef { get; init; }

    public required string Channel { get; init; }

    public required string ContentDigest { get; init; }

    /// <summary>Pending (intent written, send not confirmed), Published or Withdrawn.</summary>
    public string State { get; init; } = LedgerStates.Pending;

    public string? ExternalId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }

    public DateTimeOffset? WithdrawnAt { get; init; }
}
