using ContentOps.Core.Api.Channels;
using ContentOps.Core.Publishing.Hcp;

namespace ContentOps.Core.Publishing.Sms;

/// <summary>
/// Sends SMS through an HTTP gateway: <c>POST endpoint</c> with JSON <c>{messageId, mobile, text, segments}</c>,
/// signed (HMAC-SHA256 of the body with the channel's secret) and carrying <c>Idempotency-Key</c>; the answer's
/// <c>id</c> is the gateway's id, which its delivery-receipt callback names (<see cref="SmsDeliveryReceipt"/>). Status:
/// <c>GET endpoint/{id}</c>. An SMS cannot be recalled: withdrawal sends the channel's correction, if it declares one.
/// </summary>
public sealed class SmsChannel(HttpClient http, TimeProvider time) : IHcpChannel
{
    public string Type => "sms";

    public async Task<IReadOnlyList<HcpSendOutcome>> SendAsync(HcpSendBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var outcomes = new List<HcpSendOutcome>(batch.Sends.Count);
        string text;
        try
        {
            text = SmsText.Compose(batch.Channel.Spec.Sender, batch.Rendition.Body, batch.Channel.Metadata.Name);
        }
        catch (ChannelException e)
        {
            return [.. batch.Sends.Select(s => HcpSendOutcome.Failed(s.IdempotencyKey, e))];
        }

        foreach (var send in batch.Sends)
        {
            if (string.IsNullOrWhiteSpace(send.Recipient.Mobile))
            {
                outcomes.Add(HcpSendOutcome.Failed(send.IdempotencyKey, new ChannelException($"HCP {send.Recipient.Id} has no mobile number; correct the profile.", permanent: true)));
                continue;
            }

            try
            {
                using var answer = await PostAsync(batch.Channel, batch.Secret, send.IdempotencyKey, send.Recipient.Mobile, text, cancellationToken).ConfigureAwait(false);
                outcomes.Add(await batch.AcceptedAsync(HcpSendOutcome.Sent(send.IdempotencyKey, SignedJsonPost.IdOf(answer, send.IdempotencyKey), time.GetUtcNow()), cancellationToken).ConfigureAwait(false));
            }
            catch (ChannelException e) when (e.Permanent)
            {
                outcomes.Add(HcpSendOutcome.Failed(send.IdempotencyKey, e));
            }
            catch (ChannelException e)
            {
                // The gateway itself is in trouble: the rest of the batch waits with this send.
                outcomes.AddRange(batch.Sends.Skip(outcomes.Count).Select(s => HcpSendOutcome.Failed(s.IdempotencyKey, e)));
                break;
            }
        }

        return outcomes;
    }

    public async Task<WithdrawalResult> WithdrawAsync(HcpWithdrawal withdrawal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(withdrawal);
        if (withdrawal.Correction is not { Length: > 0 } correction || withdrawal.Recipient.Mobile is null)
        {
            return WithdrawalResult.NotRetractable;
        }

        var text = SmsText.Compose(withdrawal.Channel.Spec.Sender, correction, withdrawal.Channel.Metadata.Name);
        using var _ = await PostAsync(withdrawal.Channel, withdrawal.Secret, withdrawal.IdempotencyKey + ".withdrawn", withdrawal.Recipient.Mobile, text, cancellationToken)
            .ConfigureAwait(false);
        return WithdrawalResult.CorrectionSent;
    }

    public async Task<string> GetDeliveryStatusAsync(ChannelTarget channel, string externalId, string? secret, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{channel.Spec.Endpoint.TrimEnd('/')}/{Uri.EscapeDataString(externalId)}");
        request.Options.Set(Resilience.ResilientHttpHandler.ChannelOption, $"{channel.Metadata.EffectiveNamespace}/{channel.Metadata.Name}");
        try
        {
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                return DeliveryStatus.Accepted;
            }

            using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
            return SmsDeliveryReceipt.Normalize(json.RootElement.TryGetProperty("status", out var s) ? s.GetString() : null);
        }
        catch (Exception e) when (e is HttpRequestException or System.Text.Json.JsonException or Polly.CircuitBreaker.BrokenCircuitException)
        {
            return DeliveryStatus.Accepted;
        }
    }

    private Task<System.Text.Json.JsonDocument?> PostAsync(ChannelTarget channel, string? secret, string key, string mobile, string text, CancellationToken cancellationToken) =>
        SignedJsonPost.SendAsync(http, $"{channel.Metadata.EffectiveNamespace}/{channel.Metadata.Name}", channel.Spec.Endpoint,
            new SmsPayload(key, mobile, text, SmsText.Segments(text)), key, secret, "SMS gateway", cancellationToken);
}
