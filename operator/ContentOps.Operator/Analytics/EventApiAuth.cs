using System.Security.Cryptography;
using System.Text;

namespace ContentOps.Operator.Analytics;

/// <summary>
/// Who may post events: a bearer token (<c>Authorization: Bearer TOKEN</c>) or an HMAC-SHA256 of the request body
/// (<c>X-ContentOps-Signature: sha256=HEX</c>, the way channel platforms sign callbacks). Secrets come from the
/// environment (<c>CONTENTOPS_EVENTS_TOKEN</c>, <c>CONTENTOPS_EVENTS_HMAC_KEY</c>), are compared in constant time
/// and never logged. With neither set, every request is refused.
/// </summary>
internal sealed class EventApiAuth(string? token, string? hmacKey)
{
    public const string TokenVariable = "CONTENTOPS_EVENTS_TOKEN";
    public const string HmacKeyVariable = "CONTENTOPS_EVENTS_HMAC_KEY";
    public const string SignatureHeader = "X-ContentOps-Signature";

    public bool Configured => !string.IsNullOrEmpty(token) || !string.IsNullOrEmpty(hmacKey);

    public static EventApiAuth FromEnvironment() => new(Environment.GetEnvironmentVariable(TokenVariable), Environment.GetEnvironmentVariable(HmacKeyVariable));

    public bool Allows(string? authorization, string? signature, ReadOnlySpan<byte> body)
    {
        if (!string.IsNullOrEmpty(token) && authorization is not null && authorization.StartsWith("Bearer ", StringComparison.Ordinal)
            && Same(Encoding.UTF8.GetBytes(authorization[7..].Trim()), Encoding.UTF8.GetBytes(token)))
        {
            return true;
        }

        if (!string.IsNullOrEmpty(hmacKey) && signature is not null && signature.StartsWith("sha256=", StringComparison.Ordinal))
        {
            var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(hmacKey), body);
            try
            {
                return Same(Convert.FromHexString(signature[7..].Trim()), expected);
            }
            catch (FormatException)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The signature header value a sender computes for <paramref name="body"/>.</summary>
    public static string Sign(string key, ReadOnlySpan<byte> body) => "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), body));

    private static bool Same(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b) => CryptographicOperations.FixedTimeEquals(a, b);
}
