using System.CommandLine;
using System.Globalization;
using ContentOps.Core.Distribution;
using ContentOps.Core.Distribution.Planning;
using ContentOps.Operator.Distribution;

namespace ContentOps.Operator.Cli;

/// <summary><c>contentops sends plan</c>: the per-HCP send plan of every live piece, with a reason for each send and skip.</summary>
internal static class SendsCommand
{
    public static Command Create(TimeProvider? time = null)
    {
        var sends = new Command("sends", "Per-HCP distribution: which doctor gets which piece, on which channel, when, and why not.");
        sends.Subcommands.Add(CreatePlan(time));
        return sends;
    }

    private static Command CreatePlan(TimeProvider? time)
    {
        var path = new Argument<string>("PATH") { Description = "Folder (or file) of declarations; default: current folder.", DefaultValueFactory = _ => "." };
        var now = NowOption();
        var format = new Option<string>("--format") { Description = "text, json (one document) or jsonl (one object per line).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "jsonl");
        var command = new Command("plan", """
            Plan per-HCP sends for every piece that is live (or scheduled) at --now: for each piece and segment,
            which HCPs get it on which of its channels and when, and for every (HCP, piece, channel) pair that is not
            sent, why. Hard rules: the channel reaches the audience role; verified HCPs only for prescription-drug
            content; consent for the channel, valid at the send time; a contact point; quiet hours (a send inside
            them is deferred to their end); the piece's and campaign's schedule; WeChat's 4 mass messages per user per
            calendar month; the channel's frequencyCap and the campaign's cross-channel frequencyCap (rolling or
            calendar windows), counting sends already made. HCPs with personalizationOptOut get the non-personalised
            variant. Deterministic; nothing is sent or written.

            Line per planned send: hcp, piece, channel, segment, sendAt (ISO 8601 with offset), personalized, reason;
            per skipped pair: hcp, piece, channel, segment, reason (json/jsonl: "skipped": true and the rule).
            Rejected profile rows are warnings on stderr (file:line); an unreadable profile source is an error.
            Exit codes: 0 planned, 1 invalid declarations or an unreadable profile source, 2 usage error.

            Examples:
              contentops sends plan examples
              contentops sends plan examples --now 2026-12-05T20:30:00+08:00 --format jsonl
            """)
        {
            path, now, format,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            if (!TryNow(parseResult.GetValue(now), time, out var at))
            {
                await error.WriteLineAsync("error: --now is not an ISO 8601 time; write e.g. 2026-12-05T09:00:00+08:00");
                return CliRunner.UsageError;
            }
            var workspace = await DistributionWorkspace.LoadAsync(parseResult.GetValue(path)!, at, null, output, error, cancellationToken);
            if (workspace is null)
            {
                return CliRunner.Failure;
            }

            using var renderer = new SendPlanRenderer(output, parseResult.GetValue(format)!);
            var summary = new SendPlanSummary(renderer);
            foreach (var piece in workspace.Input.Pieces)
            {
                summary.For(piece.Ref);
            }
            renderer.Begin(at);
            SendPlanner.Plan(workspace.Input, summary);
            renderer.End(summary, workspace.Input.Channels);
            if (parseResult.GetValue(format) == "text")
            {
                await output.WriteLineAsync(workspace.Input.Chooser is Core.Analytics.Allocation.AllocatorSendChooser learnt
                    ? $"Send choices: {learnt.ModelVersion} (learnt from {learnt.Sends} stored sends) picks each personalised send's hour, its variant among the segments the HCP is in, and with distribution.channels: best its one channel, only among what consent, contact points, quiet hours, caps and the schedule allow; HCPs who refused personalisation get the defaults (first allowed channel, first matching segment's variant, earliest time)."
                    : "Send choices: the defaults (first allowed channel with distribution.channels: best, first matching segment's variant, earliest allowed time); no effect model trained yet: contentops predict train, or a run once engagement events are stored.");
            }

            await output.FlushAsync(cancellationToken);
            return CliRunner.Success;
        });
        return command;
    }

    /// <summary>The <c>--now</c> option of the distribution verbs.</summary>
    public static Option<string?> NowOption() =>
        new("--now") { Description = "Plan as of this time (ISO 8601 with offset, e.g. 2026-12-05T09:00:00+08:00); default: now." };

    /// <summary>Parses <c>--now</c>; the clock's time when it is not given.</summary>
    public static bool TryNow(string? text, TimeProvider? time, out DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            now = (time ?? TimeProvider.System).GetUtcNow();
            return true;
        }
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out now);
    }
}
