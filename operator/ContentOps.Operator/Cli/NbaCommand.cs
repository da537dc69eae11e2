using System.CommandLine;
using ContentOps.Core.Distribution;
using ContentOps.Operator.Declarations;
using ContentOps.Operator.Distribution;
using ContentOps.Operator.Stores.Local;

namespace ContentOps.Operator.Cli;

/// <summary><c>contentops nba --rep ID</c>: a rep's ranked next best actions, each with the driver as a sentence.</summary>
internal static class NbaCommand
{
    public static Command Create(TimeProvider? time = null)
    {
        var path = new Argument<string>("PATH") { Description = "Folder (or file) of declarations; default: current folder.", DefaultValueFactory = _ => "." };
        var rep = new Option<string>("--rep") { Description = "The rep's id (the repId column of the profiles).", Required = true };
        var now = SendsCommand.NowOption();
        var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("nba", """
            Next best actions for one rep: for each of the rep's HCPs the live approved content they are most likely
            to engage with next (profile, segment, preferred channel, interests, what they received and opened, rep
            feedback), as one suggestion {hcp, action (share-content, invite-to-event, visit), content, channel,
            reason, priority, expiresAt}, ranked. Only what the send plan allows is suggested (consent,
            verification, caps); nothing right after a contact; nothing executed or dismissed recently. HCPs with
            personalizationOptOut are never ranked: they get the standard selection, listed after the ranking.
            Feedback (POST /v1/suggestions/{id}/feedback) is read from .contentops/nba-feedback.jsonl.

            Examples:
              contentops nba examples --rep rep-js-01
              contentops nba examples --rep rep-js-01 --now 2026-12-05T09:00:00+08:00 --format json
            """)
        {
            path, rep, now, format,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            if (!SendsCommand.TryNow(parseResult.GetValue(now), time, out var at))
            {
                await error.WriteLineAsync("error: --now is not an ISO 8601 time; write e.g. 2026-12-05T09:00:00+08:00");
                return CliRunner.UsageError;
            }
            var declarations = parseResult.GetValue(path)!;
            var root = new DeclarationLoader().Load(declarations, null).Root;
            var feedback = new JsonlFeedbackStore(Path.Combine(LocalStateStore.DefaultFolderFor(root), JsonlFeedbackStore.FileName));
            // The closed loop: the rules' ranking weighted by the engagement stored in the state, when there is some.
            var scorer = ContentOps.Operator.Analytics.Prediction.StoredEngagementModel.Scorer(LocalStateStore.DefaultFolderFor(root));
            var service = new SuggestionService(declarations, null, feedback, time ?? TimeProvider.System, scorer);
            var suggestions = await service.ForRepAsync(parseResult.GetValue(rep)!, at, output, error, cancellationToken);
            if (suggestions is null)
            {
                return CliRunner.Failure;
            }
            await output.WriteAsync(parseResult.GetValue(format) == "json" ? SuggestionJson.Render(suggestions) : SuggestionJson.Text(suggestions, at));
            if (parseResult.GetValue(format) != "json")
            {
                await output.WriteLineAsync(scorer is ContentOps.Core.Analytics.Prediction.PriorWeightedEngagementScorer learnt
                    ? $"Ranking: the rules' score weighted by learned engagement ({learnt.ModelVersion}: how doctors of the same region engaged with each piece), never for doctors who refused personalisation."
                    : "Ranking: the rules alone (no engagement stored yet: contentops events import, POST /v1/events).");
            }
            return CliRunner.Success;
        });
        return command;
    }
}
