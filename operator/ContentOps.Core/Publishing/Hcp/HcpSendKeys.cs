using ContentOps.Core.Digests;

namespace ContentOps.Core.Publishing.Hcp;

/// <summary>Idempotency keys of per-HCP sends.</summary>
public static class HcpSendKeys
{
    /// <summary>hash(piece uid, hcp, channel, contentDigest), hex: the same for every retry of this send, different for any other.</summary>
    public static string For(string pieceUid, string hcp, string channel, string contentDigest) =>
        ContentDigest.OfParts(pieceUid, hcp, channel, contentDigest)["sha256:".Length..];
}
