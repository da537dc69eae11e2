using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ContentOps.Core.Analytics.Simulation;
using ContentOps.Operator.Analytics.Prediction;

namespace ContentOps.Operator.Cli.Analytics;

/// <summary><c>contentops predict evaluate</c>: the effect model against the baseline on a time-based holdout.</summary>
internal static class PredictCommand
{
    private static readonly JsonSerializerOptions _json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true };

    public static Command Create(TimeProvider? time = null)
    {
        var seed = new Option<int>("--seed") { Description = "Seed of the simulated engagement history.", DefaultValueFactory = _ => 1 };
        var sends = new Option<int>("--sends") { Description = "Sends in the history (the last 20 % by time are held out).", DefaultValueFactory = _ => 100_000 };
        var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        sends.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1_000)
            {
                r.AddError("--sends must be at least 1000.");
            }
        });
        var evaluate = new Command("evaluate", """
            Train the effect model (LightGBM over format, channel, segment, hour, weekday, length, claim categories
            and topic) on a simulated engagement history of 180 days (a hidden response function, generated from the
            seed) and score it, beside the segment × channel baseline, on the last 20 % of sends by time: AUC, Brier
            score and expected calibration error. Prints the model version recorded with every prediction.

            Example:
              contentops predict evaluate --seed 3 --sends 100000 --format json
            """)
        {
            seed, sends, format,
        };
        evaluate.SetAction(parseResult =>
        {
            var history = new EngagementHistoryGenerator(parseResult.GetValue(seed)).Generate(parseResult.GetValue(sends), new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)), 180);
            var result = EffectModelEvaluation.Run(history, seed: parseResult.GetValue(seed));
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(format) == "json")
            {
                output.WriteLine(JsonSerializer.Serialize(result, _json));
                return CliRunner.Success;
            }

            var c = CultureInfo.InvariantCulture;
            output.WriteLine(string.Create(c, $"Trained {result.ModelVersion} on {result.TrainRows:N0} sends; held out {result.HoldoutRows:N0} sent from {result.HoldoutFrom:yyyy-MM-dd}."));
            output.WriteLine("model                        AUC    Brier  calibration error  mean predicted  observed");
            foreach (var (name, m) in new[] { (result.ModelVersion, result.Model), ("baseline (segment×channel)", result.Baseline) })
            {
                output.WriteLine(string.Create(c, $"{name,-26} {m.Auc,6:F3} {m.Brier,8:F4} {m.CalibrationError,18:F4} {m.MeanPredicted,15:F4} {m.ObservedRate,9:F4}"));
            }

            return CliRunner.Success;
        });
        return new Command("predict", "Effect prediction: train the engagement model on stored events, or evaluate it on a simulated history.") { PredictTrainCommand.Create(time), evaluate };
    }
}
