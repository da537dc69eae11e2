using System.CommandLine;
using System.Text.Json;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Core.Digests;
using ContentOps.Operator.Analytics.Kpis;
using ContentOps.Operator.Cli.Run;
using ContentOps.Operator.Stores.Local;

namespace ContentOps.Operator.Cli;

/// <summary><c>contentops status</c>: the table of pieces from the state folder, without reconciling.</summary>
internal static class StatusCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("PATH") { Description = "Declarations folder; default: current folder.", DefaultValueFactory = _ => "." };
        var state = new Option<string?>("--state") { Description = "State folder; default: .contentops/ beside the declarations." };
        var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("status", """
            Print every content piece's phase, findings, what it waits for and its content digest (the digest an
            approval must name), as recorded by the last run, then each campaign's objectives (KPI targets) against
            the engagement events stored so far, and its cycle time from brief to publish. Changes nothing.

            Example:
              contentops status examples
            """)
        {
            path, state, format,
        };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var root = Path.GetFullPath(parseResult.GetValue(path)!);
            if (parseResult.GetValue(state) is null && !Directory.Exists(root) && !File.Exists(root))
            {
                // Else the state folder of a mistyped path would be looked for beside it, and the error would name that.
                parseResult.InvocationConfiguration.Error.WriteLine(
                    $"error: path '{parseResult.GetValue(path)}' does not exist; pass the folder that holds your declarations (or --state DIR).");
                return CliRunner.Failure;
            }

            var folder = parseResult.GetValue(state) ?? LocalStateStore.DefaultFolderFor(root);
            if (!Directory.Exists(folder))
            {
                parseResult.InvocationConfiguration.Error.WriteLine($"error: no state in {folder}; run 'contentops run {parseResult.GetValue(path)}' first.");
                return CliRunner.Failure;
            }

            using var store = LocalStateStore.Open(folder, new LocalStateOptions { ReadOnly = true });
            var pieces = store.Resources.List("ContentPiece").OfType<ContentPiece>().ToList();
            var revisions = SourceRevisions.Read(folder);
            output.Write(parseResult.GetValue(format) == "json"
                ? JsonSerializer.Serialize(pieces, ContentDigest.CanonicalJson) + "\n"
                : RevisionLines(revisions) + PieceTable.Render(pieces) + KnowledgeStatusText.Render(store.Resources.List("KnowledgeSource").Concat(store.Resources.List("ClaimLibrary")))
                    + CampaignObjectivesText.Render(store, TimeProvider.System.GetUtcNow())
                    + ContentOps.Operator.Analytics.Prediction.StoredEngagementModel.EffectModelLines(store, TimeProvider.System.GetUtcNow(), recorded: true));
            return CliRunner.Success;
        });
        return command;
    }

    /// <summary>Which revision the state holds, and the last attempt when it failed (Flux's lastAppliedRevision / lastAttemptedRevision).</summary>
    private static string RevisionLines(SourceRevisions revisions)
    {
        if (revisions.LastAttemptedAt is null)
        {
            return "";
        }

        var applied = revisions.HasApplied
            ? $"Applied revision:   {SourceRevisions.Display(revisions.LastAppliedRevision)} at {At(revisions.LastAppliedAt)}\n"
            : "Applied revision:   none\n";
        var attempted = revisions.Ready
            ? ""
            : $"Attempted revision: {SourceRevisions.Display(revisions.LastAttemptedRevision)} at {At(revisions.LastAttemptedAt)}, not applied ({revisions.Reason}): {revisions.Message}\n";
        return applied + attempted + "\n";
    }

    private static string At(DateTimeOffset? time) => $"{time?.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm} (+08:00)";
}
