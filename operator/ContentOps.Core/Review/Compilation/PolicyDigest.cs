using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ContentOps.Core.Api.Policies;

namespace ContentOps.Core.Review.Compilation;

/// <summary>Digests of policies: what the compiled-policy cache and re-review decisions are keyed by.</summary>
public static class PolicyDigest
{
    private static readonly JsonSerializerOptions _json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary><c>sha256:</c> of the policy's namespace, name and spec.</summary>
    public static string Compute(SopPolicy policy)
    {
        var content = $"{policy.Metadata.EffectiveNamespace}/{policy.Metadata.Name}\n{JsonSerializer.Serialize(policy.Spec, _json)}";
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
    }

    /// <summary><c>sha256:</c> of the ordered digests of several policies.</summary>
    public static string Combine(IEnumerable<string> digests) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", digests.Order(StringComparer.Ordinal)))));
}
