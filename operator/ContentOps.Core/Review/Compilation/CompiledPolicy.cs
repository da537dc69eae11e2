using ContentOps.Core.Api.Policies;
using ContentOps.Core.Review.Rules;
using ContentOps.Core.Review.Text;

namespace ContentOps.Core.Review.Compilation;

/// <summary>A policy with its matchers built: regular expressions compiled, dictionaries in one automaton. Immutable and thread-safe.</summary>
public sealed class CompiledPolicy
{
    internal CompiledPolicy(SopPolicy policy, string digest, IReadOnlyList<ReviewRule> rules, IReadOnlyList<PolicyCompileError> errors,
        Learned.LearnedDetector? detector = null)
    {
        Detector = detector;
        Policy = policy;
        Digest = digest;
        Rules = rules;
        Errors = errors;
    }

    /// <summary>The policy as declared.</summary>
    public SopPolicy Policy { get; }

    /// <summary>Name of the policy.</summary>
    public string Name => Policy.Metadata.Name;

    /// <summary>Digest of the policy's name and spec (see <see cref="PolicyDigest"/>).</summary>
    public string Digest { get; }

    /// <summary>Rules that could not be compiled; when any exist the policy is not applied and reviews are blocked.</summary>
    public IReadOnlyList<PolicyCompileError> Errors { get; }

    /// <summary>Whether every rule compiled.</summary>
    public bool IsValid => Errors.Count == 0;

    internal IReadOnlyList<ReviewRule> Rules { get; }

    /// <summary>The fingerprint of the detector's examples when compiled (see <see cref="Learned.ILearnedExamplesSource.Fingerprint"/>).</summary>
    internal string? ExamplesFingerprint { get; init; }

    /// <summary>The policy's learned detector, when it declares one and the host read its examples.</summary>
    internal Learned.LearnedDetector? Detector { get; }

    /// <summary>Whether the policy's selector selects the context.</summary>
    public bool Selects(ReviewContext context) => PolicyMatcher.Selects(Policy.Spec.Selector, context);

    internal void Evaluate(ReviewDocument document, List<Finding> findings)
    {
        foreach (var rule in Rules)
        {
            if (rule.AppliesTo(document.Context))
            {
                rule.Evaluate(document, findings);
            }
        }
    }
}
