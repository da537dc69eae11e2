using System.Globalization;
using System.Text;
using ContentOps.Core.Analytics.Prediction;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Core.Distribution.Planning;

namespace ContentOps.Operator.Analytics.Prediction;

/// <summary>The effect model in words, for <c>status</c>, <c>plan</c> and <c>predict train</c>.</summary>
internal static class EffectModelText
{
    private static readonly CultureInfo _c = CultureInfo.InvariantCulture;

    /// <summary>One line: which model serves, on what data, how it did against the baseline, and why it serves.</summary>
    public static string Summary(EffectModelCard? card)
    {
        if (card is null)
        {
            return "Effect model: not trained yet (contentops predict train; a run trains once delivered sends are stored).\n";
        }

        var holdout = card.Model is { } m && card.Baseline is { } b
            ? string.Create(_c, $"; holdout AUC {m.Auc:0.000} vs baseline {b.Auc:0.000}, calibration error {m.CalibrationError:0.000} vs {b.CalibrationError:0.000}")
            : "";
        var kind = card.Promoted ? "LightGBM" : "segment × channel baseline";
        return string.Create(_c, $"Effect model: {card.Version} ({kind}, trained {card.TrainedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC on {card.Sends} stored sends{holdout}); {card.Reason}\n");
    }

    /// <summary>
    /// Per piece × channel × segment: the predicted engagement at the piece's publish time (now when it has none) and the hour the model
    /// rates best (07–22 local), so a COE member sees what the planner's learning will prefer.
    /// </summary>
    public static string PieceLines(ServingEffectModel model, IEnumerable<ContentPiece> pieces, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(model);
        var text = new StringBuilder();
        foreach (var piece in pieces.OrderBy(p => p.Key.ToString(), StringComparer.Ordinal))
        {
            var reference = $"{piece.Metadata.EffectiveNamespace}/{piece.Metadata.Name}";
            var segments = piece.Spec.Audience.Segments is { Count: > 0 } named ? named : ["(all)"];
            foreach (var channel in piece.Spec.Channels)
            {
                var channelRef = $"{piece.Metadata.EffectiveNamespace}/{channel}";
                if (!model.Features.Channels.TryGetValue(channelRef, out var target) || !model.Features.Pieces.ContainsKey(reference))
                {
                    continue;
                }

                var publish = TimeZoneInfo.ConvertTime(piece.Spec.Schedule?.PublishAt ?? now, target.Zone);
                var cells = new List<string>();
                foreach (var segment in segments)
                {
                    var at = Predict(model, reference, channelRef, segment, publish);
                    var best = Enumerable.Range(SendPlanner.FirstLearnedHour, SendPlanner.LastLearnedHour - SendPlanner.FirstLearnedHour + 1)
                        .Select(h => (Hour: h, P: Predict(model, reference, channelRef, segment, new DateTimeOffset(publish.Date.AddHours(h), publish.Offset))))
                        .MaxBy(x => x.P);
                    cells.Add(best.P > at + 0.005
                        ? string.Create(_c, $"{segment} {at * 100:0.0}% at {publish:HH:mm}, best {best.Hour:00}:00 {best.P * 100:0.0}%")
                        : string.Create(_c, $"{segment} {at * 100:0.0}% at {publish:HH:mm}"));
                }

                var learnt = model.Outcomes.Any(o => o.Channel == channelRef);
                text.Append(_c, $"    {reference} on {channel}: {string.Join("; ", cells)}{(learnt ? "" : " (no stored sends on this channel yet: a guess from the other channels)")}\n");
            }
        }

        return text.Length == 0 ? "" : string.Create(_c, $"Predicted engagement per send (model {model.Card.Version}):\n{text}");
    }

