using ContentOps.Core.Api;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Operator.Reconcilers.ContentPieces;

namespace ContentOps.Operator.Planning;

/// <summary>
/// Turns a piece's head simulation, compared with its previous status, into consequences: generate, re-review (with
/// the full verdict), approval, publish or withdraw. The phase comes from the reconciler's own summariser.
/// </summary>
internal sealed class PiecePlanner(DeclarationLocator head, ChangeReasons reasons)
{
    /// <summary>The plan of a declared piece, its reasons (with their sources) and whether anything would happen at all.</summary>
    public (PiecePlan Plan, IReadOnlyList<SourcedNote> Reasons, bool Changes) Plan(
        SimulatedPiece? before, SimulatedPiece after, ContentPieceStatus? previous, IReadOnlyList<FieldChange> pieceChanges)
    {
        var context = after.Context;
        var phase = PieceStatusSummarizer.Summarize(context, after.Outcome, null).Phase;
        if (after.Outcome.Reason == ConditionReasons.ClaimWithdrawn)
        {
            var claims = string.Join(", ", context.RetractedClaims.Select(id => $"{id} {context.Retracted.GetValueOrDefault(id, "withdrawn")}"));
            var liveNow = LiveChannels(previous);
            var retraction = new PiecePlan
            {
                Publish = $"withdrawn: states claim {claims}; not generated again until its spec changes",
                WithdrawFrom = liveNow,
                WithdrawReason = $"claim {claims}",
            };
            return (retraction, [], pieceChanges.Count > 0 || phase != previous?.Phase || liveNow.Count > 0);
        }

        if (!after.Generated)
        {
            var stalled = new PiecePlan { Stalled = after.Outcome.Message, Publish = "stopped: " + after.Outcome.Message };
            return (stalled, [], pieceChanges.Count > 0 || phase != previous?.Phase);
        }

        var generateReasons = context.Regenerated ? reasons.ForGeneration(before?.Context, context, pieceChanges) : [];
        var reReview = after.Reviewed && !context.Regenerated;
        var reviewReasons = reReview ? reasons.ForReview(before?.Context, context) : [];
        var live = LiveChannels(previous);
        var plan = new PiecePlan
        {
            Generate = !context.Regenerated ? null : previous?.ContentDigest is null ? "generate" : "regenerate",
            GenerateReasons = context.Regenerated && generateReasons.Count == 0 && previous?.ContentDigest is not null
                ? [new PlanNote("generator, model or dependency settings changed (spec digest differs)")]
                : [.. generateReasons.Select(r => r.Note)],
            Recalled = [.. context.Recall.Select(c => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{c.ClaimId} (score {c.Score:0.0000}; {c.Why}): {c.Text}"))],
            ReReview = reReview,
            ReviewReasons = reviewReasons.Count == 0 && reReview ? [new PlanNote("not reviewed against the current policies before")] : [.. reviewReasons.Select(r => r.Note)],
            Remediations = after.Remediations,
            Variants = context.Regenerated
                ? [.. context.Renditions.Where(r => r.Outline is not null).Select(r => $"{(r.Segment is null ? r.Channel : $"{r.Channel}/{r.Segment}")}: {r.Outline}")]
                : [],
            Review = Review(after),
            Approval = Approval(context, previous),
        };
        plan = WithPublication(plan, after, phase, previous, live);
        var alreadyLive = phase == ContentPiecePhase.Published && previous?.Phase == ContentPiecePhase.Published && previous.ContentDigest == context.ContentDigest;
        var changes = pieceChanges.Count > 0 || plan.Generate is not null || reReview || phase != previous?.Phase || plan.WithdrawFrom.Count > 0;
        return (alreadyLive ? plan with { PublishTo = [], Publish = "already live" } : plan, [.. generateReasons, .. reviewReasons], changes);
    }

    /// <summary>Channels a piece is live on; for a Git base these are the channels the base would have published to.</summary>
    public static IReadOnlyList<string> LiveChannels(ContentPieceStatus? status) =>
        [.. (status?.Publications ?? []).Where(p => p.WithdrawnAt is null).Select(p => p.Channel.Split('/')[0]).Distinct().Order(StringComparer.Ordinal)];

    private static PiecePlan WithPublication(PiecePlan plan, SimulatedPiece after, string? phase, ContentPieceStatus? previous, IReadOnlyList<string> live)
    {
        var context = after.Context;
        var channels = context.Piece.Spec.Channels.ToList();
        var replaces = live.Count > 0 && previous?.ContentDigest != context.ContentDigest ? "; replaces the live content" : "";
        return phase switch
        {
            ContentPiecePhase.Published => plan with { Publish = $"publish to {string.Join(", ", channels)}{replaces}", PublishTo = channels },
            ContentPiecePhase.Scheduled => plan with
            {
                Publish = $"scheduled: publishes to {string.Join(", ", channels)} at {context.Piece.Spec.Schedule?.PublishAt:yyyy-MM-dd HH:mm zzz}{replaces}",
                PublishTo = channels,
            },
            ContentPiecePhase.ReviewFailed => plan with
            {
                Publish = $"blocked by {context.Review!.Blocking} blocking finding{(context.Review.Blocking == 1 ? "" : "s")}",
                WithdrawFrom = live,
                WithdrawReason = live.Count > 0 ? "no longer compliant" : null,
            },
            ContentPiecePhase.AwaitingApproval => plan with { Publish = $"awaiting approval by {string.Join(", ", context.ApprovalSummary?.Missing ?? [])}" },
            ContentPiecePhase.Expired => plan with
            {
                Publish = $"expired at {context.Piece.Spec.Schedule?.ExpireAt:yyyy-MM-dd HH:mm zzz}",
                WithdrawFrom = live,
                WithdrawReason = live.Count > 0 ? $"expired {context.Piece.Spec.Schedule?.ExpireAt:yyyy-MM-dd}" : null,
            },
            _ => plan with { Publish = after.Outcome.Message, Stalled = after.Outcome.Message },
        };
    }

    private ReviewPlan Review(SimulatedPiece after)
    {
        var context = after.Context;
        var findings = after.Verdicts.SelectMany(v => v.Findings).Select(f => new FindingPlan
        {
            Severity = f.Severity,
            Rule = $"{f.Policy}/{f.RuleId}",
            Message = f.Message,
            Match = f.Match,
            Rendition = f.Segment is null ? f.Channel ?? "" : $"{f.Channel}/{f.Segment}",
            Line = f.Line,
            Column = f.Column,
            RuleLocation = RuleLocation(context, f.Policy, f.RuleId),
        });
        return new ReviewPlan(context.Review?.Blocking ?? 0, context.Review?.Warnings ?? 0,
            [.. findings.OrderBy(f => f.Severity == "block" ? 0 : 1).ThenBy(f => f.Rendition, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Column)]);
    }

    private string? RuleLocation(PieceContext context, string policyName, string ruleId)
    {
        var policy = context.Policies.FirstOrDefault(p => p.Metadata.Name == policyName);
        var index = policy?.Spec.Rules.ToList().FindIndex(r => r.Id == ruleId) ?? -1;
        return policy is null ? null : head.Locate(policy.Key, index < 0 ? "spec.rules" : $"spec.rules[{index}]");
    }

    private static string? Approval(PieceContext context, ContentPieceStatus? previous)
    {
        if (context.RequiredRoles.Count == 0)
        {
            return null;
        }

        var missing = context.ApprovalSummary?.Missing ?? context.RequiredRoles;
        var roles = string.Join(", ", missing);
        var digestChanges = previous?.ContentDigest is not null && previous.ContentDigest != context.ContentDigest;
        return (missing.Count, digestChanges, previous?.ContentDigest) switch
        {
            (0, false, _) => $"approvals still valid ({string.Join(", ", context.RequiredRoles)})",
            (0, true, _) => $"approved by {string.Join(", ", context.RequiredRoles)} for the new content digest",
            (_, true, _) => $"{roles} needed again (content digest will change)",
            (_, false, null) => $"{roles} needed (new content)",
            _ => $"still waiting for {roles}",
        };
    }
}
