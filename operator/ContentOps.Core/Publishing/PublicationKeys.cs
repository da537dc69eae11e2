using ContentOps.Core.Digests;

namespace ContentOps.Core.Publishing;

/// <summary>Idempotency keys for publications.</summary>
public static class PublicationKeys
{
    /// <summary>hash(piece uid, channel, contentDigest), hex, as channels receive it in the Idempotency-Key header.</summary>
    public static string For(string pieceUid, string channel, string contentDigest) =>
        ContentDigest.OfParts(pieceUid, channel, contentDigest)["sha256:".Length..];
}
