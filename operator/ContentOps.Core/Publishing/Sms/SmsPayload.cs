namespace ContentOps.Core.Publishing.Sms;

/// <summary>The JSON an SMS gateway receives.</summary>
/// <param name="MessageId">The idempotency key: the gateway drops a second message with the same id.</param>
/// <param name="Mobile">The HCP's mobile number.</param>
/// <param name="Text">The full text with 【signature】 and opt-out.</param>
/// <param name="Segments">Billed segments (70 single, 67 per part).</param>
public sealed record SmsPayload(string MessageId, string Mobile, string Text, int Segments);
