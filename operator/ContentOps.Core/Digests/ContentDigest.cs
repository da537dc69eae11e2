using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContentOps.Core.Digests;

/// <summary>
/// sha256 digests in the form <c>sha256:&lt;64 hex&gt;</c>. Objects are hashed as canonical JSON (camelCase,
/// nulls omitted, property order of the type) so the same inputs always give the same digest.
/// </summary>
public static class ContentDigest
{
    /// <summary>The JSON form digests are computed over; also the form ContentOps stores objects in.</summary>
    public static readonly JsonSerializerOptions CanonicalJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    /// <summary>Digest of a UTF-8 string.</summary>
    public static string Of(string text) => Format(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Digest of an object's canonical JSON.</summary>
    public static string OfObject<T>(T value) => Format(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(value, CanonicalJson)));

    /// <summary>Digest of several parts, order-sensitive, unambiguous (each part is length-prefixed).</summary>
    public static string OfParts(params IEnumerable<string> parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts)
        {
            var bytes = Encoding.UTF8.GetBytes(part);
            hash.AppendData(BitConverter.GetBytes(bytes.Length));
            hash.AppendData(bytes);
        }

        return Format(hash.GetHashAndReset());
    }

    private static string Format(byte[] hash) => "sha256:" + Convert.ToHexStringLower(hash);
}
