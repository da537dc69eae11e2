using ContentOps.Core.Api;
using ContentOps.Core.Api.ContentPieces;

namespace ContentOps.Operator.Reconcilers.ContentPieces;

/// <summary>The one place that turns a pass's outcome into conditions, phase and "waiting for".</summary>
internal static class PieceStatusSummarizer
{
    private static readonly string[] _stages = [ConditionTypes.Generated, ConditionTypes.Reviewed, ConditionTypes.Approved, ConditionTypes.Published];

    public static ContentPieceStatus Summarize(PieceContext context, StepOutcome outcome, string? sourceRevision, IReadOnlyList<PiecePrediction>? predicted = null)
    {
        var generation = context.Piece.Metadata.Generation ?? 1;
        var conditions = new ConditionSet(context.Previous.Conditions, generation, context.Now);
        var (phase, waitingFor) = Decide(context, outcome, conditions);
        MarkUnreachedStages(conditions, outcome);
        return new ContentPieceStatus
        {
            ObservedGeneration = generation,
            Conditions = conditions.ToList(),
            SourceRevision = sourceRevision,
            Phase = phase,
            WaitingFor = waitingFor,
            SpecDigest = context.SpecDigest ?? context.Previous.SpecDigest,
            ContentDigest = context.ContentDigest ?? context.Previous.ContentDigest,
            Renditions = context.RenditionRefs.Count > 0 ? context.RenditionRefs : context.Previous.Renditions,
            Review = context.Review ?? context.Previous.Review,
            Approvals = context.ApprovalSummary ?? context.Previous.Approvals,
            Publications = context.Publications is null ? context.Previous.Publications : context.Publications.Count > 0 ? context.Publications : null,
            Claims = context.StatedClaims.Count > 0 ? context.StatedClaims : context.Previous.Claims,
            Attempts = context.Regenerated ? context.Attempts : context.Previous.Attempts,
            Tokens = context.Regenerated ? context.Tokens : context.Previous.Tokens,
            PredictedEngagement = predicted is { Count: > 0 } ? predicted : null,
        };
    }

