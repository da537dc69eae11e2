using System.Globalization;
using System.Text;
using ContentOps.Core.Analytics.Prediction;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Core.Distribution.Planning;
using ContentOps.Core.Distribution.Recommendation;
using ContentOps.Operator.Analytics.Kpis;
using ContentOps.Operator.Stores.Local;
using Microsoft.Data.Sqlite;

namespace ContentOps.Operator.Analytics.Prediction;

/// <summary>
/// The engagement prior trained on the events of a state folder (read-only): what <c>nba</c> ranks with and what
/// <c>plan</c> shows per piece. Null when the state holds no deliveries yet.
/// </summary>
internal static class StoredEngagementModel
{
    public static IEngagementPrior? FromState(string stateFolder)
    {
        if (!File.Exists(Path.Combine(stateFolder, LocalStateStore.DatabaseFileName)))
        {
            return null;
        }

        using var state = LocalStateStore.Open(stateFolder, new LocalStateOptions { ReadOnly = true, Untouched = true });
        return FromState(state);
    }

    public static IEngagementPrior? FromState(LocalStateStore state)
    {
        ArgumentNullException.ThrowIfNull(state);
        try
        {
            var counts = CampaignKpis.ToCounts(state.Events.DailyAsync(DateOnly.MinValue, DateOnly.MaxValue, CancellationToken.None).GetAwaiter().GetResult());
            return counts.Any(c => c.Type == "delivered") ? new StoredEngagementPrior(counts) : null;
        }
        catch (SqliteException)
        {
            // A state written before the engagement tables existed has nothing to learn from.
            return null;
        }
    }

    /// <summary>The rules' scorer, weighted by the prior when the state has one.</summary>
    public static IEngagementScorer Scorer(string stateFolder) =>
        FromState(stateFolder) is { } prior ? new PriorWeightedEngagementScorer(new RuleBasedEngagementScorer(), prior) : new RuleBasedEngagementScorer();

    /// <summary>The learning allocator of a state folder's serving model (read-only), or null when none was trained.</summary>
    public static ISendChooser? SendTimes(string stateFolder)
    {
        if (!File.Exists(Path.Combine(stateFolder, LocalStateStore.DatabaseFileName)) || new EffectModelRepository(stateFolder).Current() is null)
        {
            return null;
        }

        using var state = LocalStateStore.Open(stateFolder, new LocalStateOptions { ReadOnly = true, Untouched = true });
        return EffectModel(state)?.SendTimes();
    }

    /// <summary>The serving effect model of a state (read-only), or null when none was trained.</summary>
    public static ServingEffectModel? EffectModel(LocalStateStore state)
    {
        ArgumentNullException.ThrowIfNull(state);
        try
        {
            return ServingEffectModel.LoadAsync(state.Events, state.Resources, new EffectModelRepository(state.Folder), CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (SqliteException)
        {
            return null;
        }
    }

    /// <summary>The effect model's summary and per-piece predictions, for <c>status</c> and <c>plan</c> (empty without stored events or a model).</summary>
    /// <remarks>With <paramref name="recorded"/> (<c>status</c>) the predictions are those the pieces' status recorded, when any did.</remarks>
    public static string EffectModelLines(LocalStateStore state, DateTimeOffset now, bool recorded = false)
    {
        ArgumentNullException.ThrowIfNull(state);
        var model = EffectModel(state);
        var card = model?.Card ?? new EffectModelRepository(state.Folder).Current();
        if (card is null && FromState(state) is null)
        {
            return "";
        }

        var pieces = state.Resources.List("ContentPiece").OfType<ContentPiece>().ToList();
        return "\n" + EffectModelText.Summary(card)
            + (recorded && pieces.Any(p => p.Status?.PredictedEngagement is { Count: > 0 }) ? EffectModelText.RecordedLines(pieces)
                : model is null ? "" : EffectModelText.PieceLines(model, pieces, now));
    }

    /// <summary>Each piece's predicted engagement per delivery, for <c>plan</c>.</summary>
    public static string PredictionLines(LocalStateStore state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (FromState(state) is not { } prior)
        {
            return "";
        }

        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"\nLearned engagement per piece, the prior the nba and suggestion ranking use (model {prior.ModelVersion}; engaged per delivery overall {prior.Overall * 100:0.0}%):\n"));
        foreach (var piece in state.Resources.List("ContentPiece").OfType<ContentPiece>().OrderBy(p => p.Key.ToString(), StringComparer.Ordinal))
        {
            var reference = $"{piece.Metadata.EffectiveNamespace}/{piece.Metadata.Name}";
            text.Append(CultureInfo.InvariantCulture, $"    {reference}: {prior.Predict(reference, null).Probability * 100:0.0}%\n");
        }

        return text.ToString();
    }
}
