using ContentOps.Core.Api;

namespace ContentOps.Operator.Reconcilers.ContentPieces;

/// <summary>Holds a piece until publishAt; past expireAt it must come down (the publish step withdraws it).</summary>
internal static class ScheduleStep
{
    public static StepOutcome Run(PieceContext context)
    {
        var schedule = context.Piece.Spec.Schedule;
        if (schedule?.ExpireAt is { } expireAt && expireAt <= context.Now)
        {
            context.TerminalPhase = ContentPiecePhase.Expired;
            return StepOutcome.Continue;
        }

        if (schedule?.PublishAt is { } publishAt && publishAt > context.Now)
        {
            return StepOutcome.Wait(ConditionReasons.Scheduled, $"Approved; publishes at {publishAt:yyyy-MM-dd'T'HH:mmzzz}.", publishAt - context.Now);
        }

        return StepOutcome.Continue;
    }
}