    /// <summary>The predicted engagement of a piece on each of its channels for each of its segments at its publish time (now when it has none).</summary>
    public static IEnumerable<(string Channel, string Segment, double Probability)> Predictions(ServingEffectModel model, ContentPiece piece, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(piece);
        var reference = $"{piece.Metadata.EffectiveNamespace}/{piece.Metadata.Name}";
        var segments = piece.Spec.Audience.Segments is { Count: > 0 } named ? named : ["(all)"];
        foreach (var channel in piece.Spec.Channels)
        {
            var channelRef = $"{piece.Metadata.EffectiveNamespace}/{channel}";
            if (model.Features.Channels.TryGetValue(channelRef, out var target) && model.Features.Pieces.ContainsKey(reference))
            {
                var publish = TimeZoneInfo.ConvertTime(piece.Spec.Schedule?.PublishAt ?? now, target.Zone);
                foreach (var segment in segments)
                {
                    yield return (channel, segment, Predict(model, reference, channelRef, segment, publish));
                }
            }
        }
    }

    /// <summary>The predictions the pieces' status recorded (<c>status.predictedEngagement</c>), in the form of <see cref="PieceLines"/>.</summary>
    public static string RecordedLines(IEnumerable<ContentPiece> pieces)
    {
        var text = new StringBuilder();
        var versions = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var piece in pieces.OrderBy(p => p.Key.ToString(), StringComparer.Ordinal))
        {
            foreach (var channel in (piece.Status?.PredictedEngagement ?? []).GroupBy(p => p.Channel))
            {
                var cells = channel.Select(p => p.BestHour is { } best
                    ? string.Create(_c, $"{p.Segment} {p.Probability * 100:0.0}% at {p.At:HH:mm}, best {best:00}:00")
                    : string.Create(_c, $"{p.Segment} {p.Probability * 100:0.0}% at {p.At:HH:mm}"));
                versions.UnionWith(channel.Select(p => p.ModelVersion + (p.Baseline ? ", the baseline" : "")));
                text.Append(_c, $"    {piece.Metadata.EffectiveNamespace}/{piece.Metadata.Name} on {channel.Key}: {string.Join("; ", cells)}\n");
            }
        }

        return text.Length == 0 ? "" : $"Predicted engagement per send (each piece's status.predictedEngagement, model {string.Join(" / ", versions)}):\n{text}";
    }

    /// <summary>The piece's predictions as its status records them: per channel × segment at the publish time, the best hour when better, the model version.</summary>
    public static IReadOnlyList<PiecePrediction> PiecePredictions(ServingEffectModel model, ContentPiece piece, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(piece);
        var reference = $"{piece.Metadata.EffectiveNamespace}/{piece.Metadata.Name}";
        var segments = piece.Spec.Audience.Segments is { Count: > 0 } named ? named : ["(all)"];
        var predictions = new List<PiecePrediction>();
        foreach (var channel in piece.Spec.Channels)
        {
            var channelRef = $"{piece.Metadata.EffectiveNamespace}/{channel}";
            if (!model.Features.Channels.TryGetValue(channelRef, out var target) || !model.Features.Pieces.ContainsKey(reference))
            {
                continue;
            }

            var publish = TimeZoneInfo.ConvertTime(piece.Spec.Schedule?.PublishAt ?? now, target.Zone);
            foreach (var segment in segments)
            {
                var at = Predict(model, reference, channelRef, segment, publish);
                var best = Enumerable.Range(SendPlanner.FirstLearnedHour, SendPlanner.LastLearnedHour - SendPlanner.FirstLearnedHour + 1)
                    .Select(h => (Hour: h, P: Predict(model, reference, channelRef, segment, new DateTimeOffset(publish.Date.AddHours(h), publish.Offset))))
                    .MaxBy(x => x.P);
                predictions.Add(new PiecePrediction
                {
                    Channel = channel,
                    Segment = segment,
                    Probability = Math.Round(at, 4),
                    At = publish,
                    BestHour = best.P > at + 0.005 ? best.Hour : null,
                    ModelVersion = model.Card.Version,
                    Baseline = !model.Card.Promoted,
                });
            }
        }

        return predictions;
    }

    private static double Predict(ServingEffectModel model, string piece, string channel, string segment, DateTimeOffset at) =>
        model.Features.Features(piece, channel, segment == "(all)" ? "" : segment, at) is { } f ? model.Predictor.Predict(f).Probability : 0;
}
