using ContentOps.Core.Api;
using ContentOps.Operator.Reconcilers.ContentPieces.Withdrawal;

namespace ContentOps.Operator.Reconcilers.ContentPieces;

/// <summary>Past expireAt a piece must come down (the publish step withdraws it); before publishAt it waits.</summary>
internal static class ScheduleStep
{
    /// <summary>
    /// Runs before the approval step: an expired piece is withdrawn even while a regenerated version waits for
    /// approval, since the version still live is the one that expired.
    /// </summary>
    public static StepOutcome Expire(PieceContext context)
    {
        // A claim that expires takes the piece down then (RetractionStep); the controller must look again at that moment.
        if (RetractedClaims.NextExpiry(context.Libraries, context.StatedClaims, context.Now) is { } claimExpiry)
        {
            context.ExpiresIn = claimExpiry - context.Now;
        }

        if (context.Piece.Spec.Schedule?.ExpireAt is not { } expireAt)
        {
            return StepOutcome.Continue;
        }

        if (expireAt <= context.Now)
        {
            context.TerminalPhase = ContentPiecePhase.Expired;
        }
        else
        {
            context.ExpiresIn = context.ExpiresIn is { } sooner && sooner < expireAt - context.Now ? sooner : expireAt - context.Now;
        }

        return StepOutcome.Continue;
    }

    public static StepOutcome Run(PieceContext context)
    {
        if (context.TerminalPhase is null && context.Piece.Spec.Schedule?.PublishAt is { } publishAt && publishAt > context.Now)
        {
            return StepOutcome.Wait(ConditionReasons.Scheduled, $"Approved; publishes at {publishAt:yyyy-MM-dd'T'HH:mmzzz}.", publishAt - context.Now);
        }

        return StepOutcome.Continue;
    }
}
