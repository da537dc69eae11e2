using ContentOps.Core.Api.Policies;

namespace ContentOps.Operator.Declarations;

/// <summary>
/// Records, on each SopPolicy that declares spec.learnedDetector, the file it was loaded from (relative to the
/// declarations root), so the reconcilers can read its examples relative to that file long after the load, also on a
/// run whose declarations were not loaded again. Any value the file itself gives is overwritten.
/// </summary>
internal static class PolicyOrigin
{
    public const string Annotation = "contentops.io/declared-in";

    public static IReadOnlyList<Declaration> Stamp(IReadOnlyList<Declaration> declarations) =>
        [.. declarations.Select(d => d.Resource is SopPolicy { Spec.LearnedDetector: not null } policy ? d with { Resource = Stamped(policy, d.FilePath) } : d)];

    private static SopPolicy Stamped(SopPolicy policy, string file)
    {
        var annotations = new Dictionary<string, string>(policy.Metadata.Annotations ?? new Dictionary<string, string>(), StringComparer.Ordinal)
        {
            [Annotation] = file,
        };
        return new SopPolicy { ApiVersion = policy.ApiVersion, Kind = policy.Kind, Metadata = policy.Metadata with { Annotations = annotations }, Spec = policy.Spec };
    }
}
