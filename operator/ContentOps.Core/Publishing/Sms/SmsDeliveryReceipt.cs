using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ContentOps.Core.Publishing.Hcp;

namespace ContentOps.Core.Publishing.Sms;

/// <summary>
/// A delivery receipt the SMS gateway posts back: JSON <c>{"id": "...", "status": "delivered|failed|..."}</c>, signed
/// like our requests (<c>X-ContentOps-Signature: sha256=HMAC(secret, body)</c>). Unsigned or badly signed receipts are refused.
/// </summary>
public sealed record SmsDeliveryReceipt(string Id, string Status)
{
    /// <summary>The receipt, or null when the signature does not match or the body is not a receipt.</summary>
    public static SmsDeliveryReceipt? Verify(byte[] body, string? signature, string secret)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (signature is null || !CryptographicOperations.FixedTimeEquals(
                Encoding.ASCII.GetBytes(WebhookChannel.Sign(secret, body)), Encoding.ASCII.GetBytes(signature)))
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            return root.ValueKind == JsonValueKind.Object && root.TryGetProperty("id", out var id) && root.TryGetProperty("status", out var status)
                ? new SmsDeliveryReceipt(id.ToString(), Normalize(status.GetString()))
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Gateway words (DELIVRD, UNDELIV, …) as one of <see cref="DeliveryStatus"/>.</summary>
    public static string Normalize(string? status) => status?.ToUpperInvariant() switch
    {
        "DELIVERED" or "DELIVRD" or "SUCCESS" => DeliveryStatus.Delivered,
        "FAILED" or "UNDELIV" or "REJECTD" or "EXPIRED" => DeliveryStatus.Failed,
        "SENDING" or "ACCEPTD" or "ENROUTE" => DeliveryStatus.Sending,
        _ => DeliveryStatus.Accepted,
    };
}
