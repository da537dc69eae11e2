using System.CommandLine;
using System.Text.Json;
using ContentOps.Core.Analytics.Prediction;
using ContentOps.Operator.Analytics.Prediction;
using ContentOps.Operator.Stores.Local;

namespace ContentOps.Operator.Cli.Analytics;

/// <summary><c>contentops predict train</c>: the effect model trained on the state's stored engagement, on demand.</summary>
internal static class PredictTrainCommand
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create(TimeProvider? time = null)
    {
        var path = new Argument<string>("PATH") { Description = "Declarations folder; default: current folder.", DefaultValueFactory = _ => "." };
        var state = new Option<string?>("--state") { Description = "State folder; default: .contentops/ beside the declarations." };
        var ifDue = new Option<bool>("--if-due") { Description = "Train only when the schedule says it is due (interval elapsed and enough new sends), as run --watch does." };
        var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("train", """
            Train the effect model on the engagement events stored in the state (contentops events import, POST
            /v1/events, channel receipts) joined to their sends and the declarations: one example per delivered send
            (format, channel type, segment, local send hour and weekday, body length, claim categories, topic;
            engaged = opened, read or clicked). The latest 20 % of sends by time are held out; the LightGBM candidate
            and the segment × channel baseline are both scored on them (AUC, calibration error) and the candidate is
            promoted only when it does no worse than the baseline. Below 500 delivered sends the baseline serves.
            The model is stored in the state folder (models/effect/), versioned by a digest of its training data and
            parameters: training again on the same sends keeps the version. Nothing else in the state changes.

            Examples:
              contentops predict train examples
              contentops predict train --state /var/lib/contentops --format json
            """)
        {
            path, state, ifDue, format,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            if (await EngagementStateFolder.FindAsync(parseResult.GetValue(path)!, parseResult.GetValue(state), error) is not { } folder)
            {
                return CliRunner.Failure;
            }

            using var store = LocalStateStore.Open(folder, new LocalStateOptions { ReadOnly = true });
            var report = await EffectModelTraining.RunAsync(store.Events, store.Resources, new EffectModelRepository(folder), EffectModelSchedule.Default,
                (time ?? TimeProvider.System).GetUtcNow(), force: !parseResult.GetValue(ifDue), cancellationToken);
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(format) == "json")
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(new { report.Card, report.Serving, report.Changed, report.Message }, _json));
            }
            else
            {
                await output.WriteLineAsync(report.Message);
            }

            return CliRunner.Success;
        });
        return command;
    }
}
