using System.Security.Cryptography;
using System.Text;

namespace ContentOps.Operator.Http;

/// <summary>
/// Who may call the API: a bearer token (<c>Authorization: Bearer TOKEN</c>) or an HMAC-SHA256 of the exact request
/// body (<c>X-ContentOps-Signature: sha256=HEX</c>, the way channel platforms sign callbacks). The secrets come from the
/// environment (<see cref="TokenVariable"/>, <see cref="HmacKeyVariable"/>; the older <c>CONTENTOPS_EVENTS_*</c> names are
/// read when the new ones are unset), are compared in constant time and never logged or echoed. With neither set,
/// every authenticated route answers 401 saying which variable to set.
/// </summary>
internal sealed class ApiAuth(string? token, string? hmacKey)
{
    public const string TokenVariable = "CONTENTOPS_API_TOKEN";
    public const string HmacKeyVariable = "CONTENTOPS_API_HMAC_KEY";
    public const string LegacyTokenVariable = "CONTENTOPS_EVENTS_TOKEN";
    public const string LegacyHmacKeyVariable = "CONTENTOPS_EVENTS_HMAC_KEY";
    public const string SignatureHeader = "X-ContentOps-Signature";

    public bool Configured => !string.IsNullOrEmpty(token) || !string.IsNullOrEmpty(hmacKey);

    public static ApiAuth FromEnvironment() => new(
        Variable(TokenVariable) ?? Variable(LegacyTokenVariable),
        Variable(HmacKeyVariable) ?? Variable(LegacyHmacKeyVariable));

    /// <summary>The 401 message: how to authenticate, or which variable opens the API. Never contains a secret.</summary>
    public string Refusal => Configured
        ? $"not authorised: send Authorization: Bearer TOKEN or {SignatureHeader}: sha256=HMAC-SHA256 of the body"
        : $"the API is closed: set {TokenVariable} or {HmacKeyVariable} where contentops runs";

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

    private static string? Variable(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;

    private static bool Same(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b) => CryptographicOperations.FixedTimeEquals(a, b);
}
