using ContentOps.Core.Analytics.Prediction;
using ContentOps.Core.Api.Campaigns;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Core.Distribution.Planning;
using ContentOps.Core.Distribution.Recommendation;
using ContentOps.Operator.Stores;

namespace ContentOps.Operator.Analytics.Prediction;

/// <summary>
/// The effect model inside a long-running process (<c>run</c>, <c>run --watch</c>, the operator): retrains it when the
/// schedule says it is due, and hands the send planner its learning allocator and the suggestion API its scorer,
/// rebuilt only when the serving model or the stored sends changed.
/// </summary>
internal sealed class EffectModelRuntime(Func<IEngagementStore?> events, IResourceStore resources, EffectModelRepository repository, TimeProvider time, EffectModelSchedule? schedule = null)
{
    private readonly Lock _gate = new();
    private Serving? _cached;

    public EffectModelSchedule Schedule { get; } = schedule ?? EffectModelSchedule.Default;

    /// <summary>Trains when due; null when there is no event store.</summary>
    public async Task<EffectModelTraining.Report?> TrainIfDueAsync(CancellationToken cancellationToken)
    {
        if (events() is not { } store)
        {
            return null;
        }

        return await EffectModelTraining.RunAsync(store, resources, repository, Schedule, time.GetUtcNow(), force: false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The learning allocator over the stored sends, or null when no model was trained (the planner keeps its earliest times).</summary>
    public async Task<ISendChooser?> SendTimesAsync(CancellationToken cancellationToken) =>
        (await RefreshAsync(cancellationToken).ConfigureAwait(false))?.Chooser;

    /// <summary>The suggestion scorer: the rules, weighted by the stored-events prior once a model was trained.</summary>
    public async Task<IEngagementScorer> ScorerAsync(CancellationToken cancellationToken) =>
        (await RefreshAsync(cancellationToken).ConfigureAwait(false))?.Prior is { } prior
            ? new PriorWeightedEngagementScorer(new RuleBasedEngagementScorer(), prior)
            : new RuleBasedEngagementScorer();

    /// <summary>The serving model as a campaign's status records it, with its mean prediction over the campaign's pieces; null before a model is trained.</summary>
    public async Task<EngagementModelStatus?> CampaignStatusAsync(IReadOnlyList<ContentPiece> pieces, CancellationToken cancellationToken)
    {
        if (await RefreshAsync(cancellationToken).ConfigureAwait(false) is not { Model: { } model })
        {
            return null;
        }

        var predictions = pieces.SelectMany(p => EffectModelText.Predictions(model, p, time.GetUtcNow())).Select(p => p.Probability).ToList();
        var card = model.Card;
        return new EngagementModelStatus
        {
            Version = card.Version,
            Kind = card.Kind,
            TrainedAt = card.TrainedAt,
            Sends = card.Sends,
            HoldoutAuc = card.Model is { } m ? Math.Round(m.Auc, 4) : null,
            BaselineAuc = card.Baseline is { } b ? Math.Round(b.Auc, 4) : null,
            Reason = card.Reason,
            PredictedEngagement = predictions.Count == 0 ? null : Math.Round(predictions.Average(), 4),
        };
    }

    /// <summary>
    /// The serving model's predictions for one piece (per channel × segment at its publish time, with the best hour), as
    /// its status records them; null before a model is trained. Uses the model already loaded while its version serves.
    /// </summary>
    public async Task<IReadOnlyList<PiecePrediction>?> PiecePredictionsAsync(ContentPiece piece, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(piece);
        Serving? serving;
        lock (_gate)
        {
            serving = _cached;
        }

        if (serving is null || repository.Current() is not { } card || card.Version != serving.Version)
        {
            serving = await RefreshAsync(cancellationToken).ConfigureAwait(false);
        }

        return serving?.Model is { } model ? EffectModelText.PiecePredictions(model, piece, time.GetUtcNow()) : null;
    }

    private sealed record Serving(string Version, int Sends, ServingEffectModel? Model, ISendChooser? Chooser, IEngagementPrior? Prior);

    private async Task<Serving?> RefreshAsync(CancellationToken cancellationToken)
    {
        if (events() is not { } store || repository.Current() is not { } card)
        {
            return null;
        }

        var outcomes = await store.SendOutcomesAsync(cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            if (_cached is { } cached && cached.Version == card.Version && cached.Sends == outcomes.Count)
            {
                return cached;
            }
        }

        var serving = await ServingEffectModel.LoadAsync(store, resources, repository, cancellationToken).ConfigureAwait(false);
        var counts = Kpis.CampaignKpis.ToCounts(await store.DailyAsync(DateOnly.MinValue, DateOnly.MaxValue, cancellationToken).ConfigureAwait(false));
        var prior = counts.Any(c => c.Type == "delivered") ? new StoredEngagementPrior(counts) : null;
        var built = new Serving(card.Version, outcomes.Count, serving, serving?.SendTimes(), prior);
        lock (_gate)
        {
            _cached = built;
        }

        return built;
    }
}
