using ContentOps.Core.Api.Policies;
using ContentOps.Core.Generation;
using ContentOps.Core.Review;
using ContentOps.Core.Review.Learned;

namespace ContentOps.Benchmarks.Review;

/// <summary>
/// The learned detector's suggestions per corpus sentence, at any confidence (the policy's minConfidence is set to 0 so
/// a report can apply thresholds afterwards): dev sentences scored out-of-fold (k folds grouped by source, so no
/// source is both trained on and scored), held-out sentences scored by the model of the policy's shipped examples.
/// </summary>
internal static class LearnedCandidates
{
    /// <summary>
    /// Out-of-fold suggestions as the reviewer makes them (only where no rule flagged the sentence), and the model's
    /// prediction for every sentence regardless of the rules (how the detector judges copy the rules would miss).
    /// </summary>
    public static (Dictionary<string, IReadOnlyList<Finding>> Suggestions, Dictionary<string, (string Class, float Probability)> Alone) OutOfFold(
        IReadOnlyList<LabelledSentence> dev, IReadOnlyList<SopPolicy> policies, ReviewContext context, int folds)
    {
        var foldOf = AssignFolds(dev, folds);
        var candidates = new Dictionary<string, IReadOnlyList<Finding>>(StringComparer.Ordinal);
        var alone = new Dictionary<string, (string, float)>(StringComparer.Ordinal);
        for (var fold = 0; fold < folds; fold++)
        {
            var training = ToExamples(dev.Where(s => foldOf[s.Source] != fold));
            var reviewer = new ContentReviewer(new ReviewOptions { LearnedExamples = new InMemoryExamples($"fold {fold}", training) });
            var model = LearnedTrainer.Train(LearnedExamples.Parse($"fold {fold}", training, policies.SelectMany(p => p.Spec.Rules).Select(r => r.Id).ToHashSet(StringComparer.Ordinal)));
            foreach (var sentence in dev.Where(s => foldOf[s.Source] == fold))
            {
                candidates[sentence.Id] = Learned(reviewer, context, policies, sentence.Text);
                alone[sentence.Id] = model.Predict(sentence.Text);
            }
        }

        return (candidates, alone);
    }

    public static Dictionary<string, IReadOnlyList<Finding>> Shipped(IReadOnlyList<LabelledSentence> sentences, IReadOnlyList<SopPolicy> policies,
        ReviewContext context, ILearnedExamplesSource source)
    {
        var reviewer = new ContentReviewer(new ReviewOptions { LearnedExamples = source });
        return sentences.ToDictionary(s => s.Id, s => Learned(reviewer, context, policies, s.Text), StringComparer.Ordinal);
    }

    /// <summary>The policies with every learned detector's threshold at 0, so all suggestions come back with their confidence.</summary>
    public static IReadOnlyList<SopPolicy> Unthresholded(IReadOnlyList<SopPolicy> policies) =>
        [.. policies.Select(p => p.Spec.LearnedDetector is { } spec ? new SopPolicy { Metadata = p.Metadata, Spec = p.Spec with { LearnedDetector = spec with { MinConfidence = 0 } } } : p)];

    public static string ToExamples(IEnumerable<LabelledSentence> sentences) =>
        string.Concat(sentences.SelectMany(s => (s.IsCompliant ? [LearnedExamples.Compliant] : s.Labels).Select(l => $"{l}\t{s.Text}\n")));

    /// <summary>Whole sources to folds, largest first onto the emptiest fold: deterministic and roughly balanced.</summary>
    private static Dictionary<string, int> AssignFolds(IReadOnlyList<LabelledSentence> dev, int folds)
    {
        var sizes = new int[folds];
        var foldOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var group in dev.GroupBy(s => s.Source).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            var fold = Array.IndexOf(sizes, sizes.Min());
            foldOf[group.Key] = fold;
            sizes[fold] += group.Count();
        }

        return foldOf;
    }

    private static IReadOnlyList<Finding> Learned(ContentReviewer reviewer, ReviewContext context, IReadOnlyList<SopPolicy> policies, string text)
    {
        var verdict = reviewer.Review(new Rendition { Channel = "corpus", Format = context.Format, Body = text }, context, policies);
        if (verdict.Errors.Count > 0)
        {
            throw new InvalidOperationException(string.Join("\n", verdict.Errors.Select(e => $"{e.Policy}/{e.RuleId}: {e.Message}")));
        }

        return [.. verdict.Findings.Where(f => f.Kind == LearnedFinding.Kind)];
    }
}
