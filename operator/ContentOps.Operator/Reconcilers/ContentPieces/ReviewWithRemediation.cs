using ContentOps.Core.Api;

namespace ContentOps.Operator.Reconcilers.ContentPieces;

/// <summary>
/// Reviews, and while fresh content has blocking findings and attempts remain (generation.maxAttempts), remediates
/// and reviews again. One loop for the reconciler (which audits every attempt) and for plan's simulator (which
/// reports them), so a plan predicts what a run will do: a plan that skipped it said "blocked" for content the run
/// auto-fixed and published.
/// </summary>
internal sealed class ReviewWithRemediation(ReviewStep review, RemediateStep remediate)
{
    /// <param name="remediated">Called after each remediation, before the next review, with what was changed.</param>
    public async Task<StepOutcome> RunAsync(PieceContext context, Func<string, Task> remediated, CancellationToken cancellationToken)
    {
        var outcome = await review.RunAsync(context, cancellationToken);
        var maxAttempts = context.Piece.Spec.Generation?.MaxAttempts ?? 3;
        while (outcome.Reason == ConditionReasons.BlockingFindings && context.Regenerated && context.Attempts < maxAttempts)
        {
            var changed = await remediate.RunAsync(context, cancellationToken);
            if (changed is null)
            {
                break;
            }

            await remediated($"Attempt {context.Attempts}: {changed}.");
            outcome = await review.RunAsync(context, cancellationToken);
        }

        return outcome;
    }
}
