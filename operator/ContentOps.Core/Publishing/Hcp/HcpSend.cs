namespace ContentOps.Core.Publishing.Hcp;

/// <summary>One recipient of a batch and the idempotency key of that send.</summary>
/// <param name="IdempotencyKey">hash(piece uid, hcp, channel, contentDigest), see <see cref="HcpSendKeys"/>.</param>
/// <param name="Recipient">The HCP.</param>
public sealed record HcpSend(string IdempotencyKey, HcpRecipient Recipient);
