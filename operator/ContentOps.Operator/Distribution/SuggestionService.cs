using ContentOps.Core.Distribution;
using ContentOps.Core.Distribution.Planning;
using ContentOps.Core.Distribution.Recommendation;

namespace ContentOps.Operator.Distribution;

/// <summary>
/// Suggestions for a rep over the current declarations and feedback: plans the sends (for the hard filters) and
/// ranks. Used by <c>contentops nba</c> and the HTTP API; the scorer is replaceable (analytics' model).
/// </summary>
internal sealed class SuggestionService(string declarationsPath, ISendHistory? history, ISuggestionFeedbackStore feedback, TimeProvider time, IEngagementScorer? scorer = null)
{
    public ISuggestionFeedbackStore Feedback => feedback;

    /// <summary>The rep's suggestions, or null with the reason written to <paramref name="error"/>.</summary>
    public async Task<RepSuggestions?> ForRepAsync(string rep, DateTimeOffset? now, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var at = now ?? time.GetUtcNow();
        var workspace = await DistributionWorkspace.LoadAsync(declarationsPath, at, history, output, error, cancellationToken);
        if (workspace is null)
        {
            return null;
        }
        var plan = SendPlanner.Plan(workspace.Input);
        var given = await feedback.ListAsync(cancellationToken);
        return new NextBestActionEngine(scorer ?? new RuleBasedEngagementScorer()).ForRep(rep, workspace.Input, plan, given);
    }
}
