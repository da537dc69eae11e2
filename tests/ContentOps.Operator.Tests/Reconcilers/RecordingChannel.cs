using ContentOps.Core.Publishing;

namespace ContentOps.Operator.Tests.Reconcilers;

/// <summary>A webhook-type channel that records deliveries and can be told to be unreachable.</summary>
internal sealed class RecordingChannel : IChannelAdapter
{
    public string Type => "webhook";

    public bool Unreachable { get; set; }

    public List<PublishRequest> Published { get; } = [];

    public List<WithdrawRequest> Withdrawn { get; } = [];

    public Task<PublishReceipt> PublishAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        if (Unreachable)
        {
            throw new ChannelException("Webhook http://127.0.0.1:9/wechat is unreachable: Connection refused.");
        }

        Published.Add(request);
        return Task.FromResult(new PublishReceipt("msg-" + request.IdempotencyKey[..8], DateTimeOffset.UnixEpoch));
    }

    public Task WithdrawAsync(WithdrawRequest request, CancellationToken cancellationToken)
    {
        Withdrawn.Add(request);
        return Task.CompletedTask;
    }
}
