using ContentOps.Core.Distribution.Planning;
using ContentOps.Core.Distribution.Recommendation;
using ContentOps.Operator.Reconcilers;
using ContentOps.Operator.Sending;
using ContentOps.Operator.Stores;

namespace ContentOps.Operator.Http;

/// <summary>
/// Suggestions over applied state: the published pieces of a resource store (a run's state, the cluster's caches), the
/// ledger's sends (caps, recent contacts) and the suppression list, ranked by the next-best-action engine.
/// </summary>
internal sealed class StoreSuggestions(
    IResourceStore store, Func<ISendLedger?> ledger, ISecretResolver secrets, string declarationsRoot, ISuggestionFeedbackStore feedback, TimeProvider time,
    IEngagementScorer? scorer = null, Analytics.Prediction.EffectModelRuntime? effect = null) : IRepSuggestionSource
{
    public ISuggestionFeedbackStore Feedback => feedback;

    public async Task<RepSuggestions?> ForRepAsync(string rep, TextWriter error, CancellationToken cancellationToken)
    {
        if (ledger() is not { } sends)
        {
            await error.WriteLineAsync("this replica does not hold the send ledger now; retry (the leader answers)");
            return null;
        }

        var sendTimes = effect is null ? null : await effect.SendTimesAsync(cancellationToken).ConfigureAwait(false);
        var ranking = scorer ?? (effect is null ? new RuleBasedEngagementScorer() : await effect.ScorerAsync(cancellationToken).ConfigureAwait(false));
        var (input, _) = await StorePlanInput.BuildAsync(store, StorePlanInput.Published(store), sends, secrets, declarationsRoot, time.GetUtcNow(), cancellationToken, sendTimes)
            .ConfigureAwait(false);
        var plan = SendPlanner.Plan(input);
        var given = await feedback.ListAsync(cancellationToken).ConfigureAwait(false);
        return new NextBestActionEngine(ranking).ForRep(rep, input, plan, given);
    }
}
