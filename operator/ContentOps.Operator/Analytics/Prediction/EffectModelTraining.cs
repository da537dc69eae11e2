using System.Globalization;
using ContentOps.Core.Analytics.Prediction;
using ContentOps.Operator.Stores;

namespace ContentOps.Operator.Analytics.Prediction;

/// <summary>
/// Trains the effect model on a store's engagement events joined to the declarations (on demand, or when the
/// schedule says it is due) and records it in the repository. A candidate that does worse than the baseline is
/// recorded but does not replace a serving LightGBM model.
/// </summary>
internal static class EffectModelTraining
{
    /// <summary>What a training did: the card of the training (null when not due), whether it serves, and a line for people.</summary>
    public sealed record Report(EffectModelCard? Card, bool Serving, bool Changed, string Message);

    public static async Task<Report> RunAsync(
        IEngagementStore events, IResourceStore resources, EffectModelRepository repository, EffectModelSchedule schedule, DateTimeOffset now, bool force,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(schedule);
        var outcomes = await events.SendOutcomesAsync(cancellationToken).ConfigureAwait(false);
        var examples = DeclaredSendFeatures.From(resources).Examples(outcomes);
        var last = repository.LastTraining();
        var current = repository.Current();
        var c = CultureInfo.InvariantCulture;
        if (!force && !schedule.IsDue(last, examples.Count, now))
        {
            return new Report(null, false, false, last is null
                ? "Effect model: no delivered sends stored yet; nothing to train."
                : string.Create(c, $"Effect model: {current?.Version ?? last.Version} serves; retraining not due ({examples.Count - last.Sends} new sends of {schedule.MinimumNewSends} needed, last trained {last.TrainedAt:yyyy-MM-dd HH:mm} UTC, interval {schedule.Interval.TotalHours:0}h)."));
        }

        var outcome = EffectModelTrainer.Train(examples, last, schedule, now);
        if (!outcome.Changed)
        {
            return new Report(outcome.Card, true, false, string.Create(c, $"Effect model: {current?.Version ?? outcome.Card.Version} kept: no new sends since the last training ({examples.Count} sends, same data digest)."));
        }

        // A candidate worse than the baseline never replaces a serving LightGBM model; a baseline replaces a baseline.
        var serve = outcome.Card.Promoted || current is null || !current.Promoted;
        repository.Record(outcome.Card, outcome.Model, serve);
        var metrics = outcome.Card.Model is { } m && outcome.Card.Baseline is { } b
            ? string.Create(c, $" Holdout ({outcome.Card.HoldoutRows} sends from {outcome.Card.HoldoutFrom:yyyy-MM-dd}): AUC {m.Auc:0.000} vs baseline {b.Auc:0.000}, calibration error {m.CalibrationError:0.000} vs {b.CalibrationError:0.000}.")
            : "";
        var serving = serve ? outcome.Card.Version : current!.Version;
        return new Report(outcome.Card, serve, true, string.Create(c,
            $"Effect model: trained on {outcome.Card.Sends} stored sends; {outcome.Card.Reason}.{metrics} Serving: {serving}{(serve ? "" : " (kept)")}."));
    }
}
