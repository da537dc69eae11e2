using System.CommandLine;
using ContentOps.Operator.Declarations;
using ContentOps.Operator.Declarations.Diagnostics;
using ContentOps.Operator.Planning;
using ContentOps.Operator.Stores.Local;

namespace ContentOps.Operator.Cli;

/// <summary>
/// <c>contentops plan</c>: what applying the declarations would do and why, computed by running the pure pipeline
/// in memory. No side effects: no state writes, no files, no channel calls.
/// </summary>
internal static class PlanCommand
{
    public static Command Create(TimeProvider? time = null)
    {
        var path = new Argument<string>("PATH") { Description = "Folder (or file) of declarations; default: current folder.", DefaultValueFactory = _ => "." };
        var baseRevision = new Option<string?>("--base") { Description = "Git revision to compare against (branch, tag, commit, main~1). Default: the applied state folder if there is one, else nothing." };
        var headRevision = new Option<string?>("--head") { Description = "Git revision to plan. Default: the work tree." };
        var state = new Option<string?>("--state") { Description = "Applied state folder to compare against when --base is not given; default: .contentops/ beside the declarations." };
        var format = new Option<string>("--format") { Description = "text (terminal), markdown (pull-request comment) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "markdown", "json");
        var failOnBlocking = new Option<bool>("--fail-on-blocking") { Description = "Exit 1 when the planned content has blocking review findings (a CI gate)." };
        var command = new Command("plan", """
            Explain, per resource, what applying the declarations would do and why, before anything is applied:
            + create, ~ update, - delete; for content pieces what is generated or regenerated (which spec field or
            dependency changed: a claim's text, the campaign's key messages, a channel, a required statement), what is
            reviewed again (which policy changed) with every finding, which approvals are needed again, what is
            published, scheduled, blocked or withdrawn. Every line names the declaration's file:line.
            Generation and review really run, in memory; nothing is written and no channel is called.

            Base: --base REV (Git), else the applied state folder (.contentops/ or --state), else nothing.
            Exit codes: 0 plan computed (even with findings), 1 invalid head declarations, an unreadable revision or
            state, or blocking findings with --fail-on-blocking; 2 usage error.

            Examples:
              contentops plan examples
              contentops plan examples --base main~1 --head main
              contentops plan examples --base main --head HEAD --format markdown > plan.md
              contentops plan examples --base origin/main --fail-on-blocking
            """)
        {
            path, baseRevision, headRevision, state, format, failOnBlocking,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var loader = new DeclarationLoader();
            var head = loader.Load(parseResult.GetValue(path)!, parseResult.GetValue(headRevision));
            var paths = new DiagnosticPaths(head.Root, Environment.CurrentDirectory);
            if (head.HasErrors)
            {
                DiagnosticTextFormatter.Write(head, paths, output);
                await error.WriteLineAsync("error: the head declarations are invalid; nothing was planned (contentops validate shows the same).");
                return CliRunner.Failure;
            }

            var before = await BaseAsync(parseResult.GetValue(path)!, parseResult.GetValue(baseRevision), parseResult.GetValue(state), head, loader, paths, output, error);
            if (before is null)
            {
                return CliRunner.Failure;
            }

            var report = await new Planner(time ?? TimeProvider.System, learned: new Reconcilers.Learned.PipelineLearnedExamples(head.Root)).PlanAsync(
                before, PlanSources.FromDeclarations(head, parseResult.GetValue(headRevision), paths), cancellationToken);
            await output.WriteAsync(parseResult.GetValue(format) switch
            {
                "markdown" => PlanMarkdownRenderer.Render(report),
                "json" => PlanJsonRenderer.Render(report),
                _ => PlanTextRenderer.Render(report),
            });
            if (parseResult.GetValue(format) != "json" && parseResult.GetValue(headRevision) is null)
            {
                await output.WriteAsync(await SendSummaryAsync(parseResult.GetValue(path)!, (time ?? TimeProvider.System).GetUtcNow(), cancellationToken));
            }

            if (parseResult.GetValue(format) != "json")
            {
                await output.WriteAsync(Objectives(parseResult.GetValue(state) ?? LocalStateStore.DefaultFolderFor(head.Root), (time ?? TimeProvider.System).GetUtcNow()));
            }
            return parseResult.GetValue(failOnBlocking) && report.BlockingFindings > 0 ? CliRunner.Failure : CliRunner.Success;
        });
        return command;
    }

    /// <summary>Per live piece: HCPs per channel, deferred sends, skipped pairs and why (the work tree's send plan now).</summary>
    private static async Task<string> SendSummaryAsync(string path, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var quiet = new StringWriter();
        var workspace = await Distribution.DistributionWorkspace.LoadAsync(path, now, null, quiet, quiet, cancellationToken);
        if (workspace is null || workspace.Input.Pieces.Count == 0)
        {
            return "";
        }
        var summary = new Core.Distribution.Planning.SendPlanSummary();
        foreach (var piece in workspace.Input.Pieces)
        {
            summary.For(piece.Ref);
        }
        Core.Distribution.Planning.SendPlanner.Plan(workspace.Input, summary);
        return Distribution.SendSummaryText.Render(summary, workspace.Input.Channels);
    }

    /// <summary>Each campaign's objectives against the events in the applied state, when there is one.</summary>
    private static string Objectives(string stateFolder, DateTimeOffset now)
    {
        if (!File.Exists(Path.Combine(stateFolder, LocalStateStore.DatabaseFileName)))
        {
            return "";
        }

        using var state = LocalStateStore.Open(stateFolder, new LocalStateOptions { ReadOnly = true, Untouched = true });
        var text = ContentOps.Operator.Analytics.Kpis.CampaignObjectivesText.Render(state, now);
        return (text.Length == 0 ? "" : "\nObjectives (engagement events in the applied state):" + text)
            + ContentOps.Operator.Analytics.Prediction.StoredEngagementModel.PredictionLines(state)
            + ContentOps.Operator.Analytics.Prediction.StoredEngagementModel.EffectModelLines(state, now);
    }

    private static async Task<PlanSide?> BaseAsync(
        string path, string? revision, string? stateFolder, DeclarationSet head, DeclarationLoader loader, DiagnosticPaths paths, TextWriter output, TextWriter error)
    {
        if (revision is not null)
        {
            var set = loader.Load(path, revision);
            if (set.Diagnostics.Any(d => d.Code is DiagnosticCodes.RevisionNotFound or DiagnosticCodes.Unreadable or DiagnosticCodes.PathNotFound))
            {
                DiagnosticTextFormatter.Write(set, paths, output);
                await error.WriteLineAsync($"error: the base revision '{revision}' cannot be read.");
                return null;
            }

            if (set.HasErrors)
            {
                // A pull request that repairs a broken base must still be plannable: plan against what was valid there.
                await error.WriteLineAsync($"warning: the base '{revision}' has {set.ErrorCount} invalid declaration(s); they count as absent.");
            }

            return PlanSources.FromDeclarations(set, revision, paths);
        }

        var folder = stateFolder ?? LocalStateStore.DefaultFolderFor(head.Root);
        if (!File.Exists(Path.Combine(folder, LocalStateStore.DatabaseFileName)))
        {
            if (stateFolder is not null)
            {
                await error.WriteLineAsync($"error: no state in {folder}; run 'contentops run' first, or omit --state.");
                return null;
            }

            return PlanSide.Empty;
        }

        return PlanSources.FromState(folder, paths.Display(Path.GetFullPath(folder)));
    }
}
