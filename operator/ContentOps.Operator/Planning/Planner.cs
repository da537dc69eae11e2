using ContentOps.Core.Api;
using ContentOps.Core.Api.Claims;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Core.Review;
using ContentOps.Operator.Reconcilers.ContentPieces;

namespace ContentOps.Operator.Planning;

/// <summary>
/// Computes what applying the head declarations over a base would do. The base pieces are simulated first (or
/// taken from the applied state), then head is simulated starting from those statuses, exactly as the next run
/// would start from them. Nothing is written anywhere: stores and artifacts are in memory.
/// </summary>
internal sealed class Planner(TimeProvider time, ChatClientProvider? chatClients = null, Core.Review.Learned.ILearnedExamplesSource? learned = null)
{
    private readonly ContentReviewer _reviewer = new(new ReviewOptions { LearnedExamples = learned });

    public async Task<PlanReport> PlanAsync(PlanSide before, PlanSide after, CancellationToken cancellationToken)
    {
        var simulator = new PipelineSimulator(_reviewer, chatClients ?? new ChatClientProvider(), time);
        var artifacts = new InMemoryArtifactStore(before.Artifacts);
        var baseRun = await simulator.RunAsync(before.Resources, before.Statuses, artifacts, cancellationToken);

        // A Git base was never applied here: what it would have reached stands in for its status.
        var previous = before.IsAppliedState ? before.Statuses : AsStatuses(baseRun);
        var headRun = await simulator.RunAsync(after.Resources, previous, artifacts, cancellationToken);

        var pieces = new PiecePlanner(after.Locator, new ChangeReasons(after.Locator));
        var oldByKey = before.Resources.ToDictionary(r => r.Key);
        var newByKey = after.Resources.ToDictionary(r => r.Key);
        var piecePlans = new Dictionary<ResourceKey, (PiecePlan Plan, bool Changes)>();
        var affected = new Dictionary<ResourceKey, SortedSet<string>>();
        foreach (var (key, simulated) in headRun)
        {
            var changes = FieldChanges(oldByKey.GetValueOrDefault(key), simulated.Piece);
            var (plan, reasons, changed) = pieces.Plan(baseRun.GetValueOrDefault(key), simulated, previous.GetValueOrDefault(key), changes);
            piecePlans[key] = (plan, changed || !oldByKey.ContainsKey(key));
            foreach (var source in reasons.Select(r => r.Source).Where(s => s != key))
            {
                (affected.TryGetValue(source, out var set) ? set : affected[source] = new SortedSet<string>(StringComparer.Ordinal)).Add($"{key.Namespace}/{key.Name}");
            }
        }

        var resources = new List<ResourcePlan>();
        var unchanged = 0;
        foreach (var kind in ResourceKinds.All.Select(Resource.KindOf))
        {
            var keys = oldByKey.Keys.Union(newByKey.Keys).Where(k => k.Kind == kind)
                .OrderBy(k => k.Namespace, StringComparer.Ordinal).ThenBy(k => k.Name, StringComparer.Ordinal);
            foreach (var key in keys)
            {
                var plan = PlanOne(key, oldByKey.GetValueOrDefault(key), newByKey.GetValueOrDefault(key), before, after, previous, piecePlans, affected);
                if (plan is null)
                {
                    unchanged++;
                }
                else
                {
                    resources.Add(plan);
                }
            }
        }

        return new PlanReport { Base = before.Description, Head = after.Description, Resources = resources, Unchanged = unchanged };
    }

    private static ResourcePlan? PlanOne(
        ResourceKey key, Resource? old, Resource? current, PlanSide before, PlanSide after,
        IReadOnlyDictionary<ResourceKey, ContentPieceStatus> previous,
        Dictionary<ResourceKey, (PiecePlan Plan, bool Changes)> piecePlans,
        Dictionary<ResourceKey, SortedSet<string>> affected)
    {
        var changes = FieldChanges(old, current);
        var piece = piecePlans.GetValueOrDefault(key);
        if (current is null && old is ContentPiece)
        {
            piece = (Deleted(old!, previous.GetValueOrDefault(key), before.IsAppliedState), true);
        }

        if (old is not null && current is not null && changes.Count == 0 && piece.Plan is null
            || piece.Plan is not null && !piece.Changes)
        {
            return null;
        }

        var locator = current is null ? before.Locator : after.Locator;
        return new ResourcePlan
        {
            Action = old is null ? "+" : current is null ? "-" : "~",
            Kind = key.Kind,
            Namespace = key.Namespace,
            Name = key.Name,
            Location = locator.Locate(key),
            Changes = old is null || current is null ? [] : [.. changes.Select(c => new PlanNote(c.Text, after.Locator.Locate(key, c.MapPath)))],
            Affects = [.. affected.GetValueOrDefault(key) ?? []],
            WhereUsed = old is ClaimLibrary was && current is ClaimLibrary now
                ? ClaimWhereUsed.Of(was, now, [.. after.Resources.OfType<ContentPiece>().UnionBy(before.Resources.OfType<ContentPiece>(), p => p.Key)], previous, after.Locator)
                : [],
            Piece = piece.Plan,
        };
    }

    /// <summary>A deleted piece is withdrawn from every channel it is live on (the finalizer runs before it goes).</summary>
    private static PiecePlan Deleted(Resource old, ContentPieceStatus? status, bool applied)
    {
        // From Git alone it is unknown what is live, so the declared channels are named; the finalizer withdraws whatever is there.
        var channels = applied ? PiecePlanner.LiveChannels(status) : ((ContentPiece)old).Spec.Channels;
        return new PiecePlan
        {
            WithdrawFrom = channels,
            WithdrawReason = "deleted",
        };
    }

    private static IReadOnlyList<FieldChange> FieldChanges(Resource? old, Resource? current) =>
        old is null || current is null
            ? []
            : [.. FieldDiff.Compare(old.Metadata.Labels, current.Metadata.Labels, "metadata.labels"), .. FieldDiff.Compare(Spec(old), Spec(current), "spec")];

    private static object? Spec(Resource resource) => resource.GetType().GetProperty("Spec")?.GetValue(resource);

    private static Dictionary<ResourceKey, ContentPieceStatus> AsStatuses(IReadOnlyDictionary<ResourceKey, SimulatedPiece> run) =>
        run.ToDictionary(p => p.Key, p => BaseStatus(p.Value));

    private static ContentPieceStatus BaseStatus(SimulatedPiece piece)
    {
        var status = PieceStatusSummarizer.Summarize(piece.Context, piece.Outcome, null);
        if (status.Phase != ContentPiecePhase.Published)
        {
            return status;
        }

        // What the base would have published, so head can tell what a change takes down or replaces.
        return new ContentPieceStatus
        {
            Phase = status.Phase,
            SpecDigest = status.SpecDigest,
            ContentDigest = status.ContentDigest,
            Renditions = status.Renditions,
            Review = status.Review,
            Approvals = status.Approvals,
            Conditions = status.Conditions,
            Publications = [.. piece.Context.RenditionRefs.Select(r => new PublicationRecord
            {
                Channel = r.Segment is null ? r.Channel : $"{r.Channel}/{r.Segment}",
                ContentDigest = status.ContentDigest ?? "",
            })],
        };
    }
}
