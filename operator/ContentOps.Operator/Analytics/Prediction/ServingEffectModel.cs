using ContentOps.Core.Analytics.Allocation;
using ContentOps.Core.Analytics.Prediction;
using ContentOps.Operator.Stores;

namespace ContentOps.Operator.Analytics.Prediction;

/// <summary>
/// The effect model that serves, with what it learnt from: the stored card, the predictor (the promoted LightGBM
/// model, else the segment × channel baseline over every stored send, reporting the card's version), the stored
/// sends and the declarations' features. Feeds the send planner (<see cref="SendTimes"/>) and <c>plan</c>/<c>status</c>.
/// </summary>
internal sealed record ServingEffectModel(EffectModelCard Card, IEngagementPredictor Predictor, IReadOnlyList<StoredSendOutcome> Outcomes, SendFeatureSource Features)
{
    /// <summary>The serving model of a store, or null when no training was recorded yet.</summary>
    public static async Task<ServingEffectModel?> LoadAsync(IEngagementStore events, IResourceStore resources, EffectModelRepository repository, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(repository);
        if (repository.Current() is not { } card)
        {
            return null;
        }

        var outcomes = await events.SendOutcomesAsync(cancellationToken).ConfigureAwait(false);
        var features = DeclaredSendFeatures.From(resources);
        IEngagementPredictor predictor = repository.Model(card) as IEngagementPredictor
            ?? new SegmentChannelBaseline(features.Examples(outcomes), card.Version);
        return new ServingEffectModel(card, predictor, outcomes, features);
    }

    /// <summary>The learning allocator over the stored sends, seeded (the same state gives the same plan).</summary>
    public AllocatorSendChooser SendTimes(int seed = 1) => AllocatorSendChooser.Learn(Outcomes, Features, Card.Version, Predictor, seed);
}