    private static (string Phase, string? WaitingFor) Decide(PieceContext context, StepOutcome outcome, ConditionSet conditions)
    {
        if (outcome.Kind == StepKind.Stall)
        {
            conditions.Set(ConditionTypes.Ready, false, outcome.Reason, outcome.Message);
            conditions.Set(ConditionTypes.Stalled, true, outcome.Reason, outcome.Message);
            return (ContentPiecePhase.Failed, "a spec change: " + outcome.Message);
        }

        if (outcome.Kind == StepKind.Fail)
        {
            conditions.Set(ConditionTypes.Ready, false, outcome.Reason, outcome.Message);
            conditions.Set(ConditionTypes.Reconciling, true, outcome.Reason, "Retrying with backoff: " + outcome.Message);
            if (outcome.Reason == ConditionReasons.GenerationFailed)
            {
                conditions.Set(ConditionTypes.Generated, false, outcome.Reason, outcome.Message);
            }

            return (ContentPiecePhase.Failed, "retry: " + outcome.Message);
        }

        if (outcome.Reason == ConditionReasons.ClaimWithdrawn)
        {
            conditions.Set(ConditionTypes.Published, false, ConditionReasons.ClaimWithdrawn, outcome.Message);
            conditions.Set(ConditionTypes.Ready, false, ConditionReasons.ClaimWithdrawn, outcome.Message);
            return (ContentPiecePhase.Withdrawn, "a spec change: " + outcome.Message);
        }

        conditions.Set(ConditionTypes.Generated, true, ConditionReasons.Succeeded, $"Generated {context.RenditionRefs.Count} rendition(s); content digest {context.ContentDigest}.");
        if (outcome.Reason == ConditionReasons.BlockingFindings)
        {
            conditions.Set(ConditionTypes.Reviewed, false, outcome.Reason, outcome.Message);
            conditions.Set(ConditionTypes.Ready, false, outcome.Reason, outcome.Message);
            // Decided from the records (withdrawn ones included), not from "was live before this pass", so the
            // reason stays the same on every later pass.
            var wasPublished = (context.Publications ?? context.Previous.Publications) is { Count: > 0 };
            conditions.Set(ConditionTypes.Published, false, wasPublished ? ConditionReasons.Withdrawn : ConditionReasons.BlockingFindings,
                wasPublished ? "Withdrawn: the content has blocking findings." : "Not published: the content has blocking findings.");
            return (ContentPiecePhase.ReviewFailed, "a fix of the blocking findings");
        }

        var review = context.Review;
        conditions.Set(ConditionTypes.Reviewed, true, ConditionReasons.Succeeded, $"No blocking findings; {review?.Warnings ?? 0} warning(s).");
        SetApproved(context, conditions);
        if (outcome.Reason == ConditionReasons.MissingApproval)
        {
            conditions.Set(ConditionTypes.Ready, false, outcome.Reason, outcome.Message);
            if (context.Previous.Publications?.FirstOrDefault(p => p.WithdrawnAt is null) is { } stillLive)
            {
                conditions.Set(ConditionTypes.Published, true, ConditionReasons.Succeeded,
                    $"The approved content {stillLive.ContentDigest} stays live until the new content is approved.");
            }
            else
            {
                conditions.Set(ConditionTypes.Published, false, outcome.Reason, "Not published: waiting for approval.");
            }

            return (ContentPiecePhase.AwaitingApproval, "approval: " + string.Join(", ", context.ApprovalSummary?.Missing ?? []));
        }

        if (outcome.Reason == ConditionReasons.Scheduled)
        {
            conditions.Set(ConditionTypes.Published, false, ConditionReasons.Scheduled, outcome.Message);
            conditions.Set(ConditionTypes.Ready, false, ConditionReasons.Scheduled, outcome.Message);
            return (ContentPiecePhase.Scheduled, $"publishAt {context.Piece.Spec.Schedule?.PublishAt:yyyy-MM-dd'T'HH:mmzzz}");
        }

        if (context.TerminalPhase == ContentPiecePhase.Expired)
        {
            const string message = "Expired and withdrawn from every channel.";
            conditions.Set(ConditionTypes.Published, false, ConditionReasons.Expired, message);
            conditions.Set(ConditionTypes.Ready, true, ConditionReasons.Expired, message);
            return (ContentPiecePhase.Expired, null);
        }

        var live = $"Live on {string.Join(", ", context.RenditionRefs.Select(r => r.Channel).Distinct())}.";
        conditions.Set(ConditionTypes.Published, true, ConditionReasons.Succeeded, live);
        conditions.Set(ConditionTypes.Ready, true, ConditionReasons.Succeeded, live);
        return (ContentPiecePhase.Published, null);
    }

    /// <summary>
    /// Every stage condition is present on every pass (API conventions: set on first visit, Unknown when not
    /// known), so a reader never mistakes a missing Published for "not applicable".
    /// </summary>
    private static void MarkUnreachedStages(ConditionSet conditions, StepOutcome outcome)
    {
        foreach (var type in _stages.Where(t => conditions.StatusOf(t) is null))
        {
            var reason = outcome.Reason.Length > 0 ? outcome.Reason : ConditionReasons.Progressing;
            conditions.Set(type, ConditionStatus.Unknown, reason, outcome.Message.Length > 0 ? "Not reached: " + outcome.Message : "Not reached yet.");
        }
    }

    private static void SetApproved(PieceContext context, ConditionSet conditions)
    {
        var summary = context.ApprovalSummary;
        if (context.RequiredRoles.Count == 0)
        {
            conditions.Set(ConditionTypes.Approved, true, ConditionReasons.NotRequired, "No selecting policy requires approval.");
        }
        else if (summary?.Missing is { Count: > 0 } missing)
        {
            conditions.Set(ConditionTypes.Approved, false, ConditionReasons.MissingApproval, $"Missing approval by {string.Join(", ", missing)} for {context.ContentDigest}.");
        }
        else
        {
            conditions.Set(ConditionTypes.Approved, true, ConditionReasons.Succeeded, $"Approved by {string.Join(", ", context.RequiredRoles)} for {context.ContentDigest}.");
        }
    }
}
