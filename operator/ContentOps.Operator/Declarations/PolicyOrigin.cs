using ContentOps.Core.Api.Policies;

namespace ContentOps.Operator.Declarations;

/// <summary>
/// Records, on each SopPolicy that declares spec.learnedDetector, the file it was loaded from (relative to the
/// declarations root), so the reconcilers can read its examples relative to that file long after the load, also on a
/// run whose declarations were not loaded again, and a digest of that examples file as read now (a provenance
/// annotation: when only the examples change, the policy is reconciled and its pieces reviewed again). Any value the
/// file itself gives is overwritten.
/// </summary>
internal static class PolicyOrigin
{
    public const string Annotation = "contentops.io/declared-in";

    /// <summary>The examples file's digest (16 hex digits of SHA-256) when the policy was loaded, or "missing".</summary>
    public const string ExamplesDigestAnnotation = Provenance.ProvenanceAnnotations.Prefix + "learned-examples";

    public static IReadOnlyList<Declaration> Stamp(IReadOnlyList<Declaration> declarations, string root) =>
        [.. declarations.Select(d => d.Resource is SopPolicy { Spec.LearnedDetector: not null } policy ? d with { Resource = Stamped(policy, d.FilePath, root) } : d)];

    private static SopPolicy Stamped(SopPolicy policy, string file, string root)
    {
        var examples = Path.Combine(root, Path.GetDirectoryName(file) ?? "", policy.Spec.LearnedDetector!.Examples);
        var annotations = new Dictionary<string, string>(policy.Metadata.Annotations ?? new Dictionary<string, string>(), StringComparer.Ordinal)
        {
            [Annotation] = file,
            [ExamplesDigestAnnotation] = File.Exists(examples)
                ? Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(examples)))[..16]
                : "missing",
        };
        return new SopPolicy { ApiVersion = policy.ApiVersion, Kind = policy.Kind, Metadata = policy.Metadata with { Annotations = annotations }, Spec = policy.Spec };
    }
}
