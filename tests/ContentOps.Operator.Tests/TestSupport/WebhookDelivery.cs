namespace ContentOps.Operator.Tests.TestSupport;

/// <summary>One POST as the receiver saw it.</summary>
/// <param name="Number">1-based arrival order.</param>
/// <param name="Duplicate">True when an earlier POST of the same event carried the same Idempotency-Key.</param>
internal sealed record WebhookDelivery(
    int Number,
    string Path,
    string Event,
    string IdempotencyKey,
    string Piece,
    string? ContentDigest,
    string? Body,
    string? Reason,
    bool SignatureValid,
    bool Duplicate);
