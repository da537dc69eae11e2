using ContentOps.Core.Analytics.Events;
using ContentOps.Core.Publishing;
using ContentOps.Core.Publishing.Hcp;
using ContentOps.Core.Publishing.Sms;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ContentOps.Operator.Http;

/// <summary>
/// The SMS gateway's delivery-receipt callback: <c>POST /v1/callbacks/sms/{namespace}/{channel}</c> with
/// <c>{"id": "gateway id", "status": "DELIVRD|UNDELIV|…"}</c>, signed like the channel's own requests
/// (<c>X-ContentOps-Signature: sha256=HMAC(channel secret, body)</c>, <see cref="SmsDeliveryReceipt"/>). The ledger
/// entry with that gateway id gets the delivery status, and a final status becomes a <c>delivered</c> or
/// <c>bounced</c> event attributed to the send by its message id. Repeated receipts change nothing.
/// </summary>
internal static class SmsReceiptEndpoint
{
    public static void Map(WebApplication app, ApiBackends backends) => app.MapPost("/v1/callbacks/sms/{ns}/{name}", async (string ns, string name, HttpRequest request, CancellationToken cancellationToken) =>
    {
        if (await ApiRequest.BodyAsync(request, cancellationToken) is not { } body)
        {
            return ApiRequest.TooLarge();
        }

        if (backends.Channel(ns, name) is not { Spec.Type: "sms" } channel)
        {
            return ApiRequest.Error(404, $"no sms ChannelTarget {ns}/{name}");
        }

        var signature = request.Headers[WebhookChannel.SignatureHeader].ToString();
        if (channel.Spec.SecretRef is not { } reference || backends.Secrets.Resolve(reference) is not { Length: > 0 } secret)
        {
            return ApiRequest.Error(401, $"ChannelTarget {ns}/{name} has no secret set where contentops runs; receipts are accepted only signed with it");
        }

        if (SmsDeliveryReceipt.Verify(body, signature, secret) is not { } receipt)
        {
            return signature == WebhookChannel.Sign(secret, body)
                ? ApiRequest.Error(400, "the body is not a receipt: send JSON {\"id\": \"gateway message id\", \"status\": \"DELIVRD\"}")
                : ApiRequest.Error(401, $"not authorised: sign the exact body with the channel's secret in {WebhookChannel.SignatureHeader}: sha256=HEX");
        }

        if (backends.Sends() is not { } ledger || backends.Events() is not { } events)
        {
            return ApiRequest.Error(503, "this replica does not hold the send ledger now; retry");
        }

        var key = $"{ns}/{name}";
        var known = await ledger.RecordDeliveryAsync(key, receipt.Id, receipt.Status, cancellationToken);
        EngagementEventType? type = receipt.Status switch
        {
            DeliveryStatus.Delivered => EngagementEventType.Delivered,
            DeliveryStatus.Failed => EngagementEventType.Bounced,
            _ => null,
        };
        var attributed = false;
        if (type is { } final)
        {
            var now = backends.Time.GetUtcNow();
            var result = await events.AppendAsync([new EngagementEvent
            {
                Id = $"sms-receipt:{key}:{receipt.Id}:{receipt.Status}",
                Type = final,
                OccurredAt = now,
                MessageId = receipt.Id,
                Channel = key,
            }], null, now, cancellationToken);
            attributed = result.Attributed > 0;
        }

        return Results.Json(new { status = receipt.Status, known, attributed });
    });
}
