using ContentOps.Core.Api.Policies;
using ContentOps.Core.Review.Rules;
using ContentOps.Core.Review.Rules.Concepts;

namespace ContentOps.Core.Review.Learned;

/// <summary>
/// Builds a policy's <see cref="LearnedDetector"/> when it declares spec.learnedDetector and the host reads its examples:
/// parses them, trains the model and resolves the exceptInSentence concepts. A missing or malformed examples file is a
/// compile error naming file:line and the fix, like a bad rule; no examples source (the detector switched off) is not.
/// </summary>
internal static class LearnedDetectorFactory
{
    /// <summary>The id compile errors of the detector carry.</summary>
    public const string ErrorId = "learnedDetector";

    public static LearnedDetector? Create(SopPolicy policy, ConceptSet concepts, ILearnedExamplesSource? source, List<PolicyCompileError> errors)
    {
        if (policy.Spec.LearnedDetector is not { } spec || source?.Read(policy) is not { } file)
        {
            return null;
        }

        var name = policy.Metadata.Name;
        if (file.Content is null)
        {
            errors.Add(new PolicyCompileError(name, ErrorId, $"{file.Path}: examples file not found (spec.learnedDetector.examples is relative to the policy file); " +
                "fix: create it (README: Learned detector) or remove spec.learnedDetector"));
            return null;
        }

        var rules = policy.Spec.Rules.GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        try
        {
            var examples = LearnedExamples.Parse(file.Path, file.Content, rules.Keys.ToHashSet(StringComparer.Ordinal));
            var exceptInSentence = (spec.ExceptInSentence ?? []).Select(c => concepts.IndexOf(ErrorId, c)).ToArray();
            return new LearnedDetector(name, LearnedModelCache.GetOrTrain(file.Content, examples), spec.MinConfidence, spec.AppliesTo, concepts, exceptInSentence, rules);
        }
        catch (FormatException e)
        {
            errors.Add(new PolicyCompileError(name, ErrorId, e.Message));
        }
        catch (RuleCompileException e)
        {
            errors.Add(new PolicyCompileError(name, ErrorId, $"spec.learnedDetector.exceptInSentence: {e.Message}"));
        }

        return null;
    }
}
