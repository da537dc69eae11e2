using System.Collections.Concurrent;
using ContentOps.Core.Api;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Core.Api.Policies;
using ContentOps.Core.Digests;
using ContentOps.Core.Generation;
using ContentOps.Core.Review;
using ContentOps.Core.Review.Reports;
using ContentOps.Operator.Observability;
using ContentOps.Operator.Stores;

namespace ContentOps.Operator.Reconcilers.ContentPieces;

/// <summary>
/// Reviews every rendition against the selecting policies when the content or the policies changed; otherwise the
/// previous verdict stands. A blocking finding is a verdict (ReviewFailed), not an error.
/// </summary>
internal sealed class ReviewStep(IArtifactStore artifacts, ContentReviewer reviewer, ContentOpsMetrics metrics)
{
    private const int FindingsInStatus = 5;

    private readonly ConcurrentDictionary<(string Uid, long Generation), string> _policyDigests = new();

    public async Task<StepOutcome> RunAsync(PieceContext context, CancellationToken cancellationToken)
    {
        context.PolicyDigest = ContentDigest.OfParts(context.Policies.Select(PolicyDigest));
        var previous = context.Previous.Review;
        if (!context.Regenerated && previous is not null && previous.PolicyDigest == context.PolicyDigest
            && context.Previous.ContentDigest == context.ContentDigest)
        {
            context.Review = previous;
            return Verdict(context);
        }

        var renditions = context.Renditions.Count > 0 ? context.Renditions : await LoadAsync(context, cancellationToken);
        var findings = new List<Finding>();
        var verdicts = new List<Verdict>();
        foreach (var rendition in renditions)
        {
            var channel = context.Channels.First(c => c.Metadata.Name == rendition.Channel);
            var verdict = reviewer.Review(rendition, ReviewContexts.For(context, channel), context.Policies);
            verdicts.Add(verdict);
            findings.AddRange(verdict.Findings);
        }

        context.Renditions = renditions;
        context.Verdicts = verdicts;
        context.Review = new ReviewSummary
        {
            Blocking = findings.Count(f => f.Severity == "block"),
            Warnings = findings.Count(f => f.Severity != "block"),
            PolicyDigest = context.PolicyDigest,
            Findings = [.. findings.OrderBy(f => f.Severity == "block" ? 0 : 1).Take(FindingsInStatus).Select(Summarize)],
        };
        metrics.Reviews.WithLabels(context.Review.Blocking > 0 ? "blocked" : "passed").Inc();
        foreach (var finding in findings)
        {
            metrics.Findings.WithLabels(finding.RuleId, finding.Severity).Inc();
        }

        var report = ReviewReportRenderer.ToMarkdown($"{context.Namespace}/{context.Piece.Metadata.Name}", verdicts);
        await artifacts.WriteReportAsync($"reviews/{context.Namespace}/{context.Piece.Metadata.Name}.md", report, cancellationToken);
        return Verdict(context);
    }

    private static StepOutcome Verdict(PieceContext context) => context.Review!.Blocking > 0
        ? StepOutcome.Wait(ConditionReasons.BlockingFindings,
            $"{context.Review.Blocking} blocking finding(s); first: {context.Review.Findings?.FirstOrDefault()?.Rule}. Fix the brief, claims or policy.")
        : StepOutcome.Continue;

    private async Task<IReadOnlyList<Rendition>> LoadAsync(PieceContext context, CancellationToken cancellationToken)
    {
        var renditions = new List<Rendition>();
        foreach (var reference in context.RenditionRefs)
        {
            var text = await artifacts.GetAsync(reference.Digest, cancellationToken)
                ?? throw new InvalidOperationException($"Rendition {reference.Digest} is missing from the artifact store.");
            renditions.Add(RenditionParser.Parse(text, reference, context.Piece.Spec.Format));
        }

        return renditions;
    }

    // The learned detector's examples live in a file beside the policy, outside its spec: their fingerprint is part of
    // the digest, so editing only the examples reviews the pieces again (not cached: the file can change under a policy).
    private string PolicyDigest(SopPolicy policy) =>
        _policyDigests.GetOrAdd((policy.Metadata.Uid ?? policy.Key.ToString(), policy.Metadata.Generation ?? 0),
            _ => policy.Metadata.Name + "=" + ContentDigest.OfObject(policy.Spec))
        + (reviewer.ExamplesFingerprint(policy) is { } examples ? "+examples=" + examples : "");

    private static FindingSummary Summarize(Finding finding) => new()
    {
        Rule = $"{finding.Policy}/{finding.RuleId}",
        Severity = finding.Severity,
        Channel = finding.Channel,
        Message = finding.Message,
        Match = finding.Match.Length > 0 ? finding.Match : null,
    };
}
