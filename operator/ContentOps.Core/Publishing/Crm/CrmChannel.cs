using ContentOps.Core.Api.Channels;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Core.Publishing.Hcp;

namespace ContentOps.Core.Publishing.Crm;

/// <summary>
/// Pushes rep-facing items to a CRM over a signed webhook (<see cref="SignedJsonPost"/>): per HCP, the talk track or
/// content the rep should use with that doctor (<c>{"event":"item", "item": {...}}</c>), and next-best-action cards
/// (<see cref="PushAsync"/>). Withdrawal posts <c>{"event":"withdraw"}</c> and the CRM removes the item.
/// </summary>
public sealed class CrmChannel(HttpClient http, TimeProvider time) : IHcpChannel
{
    public string Type => "crm";

    public async Task<IReadOnlyList<HcpSendOutcome>> SendAsync(HcpSendBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var outcomes = new List<HcpSendOutcome>(batch.Sends.Count);
        foreach (var send in batch.Sends)
        {
            var item = new CrmItem
            {
                Kind = batch.Rendition.Format == ContentFormats.RepTalkTrack ? "talk-track" : "content-share",
                IdempotencyKey = send.IdempotencyKey,
                Rep = send.Recipient.RepId,
                Hcp = send.Recipient.Id,
                Piece = batch.Piece,
                ContentDigest = batch.ContentDigest,
                Title = batch.Rendition.Title,
                Body = batch.Rendition.Body,
            };
            try
            {
                using var answer = await PostAsync(batch.Channel, batch.Secret, new CrmEvent("item", item, null, null), send.IdempotencyKey, cancellationToken).ConfigureAwait(false);
                outcomes.Add(await batch.AcceptedAsync(HcpSendOutcome.Sent(send.IdempotencyKey, SignedJsonPost.IdOf(answer, send.IdempotencyKey), time.GetUtcNow()), cancellationToken).ConfigureAwait(false));
            }
            catch (ChannelException e) when (e.Permanent)
            {
                outcomes.Add(HcpSendOutcome.Failed(send.IdempotencyKey, e));
            }
            catch (ChannelException e)
            {
                outcomes.AddRange(batch.Sends.Skip(outcomes.Count).Select(s => HcpSendOutcome.Failed(s.IdempotencyKey, e)));
                break;
            }
        }

        return outcomes;
    }

    /// <summary>Pushes next-best-action cards (or any items) one by one; returns the CRM's id per item key.</summary>
    public async Task<IReadOnlyDictionary<string, string>> PushAsync(ChannelTarget channel, string? secret, IReadOnlyList<CrmItem> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            using var answer = await PostAsync(channel, secret, new CrmEvent("item", item, null, null), item.IdempotencyKey, cancellationToken).ConfigureAwait(false);
            ids[item.IdempotencyKey] = SignedJsonPost.IdOf(answer, item.IdempotencyKey);
        }

        return ids;
    }

    public async Task<WithdrawalResult> WithdrawAsync(HcpWithdrawal withdrawal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(withdrawal);
        using var _ = await PostAsync(withdrawal.Channel, withdrawal.Secret,
            new CrmEvent("withdraw", null, withdrawal.IdempotencyKey, withdrawal.Reason), withdrawal.IdempotencyKey + ".withdrawn", cancellationToken).ConfigureAwait(false);
        return WithdrawalResult.Retracted;
    }

    /// <summary>A CRM acknowledges receipt only.</summary>
    public Task<string> GetDeliveryStatusAsync(ChannelTarget channel, string externalId, string? secret, CancellationToken cancellationToken) =>
        Task.FromResult(DeliveryStatus.Accepted);

    private Task<System.Text.Json.JsonDocument?> PostAsync(ChannelTarget channel, string? secret, CrmEvent payload, string key, CancellationToken cancellationToken) =>
        SignedJsonPost.SendAsync(http, $"{channel.Metadata.EffectiveNamespace}/{channel.Metadata.Name}", channel.Spec.Endpoint, payload, key, secret, "CRM webhook", cancellationToken);
}
