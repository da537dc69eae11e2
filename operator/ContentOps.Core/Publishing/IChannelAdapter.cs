namespace ContentOps.Core.Publishing;

/// <summary>
/// Delivers content to one type of channel. Adapters must be idempotent by <see cref="PublishRequest.IdempotencyKey"/>:
/// a resend after a crash carries the same key, and the channel (or the adapter) must not publish twice.
/// </summary>
public interface IChannelAdapter
{
    /// <summary>Channel type it serves: file, webhook, smtp, wechat, sms.</summary>
    string Type { get; }

    Task<PublishReceipt> PublishAsync(PublishRequest request, CancellationToken cancellationToken);

    Task WithdrawAsync(WithdrawRequest request, CancellationToken cancellationToken);
}
