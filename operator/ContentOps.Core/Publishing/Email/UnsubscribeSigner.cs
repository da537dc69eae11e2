using System.Security.Cryptography;
using System.Text;

namespace ContentOps.Core.Publishing.Email;

/// <summary>
/// Signs and verifies one-click unsubscribe tokens: <c>{idempotencyKey}.{signature}</c>, the signature being
/// HMAC-SHA256 over the key (base64url). The idempotency key alone could be rebuilt by anyone who knows the piece, the
/// HCP, the channel and the content digest; the signature needs the operator's unsubscribe key. The key is never
/// printed; <see cref="ToString"/> says so.
/// </summary>
public sealed class UnsubscribeSigner
{
    private const string Purpose = "contentops-unsubscribe-v1:";
    private readonly byte[] _key;

    public UnsubscribeSigner(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < 16)
        {
            throw new ArgumentException("an unsubscribe key has at least 16 bytes", nameof(key));
        }

        _key = [.. key];
    }

    /// <summary>The token a link carries in place of <c>{key}</c>.</summary>
    public string Sign(string idempotencyKey) => $"{idempotencyKey}.{Signature(idempotencyKey)}";

    /// <summary>The idempotency key of a correctly signed token (constant-time comparison), or null.</summary>
    public string? Verify(string? token)
    {
        var dot = token?.LastIndexOf('.') ?? -1;
        if (token is null || dot <= 0 || dot == token.Length - 1)
        {
            return null;
        }

        var key = token[..dot];
        var expected = Encoding.ASCII.GetBytes(Signature(key));
        var given = Encoding.UTF8.GetBytes(token[(dot + 1)..]);
        return CryptographicOperations.FixedTimeEquals(expected, given) ? key : null;
    }

    public override string ToString() => "UnsubscribeSigner(key hidden)";

    private string Signature(string idempotencyKey) =>
        Convert.ToBase64String(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(Purpose + idempotencyKey)))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
