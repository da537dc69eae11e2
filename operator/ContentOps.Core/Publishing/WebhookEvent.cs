namespace ContentOps.Core.Publishing;

/// <summary>The JSON body a webhook receives.</summary>
public sealed record WebhookEvent(
    string Event,
    string Piece,
    string Channel,
    string? ContentDigest,
    string IdempotencyKey,
    string? Format,
    string? Segment,
    string? Title,
    string? Body,
    string? Reason);
