using ContentOps.Core.Api;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Core.Review;
using ContentOps.Operator.Observability;
using ContentOps.Operator.Reconcilers;
using ContentOps.Operator.Reconcilers.ContentPieces;
using ContentOps.Operator.Reconcilers.ContentPieces.Withdrawal;
using ContentOps.Operator.Stores;

namespace ContentOps.Operator.Planning;

/// <summary>
/// Runs the real, pure part of the ContentPiece pipeline (resolve, generate, review, approval, schedule) in memory.
/// Publishing is never run: it is the one step with effects outside the process, and the plan only describes it.
/// </summary>
internal sealed class PipelineSimulator(ContentReviewer reviewer, ChatClientProvider chatClients, TimeProvider time)
{
    /// <summary>Simulates every piece of <paramref name="resources"/>, each starting from its previous status.</summary>
    public async Task<IReadOnlyDictionary<ResourceKey, SimulatedPiece>> RunAsync(
        IReadOnlyList<Resource> resources,
        IReadOnlyDictionary<ResourceKey, ContentPieceStatus> previous,
        IArtifactStore artifacts,
        CancellationToken cancellationToken)
    {
        var store = new InMemoryResourceStore(resources);
        var index = new DeclaredIndex(store);
        index.Refresh();

        // Fresh steps per run: ReviewStep caches policy digests by uid and generation, which differ between base and head.
        var metrics = new ContentOpsMetrics();
        var resolve = new ResolveStep(store, index);
        var generate = new GenerateStep(artifacts, chatClients, metrics);
        var review = new ReviewWithRemediation(new ReviewStep(artifacts, reviewer, metrics), new RemediateStep(generate, metrics));
        var results = new Dictionary<ResourceKey, SimulatedPiece>();
        foreach (var piece in store.List("ContentPiece").OfType<ContentPiece>())
        {
            var withStatus = new ContentPiece { Metadata = piece.Metadata, Spec = piece.Spec, Status = previous.GetValueOrDefault(piece.Key) };
            var context = new PieceContext(withStatus, time.GetUtcNow());
            results[piece.Key] = await RunPieceAsync(context, resolve, generate, review, cancellationToken);
        }

        return results;
    }

    private async Task<SimulatedPiece> RunPieceAsync(
        PieceContext context, ResolveStep resolve, GenerateStep generate, ReviewWithRemediation review, CancellationToken cancellationToken)
    {
        var outcome = resolve.Run(context);
        if (outcome.Kind != StepKind.Continue)
        {
            return new SimulatedPiece(context, outcome, []);
        }

        // A retracted claim takes the piece down before anything is generated, as in a run.
        outcome = RetractionStep.BeforeGeneration(context);
        if (outcome.Kind != StepKind.Continue)
        {
            return new SimulatedPiece(context, outcome, []);
        }

        outcome = await generate.RunAsync(context, cancellationToken);
        if (outcome.Kind == StepKind.Continue)
        {
            outcome = RetractionStep.AfterGeneration(context);
        }

        if (outcome.Kind != StepKind.Continue)
        {
            return new SimulatedPiece(context, outcome, []);
        }

        // As in a run: blocking findings on fresh content are remediated (auto-fixed) and reviewed again. Each
        // attempt is reported with the blocking findings it answered (the verdicts of the review before it).
        var remediations = new List<string>();
        outcome = await review.RunAsync(context, note =>
        {
            remediations.Add(note + Fixed(context.Verdicts));
            return Task.CompletedTask;
        }, cancellationToken);

        // ReviewStep keeps the previous summary object when it decides not to review; a new object means it reviewed.
        var reviewed = !ReferenceEquals(context.Review, context.Previous.Review);
        var verdicts = reviewed ? FullVerdicts(context) : [];

        // Past expireAt the run takes the piece down instead of publishing it (and then asks for no approval).
        if (outcome.Kind == StepKind.Continue)
        {
            outcome = ScheduleStep.Expire(context);
        }

        // Approvals are worked out even for blocked content: a plan tells whether a fix would still need sign-off.
        var approval = ApprovalStep.Run(context);
        if (outcome.Kind == StepKind.Continue && context.TerminalPhase is null)
        {
            outcome = approval;
        }

        if (outcome.Kind == StepKind.Continue)
        {
            outcome = ScheduleStep.Run(context);
        }

        return new SimulatedPiece(context, outcome, verdicts) { Reviewed = reviewed, Remediations = remediations };
    }

    private static string Fixed(IReadOnlyList<Verdict> verdicts)
    {
        var blocking = verdicts.SelectMany(v => v.Findings).Where(f => f.IsBlocking).ToList();
        return blocking.Count == 0 ? "" : " Answered: " + string.Join("; ", blocking.Select(f =>
            $"{f.Policy}/{f.RuleId} «{f.Match}» in {(f.Segment is null ? f.Channel : $"{f.Channel}/{f.Segment}")} {f.Line}:{f.Column}")) + ".";
    }

    /// <summary>The status keeps only the first findings; a plan lists all of them, so the renditions are reviewed here too.</summary>
    private List<Verdict> FullVerdicts(PieceContext context) =>
        [.. context.Renditions.Select(rendition => reviewer.Review(
            rendition,
            ReviewContexts.For(context, context.Channels.First(c => c.Metadata.Name == rendition.Channel)),
            context.Policies))];
}
