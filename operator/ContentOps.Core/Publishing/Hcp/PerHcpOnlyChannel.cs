namespace ContentOps.Core.Publishing.Hcp;

/// <summary>
/// The piece-level side of a channel that only reaches people one by one (<c>smtp</c>, <c>sms</c>, <c>crm</c>): there
/// is nothing to post for the piece as a whole, so publishing marks the piece live on the channel (the per-HCP send plan
/// then reaches each recipient through <see cref="IHcpChannel"/>), and withdrawal is done per send by the send ledger.
/// </summary>
public sealed class PerHcpOnlyChannel(string type, TimeProvider time) : IChannelAdapter
{
    public string Type => type;

    public Task<PublishReceipt> PublishAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.FromResult(new PublishReceipt($"per-hcp:{type}:{request.IdempotencyKey[..Math.Min(16, request.IdempotencyKey.Length)]}", time.GetUtcNow()));
    }

    public Task WithdrawAsync(WithdrawRequest request, CancellationToken cancellationToken) => Task.CompletedTask;
}
