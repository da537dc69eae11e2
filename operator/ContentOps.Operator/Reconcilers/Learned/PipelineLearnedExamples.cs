using ContentOps.Core.Api.Policies;
using ContentOps.Core.Review.Learned;
using ContentOps.Operator.Declarations;
using ContentOps.Operator.Observability;

namespace ContentOps.Operator.Reconcilers.Learned;

/// <summary>
/// The examples of a policy's spec.learnedDetector for the reviews the reconcilers and plan run: read relative to the
/// file the policy was declared in (<see cref="PolicyOrigin"/>), under the declarations root, the same rule as
/// <c>contentops review</c>. Called only when a review first compiles the policy, so a run that reviews nothing reads
/// and trains nothing. Without a root (cluster mode), or when the file is missing or malformed, the detector is off and
/// <see cref="Problem"/> says why (the SopPolicy's LearnedDetector condition); the policy's rules still apply.
/// </summary>
internal sealed class PipelineLearnedExamples(string? declarationsRoot, ContentOpsMetrics? metrics = null) : ILearnedExamplesSource
{
    public LearnedExamplesText? Read(SopPolicy policy)
    {
        if (Resolve(policy) is not { Content: not null } examples)
        {
            return null;
        }

        metrics?.LearnedDetectorBuilds.WithLabels($"{policy.Metadata.EffectiveNamespace}/{policy.Metadata.Name}").Inc();
        return new LearnedExamplesText(examples.Path, examples.Content);
    }

    /// <summary>The examples digest the loader stamped on the policy (<see cref="PolicyOrigin.ExamplesDigestAnnotation"/>).</summary>
    public string? Fingerprint(SopPolicy policy) =>
        policy.Spec.LearnedDetector is null ? null : policy.Metadata.Annotations?.GetValueOrDefault(PolicyOrigin.ExamplesDigestAnnotation);

    /// <summary>Why the detector of <paramref name="policy"/> is off here, or null when it runs (or is not declared).</summary>
    public string? Problem(SopPolicy policy) => policy.Spec.LearnedDetector is null ? null : Resolve(policy).Problem;

    private (string Path, string? Content, string? Problem) Resolve(SopPolicy policy)
    {
        if (policy.Spec.LearnedDetector is not { } spec)
        {
            return ("", null, null);
        }

        if (declarationsRoot is null)
        {
            return ("", null, $"spec.learnedDetector.examples ({spec.Examples}) cannot be read in cluster mode; the detector is off (the rules still apply). "
                + "Run contentops review or contentops run on the repository to see its warnings.");
        }

        var declaredIn = policy.Metadata.Annotations?.GetValueOrDefault(PolicyOrigin.Annotation);
        if (declaredIn is null)
        {
            return ("", null, "the file this policy was declared in is unknown (declarations applied by an older version); the detector is off until the next run loads them.");
        }

        var path = Path.Combine(declarationsRoot, Path.GetDirectoryName(declaredIn) ?? "", spec.Examples);
        if (!File.Exists(path))
        {
            return (path, null, $"{path}: examples file not found (spec.learnedDetector.examples is relative to the policy file); the detector is off. "
                + "Fix: create it (README: Learned detector) or remove spec.learnedDetector.");
        }

        var content = File.ReadAllText(path);
        try
        {
            LearnedExamples.Parse(path, content, policy.Spec.Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal));
        }
        catch (FormatException e)
        {
            return (path, null, $"{e.Message}; the detector is off.");
        }

        return (path, content, null);
    }
}
