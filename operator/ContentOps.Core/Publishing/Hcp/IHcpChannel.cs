namespace ContentOps.Core.Publishing.Hcp;

/// <summary>
/// Delivers content to individual HCPs on one type of channel. Idempotent by each send's key: a resend after a crash
/// carries the same key, which the channel deduplicates (Idempotency-Key, clientmsgid) or which names the message
/// (Message-ID, file name). Failures of single recipients come back as outcomes; a failure of the whole channel
/// (unreachable, rate-limited, circuit open) throws <see cref="ChannelException"/>.
/// </summary>
public interface IHcpChannel
{
    /// <summary>Channel type it serves: file, smtp, wechat, sms, crm.</summary>
    string Type { get; }

    Task<IReadOnlyList<HcpSendOutcome>> SendAsync(HcpSendBatch batch, CancellationToken cancellationToken);

    Task<WithdrawalResult> WithdrawAsync(HcpWithdrawal withdrawal, CancellationToken cancellationToken);

    /// <summary>The channel's view of one send, one of <see cref="DeliveryStatus"/>.</summary>
    Task<string> GetDeliveryStatusAsync(Api.Channels.ChannelTarget channel, string externalId, string? secret, CancellationToken cancellationToken);
}
