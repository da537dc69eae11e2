namespace ContentOps.Core.Publishing.Hcp;

/// <summary>What happened to one send of a batch: a receipt, or the failure.</summary>
public sealed record HcpSendOutcome(string IdempotencyKey, PublishReceipt? Receipt, ChannelException? Error)
{
    public static HcpSendOutcome Sent(string key, string externalId, DateTimeOffset at) => new(key, new PublishReceipt(externalId, at), null);

    public static HcpSendOutcome Failed(string key, ChannelException error) => new(key, null, error);
}
