using ContentOps.Core.Api.Policies;
using ContentOps.Core.Generation;
using ContentOps.Core.Review;
using ContentOps.Operator.Cli.Review;

namespace ContentOps.Benchmarks.Review;

/// <summary>
/// <c>review-corpus [--corpus FILE] [--policies PATH] [--split dev|heldout] [--misses] [--folds K] [--write-examples FILE]</c>:
/// reviews every sentence of the labelled corpus (tests/corpora/review/sentences.tsv) with examples/policies as a public
/// OTC advertisement — how regulators judge the copy — and reports, per split, precision and recall per rule id, overall
/// recall over violating sentences (a sentence counts when a finding carries one of its labels) and the false-positive
/// rate over compliant ones (any sentence-level finding), for the rules alone and for rules plus the policy's learned
/// detector side by side. Dev sentences are scored by the detector out-of-fold (K folds grouped by source), held-out ones
/// by the model of the shipped examples file. Statement rules (requiredText, length, audience, claimTraceability,
/// llmJudge) judge whole documents, not sentences, and are left out. <c>--misses</c> lists what was missed or wrongly
/// flagged — dev only: held-out sentences must not be used to tune. <c>--write-examples</c> writes the dev rows as the
/// detector's examples file and exits.
/// </summary>
internal static class CorpusBenchmark
{
    private static readonly HashSet<string> _documentKinds = new(StringComparer.Ordinal) { "requiredText", "length", "audience", "claimTraceability", "llmJudge" };

    public static int Run(string[] args)
    {
        var root = RepositoryRoot.Find();
        var corpusPath = Option(args, "--corpus") ?? Path.Combine(root, "tests", "corpora", "review", "sentences.tsv");
        var policiesPath = Option(args, "--policies") ?? Path.Combine(root, "examples", "policies");
        var onlySplit = Option(args, "--split");
        var folds = int.Parse(Option(args, "--folds") ?? "5", System.Globalization.CultureInfo.InvariantCulture);
        var corpus = LabelledSentence.Load(corpusPath);
        if (Option(args, "--write-examples") is { } examplesPath)
        {
            ExamplesExport.Write(examplesPath, corpus);
            Console.WriteLine($"wrote the dev rows to {examplesPath}");
            return 0;
        }

        var loaded = new YamlPolicySource().LoadPolicies(policiesPath);
        if (loaded.Errors.Count > 0)
        {
            Console.Error.WriteLine(string.Join("\n", loaded.Errors));
            return 1;
        }

        var shipped = new FileLearnedExamplesSource(loaded.Origins!);
        foreach (var policy in loaded.Items)
        {
            if (new Core.Review.Compilation.PolicyCompiler(new ReviewOptions { LearnedExamples = shipped }).Compile(policy).Errors is { Count: > 0 } errors)
            {
                Console.Error.WriteLine(string.Join("\n", errors.Select(e => $"{e.Policy}/{e.RuleId}: {e.Message}")));
                return 1;
            }
        }

        var context = new ReviewContext
        {
            Format = "web-page",
            ChannelType = "web",
            AudienceRole = "public",
            ProductType = "otc",
            AssetType = "advertisement",
            Now = DateTimeOffset.UnixEpoch,
        };
        var reviewer = new ContentReviewer();
        var detector = loaded.Items.FirstOrDefault(p => p.Spec.LearnedDetector is not null);
        var unthresholded = LearnedCandidates.Unthresholded(loaded.Items);
        foreach (var split in new[] { "dev", "heldout" }.Where(s => onlySplit is null || s == onlySplit))
        {
            var sentences = corpus.Where(s => s.Split == split).ToList();
            var rulesOnly = sentences.Select(s => new SentenceResult(s, Flagged(reviewer, context, loaded.Items, s.Text))).ToList();
            if (detector is null)
            {
                CorpusReport.Write(Console.Out, split, rulesOnly, null, showMisses: args.Contains("--misses") && split == "dev");
                continue;
            }

            var (candidates, alone) = split == "dev"
                ? LearnedCandidates.OutOfFold(sentences, unthresholded, context, folds)
                : (LearnedCandidates.Shipped(sentences, unthresholded, context, Shipped(shipped, detector)), null);
            var minConfidence = detector.Spec.LearnedDetector!.MinConfidence;
            var withLearned = new LearnedComparison(rulesOnly, candidates, minConfidence,
                split == "dev" ? $"{folds}-fold cross-validated, grouped by source" : "trained on the shipped dev examples");
            CorpusReport.Write(Console.Out, split, rulesOnly, withLearned, showMisses: args.Contains("--misses") && split == "dev");
            if (alone is not null)
            {
                CorpusReport.WriteThresholds(Console.Out, rulesOnly, candidates, alone);
            }
        }

        return 0;
    }

    private static InMemoryExamples Shipped(FileLearnedExamplesSource source, SopPolicy policy) =>
        source.Read(policy) is { Content: { } content } file ? new InMemoryExamples(file.Path, content) : throw new FileNotFoundException("learned detector examples not found");

    private static IReadOnlyList<Finding> Flagged(ContentReviewer reviewer, ReviewContext context, IReadOnlyList<SopPolicy> policies, string text)
    {
        var verdict = reviewer.Review(new Rendition { Channel = "corpus", Format = context.Format, Body = text }, context, policies);
        return [.. verdict.Findings.Where(f => !_documentKinds.Contains(f.Kind))];
    }

    private static string? Option(string[] args, string name) => Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}

/// <summary>A corpus sentence with the sentence-level findings of its review.</summary>
internal sealed record SentenceResult(LabelledSentence Sentence, IReadOnlyList<Finding> Findings)
{
    public IReadOnlySet<string> RuleIds { get; } = Findings.Select(f => f.RuleId).ToHashSet(StringComparer.Ordinal);

    /// <summary>A violating sentence is caught when a finding names one of its labels.</summary>
    public bool Caught => Sentence.Labels.Any(RuleIds.Contains);
}

/// <summary>The rules' results with the learned suggestions at or above a threshold added.</summary>
internal sealed record LearnedComparison(IReadOnlyList<SentenceResult> Combined, double MinConfidence, string How)
{
    public LearnedComparison(IReadOnlyList<SentenceResult> rulesOnly, IReadOnlyDictionary<string, IReadOnlyList<Finding>> candidates, double minConfidence, string how)
        : this(Combine(rulesOnly, candidates, minConfidence), minConfidence, how)
    {
    }

    public static IReadOnlyList<SentenceResult> Combine(IReadOnlyList<SentenceResult> rulesOnly, IReadOnlyDictionary<string, IReadOnlyList<Finding>> candidates, double minConfidence) =>
        [.. rulesOnly.Select(r => new SentenceResult(r.Sentence, [.. r.Findings, .. candidates[r.Sentence.Id].Where(f => f.Confidence >= minConfidence)]))];
}
