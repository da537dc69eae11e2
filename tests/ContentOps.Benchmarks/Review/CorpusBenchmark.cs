using ContentOps.Core.Generation;
using ContentOps.Core.Review;
using ContentOps.Operator.Cli.Review;

namespace ContentOps.Benchmarks.Review;

/// <summary>
/// <c>review-corpus [--corpus FILE] [--policies PATH] [--split dev|heldout] [--misses]</c>: reviews every sentence of the
/// labelled corpus (tests/corpora/review/sentences.tsv) with examples/policies as a public OTC advertisement — how
/// regulators judge the copy — and reports, per split, precision and recall per rule id, overall recall over violating
/// sentences (a sentence counts when a finding carries one of its labels) and the false-positive rate over compliant
/// ones (any sentence-level finding). Statement rules (requiredText, length, audience, claimTraceability, llmJudge) judge
/// whole documents, not sentences, and are left out. <c>--misses</c> lists what was missed or wrongly flagged — use it on
/// dev only: held-out sentences must not be used to tune rules.
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
        var showMisses = args.Contains("--misses");

        var loaded = new YamlPolicySource().LoadPolicies(policiesPath);
        if (loaded.Errors.Count > 0)
        {
            Console.Error.WriteLine(string.Join("\n", loaded.Errors));
            return 1;
        }

        foreach (var policy in loaded.Items)
        {
            if (new Core.Review.Compilation.PolicyCompiler().Compile(policy).Errors is { Count: > 0 } errors)
            {
                Console.Error.WriteLine(string.Join("\n", errors.Select(e => $"{e.Policy}/{e.RuleId}: {e.Message}")));
                return 1;
            }
        }

        var corpus = LabelledSentence.Load(corpusPath);
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
        foreach (var split in new[] { "dev", "heldout" }.Where(s => onlySplit is null || s == onlySplit))
        {
            var results = corpus.Where(s => s.Split == split)
                .Select(s => new SentenceResult(s, Flagged(reviewer, context, loaded.Items, s.Text)))
                .ToList();
            CorpusReport.Write(Console.Out, split, results, showMisses && split == "dev");
        }

        return 0;
    }

    private static IReadOnlyList<Finding> Flagged(ContentReviewer reviewer, ReviewContext context, IReadOnlyList<Core.Api.Policies.SopPolicy> policies, string text)
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
