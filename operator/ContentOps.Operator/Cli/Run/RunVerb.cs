using ContentOps.Operator.Declarations;
using ContentOps.Operator.Declarations.Diagnostics;
using ContentOps.Operator.Embedded;
using ContentOps.Operator.Reconcilers.ContentPieces;
using ContentOps.Operator.Stores.Local;
using Prometheus;

namespace ContentOps.Operator.Cli.Run;

/// <summary>Executes <c>contentops run</c>: validate, reconcile until idle (or keep watching), print the table.</summary>
internal sealed class RunVerb(TextWriter output, TextWriter error, TimeProvider? clock = null)
{
    private readonly TimeProvider _time = clock ?? TimeProvider.System;

    private static readonly TimeSpan _watchPoll = TimeSpan.FromSeconds(2);

    public async Task<int> ExecuteAsync(RunArguments arguments, CancellationToken cancellationToken)
    {
        // Taken before loading: a file edited while this run works is never recorded as validated.
        var fingerprint = arguments.Revision is null ? ValidatedInputs.Fingerprint(arguments.Path) : null;
        var watched = arguments.Watch ? FolderFingerprint.Of(arguments.Path) : null;
        var root = DeclarationRoot(arguments.Path);
        var stateFolder = arguments.StateFolder ?? LocalStateStore.DefaultFolderFor(root);
        DeclarationSet? declarations = null;
        string? sourceRevision;
        CompanionSnapshot? companions = null;
        if (fingerprint is null || !ValidatedInputs.TryRead(stateFolder, fingerprint, root, out sourceRevision))
        {
            declarations = new DeclarationLoader(_time, DeclarationLimits.Default).Load(arguments.Path, arguments.Revision);
            if (declarations.HasErrors)
            {
                return await RunLastAppliedAsync(arguments, declarations, stateFolder, root, cancellationToken);
            }

            sourceRevision = declarations.SourceRevision;
            // Right after the load read them: an edit made while this run works misses next time.
            companions = CompanionFiles.Snapshot(declarations.Root, declarations.Resources.Select(d => d.Resource));
        }

        EmbeddedRuntime runtime;
        try
        {
            runtime = EmbeddedRuntime.Open(stateFolder, declarations?.Root ?? root, sourceRevision,
                new EmbeddedOptions { ChatClients = ChatClients(arguments) }, _time);
        }
        catch (StateFolderInUseException e)
        {
            await error.WriteLineAsync($"error: {e.Message}");
            return CliRunner.Failure;
        }

        using (runtime)
        {
            using var metricServer = StartMetrics(arguments.MetricsPort, runtime);
            if (arguments.ApiPort is { } api && arguments.EventsPort is { } events && api != events)
            {
                await error.WriteLineAsync($"warning: --events-port is the old name of --api-port; the API (events included) is served on {api} only.");
            }

            await using var apiServer = await Operator.Http.RunApi.StartAsync(arguments.ApiPort ?? arguments.EventsPort, runtime, declarations?.Root ?? root, output, cancellationToken);
            // Unchanged declarations were synced by the run that validated them: nothing to sync again.
            IReadOnlyList<Core.Api.Resource>? declared = declarations is null ? null : [.. declarations.Resources.Select(d => d.Resource)];
            if (declared is not null)
            {
                // The state is about to hold these declarations; until the run finishes no record may claim otherwise.
                ValidatedInputs.Forget(stateFolder);
            }

            await output.WriteLineAsync((declared is null ? "Reconciling" : $"Reconciling {declared.Count} resources") + $" from {Display(root)}"
                + (sourceRevision is { } rev ? $" at {rev[..Math.Min(12, rev.Length)]}" : "") + $" (state: {Display(stateFolder)})"
                + (declarations is null ? "; declarations unchanged since they were last validated" : ""));
            var report = await LiveProgress.RunAsync(output, "Reconciling…", progress =>
                runtime.ReconcileAsync(declared, sourceRevision, progress, cancellationToken));
            await PrintAsync(report);
            if (!(report.NothingDone && report.Sync.IsNoOp))
            {
                await output.WriteAsync(RunHighlights.Render(runtime, Display(root), _time.GetUtcNow()));
            }

            SourceRevisions.Read(stateFolder).Applied(sourceRevision, _time.GetUtcNow()).Write(stateFolder);
            if (fingerprint is not null && companions is not null)
            {
                ValidatedInputs.Write(stateFolder, fingerprint, sourceRevision, companions);
            }

            if (!arguments.Watch)
            {
                return report.Errors > 0 || report.Pieces.Any(p => p.Status?.Phase == "Failed") ? CliRunner.Failure : CliRunner.Success;
            }

            // A fast-path run loaded nothing: its companions are those the state's record lists (none known here: the
            // first edit of YAML reloads and learns them).
            var entries = companions?.Entries ?? [];
            return await WatchAsync(arguments, runtime, report, watched! + "|" + (entries.Count == 0 ? null : companions!.Stamp), entries, cancellationToken);
        }
    }

    /// <param name="fingerprint">The files as they were before the first pass loaded them, so an edit made while it ran is picked up.</param>
    /// <param name="companions">The non-YAML files the declarations read (<see cref="CompanionFiles"/>): an edit of one reloads too.</param>
    private async Task<int> WatchAsync(RunArguments arguments, EmbeddedRuntime runtime, RunReport last, string fingerprint, IReadOnlyList<string> companions, CancellationToken cancellationToken)
    {
        await output.WriteLineAsync("Watching for changes and scheduled times (Ctrl+C to stop).");
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(_watchPoll, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            var yaml = FolderFingerprint.Of(arguments.Path);
            var current = yaml + "|" + (companions.Count == 0 ? null : CompanionFiles.Stamp(DeclarationRoot(arguments.Path), companions));
            var due = last.Next is { } next && next.Due <= _time.GetUtcNow();
            if (current == fingerprint && !due)
            {
                continue;
            }

            fingerprint = current;
            var validated = arguments.Revision is null ? ValidatedInputs.Fingerprint(arguments.Path) : null;
            var declarations = new DeclarationLoader(_time, DeclarationLimits.Default).Load(arguments.Path, arguments.Revision);
            if (declarations.HasErrors)
            {
                // The last applied revision keeps running: what the clock made due is still done.
                var revisions = await ReportFailedAttemptAsync(declarations, runtime.State.Folder);
                if (due)
                {
                    last = await LiveProgress.RunAsync(output, "Reconciling…", progress =>
                        runtime.ReconcileAsync(null, revisions.LastAppliedRevision, progress, cancellationToken));
                    await PrintAsync(last);
                }

                continue;
            }

            var snapshot = CompanionFiles.Snapshot(declarations.Root, declarations.Resources.Select(d => d.Resource));
            companions = snapshot.Entries;
            fingerprint = yaml + "|" + (companions.Count == 0 ? null : snapshot.Stamp);
            ValidatedInputs.Forget(runtime.State.Folder);
            last = await LiveProgress.RunAsync(output, "Reconciling…", progress =>
                runtime.ReconcileAsync([.. declarations.Resources.Select(d => d.Resource)], declarations.SourceRevision, progress, cancellationToken));
            SourceRevisions.Read(runtime.State.Folder).Applied(declarations.SourceRevision, _time.GetUtcNow()).Write(runtime.State.Folder);
            if (validated is not null)
            {
                ValidatedInputs.Write(runtime.State.Folder, validated, declarations.SourceRevision, snapshot);
            }

            await PrintAsync(last);
        }

        return CliRunner.Success;
    }

    /// <summary>
    /// Invalid declarations at the new revision: report every error, apply nothing from it, and still reconcile the last
    /// applied revision (expiries, withdrawals, scheduled publishes, retries). Exit 1 either way.
    /// </summary>
    private async Task<int> RunLastAppliedAsync(RunArguments arguments, DeclarationSet declarations, string stateFolder, string root, CancellationToken cancellationToken)
    {
        // A state from before revisions were recorded still holds applied declarations (of an unrecorded revision).
        if (!File.Exists(Path.Combine(stateFolder, "state.db")))
        {
            PrintDiagnostics(declarations);
            await error.WriteLineAsync("Nothing was reconciled: fix the errors above (contentops validate shows the same); no revision was applied before.");
            return CliRunner.Failure;
        }

        EmbeddedRuntime runtime;
        try
        {
            runtime = EmbeddedRuntime.Open(stateFolder, declarations.Root, SourceRevisions.Read(stateFolder).LastAppliedRevision,
                new EmbeddedOptions { ChatClients = ChatClients(arguments) }, _time);
        }
        catch (StateFolderInUseException e)
        {
            PrintDiagnostics(declarations);
            await error.WriteLineAsync($"error: {e.Message}");
            return CliRunner.Failure;
        }

        using (runtime)
        {
            var revisions = await ReportFailedAttemptAsync(declarations, stateFolder);
            await output.WriteLineAsync($"Reconciling the last applied revision {SourceRevisions.Display(revisions.LastAppliedRevision)} from {Display(root)} (state: {Display(stateFolder)})");
            var report = await LiveProgress.RunAsync(output, "Reconciling…", progress =>
                runtime.ReconcileAsync(null, revisions.LastAppliedRevision, progress, cancellationToken));
            await PrintAsync(report);
            return CliRunner.Failure;
        }
    }

    /// <summary>Prints every error, records the failed attempt (for <c>status</c>) and says what still runs.</summary>
    private async Task<SourceRevisions> ReportFailedAttemptAsync(DeclarationSet declarations, string stateFolder)
    {
        PrintDiagnostics(declarations);
        var first = declarations.Diagnostics.First(d => d.IsError);
        var attempted = SourceRevisions.Display(declarations.SourceRevision);
        var revisions = SourceRevisions.Read(stateFolder).Failed(declarations.SourceRevision, _time.GetUtcNow(),
            $"{declarations.ErrorCount} error(s) in the declarations at {attempted}; first: {first.File}:{first.Line}:{first.Column}: {first.Code}: {first.Message}");
        revisions.Write(stateFolder);
        await error.WriteLineAsync($"Nothing from {attempted} was applied: fix the errors above (contentops validate shows the same). "
            + $"The last applied revision {SourceRevisions.Display(revisions.LastAppliedRevision)} keeps running: expiries, withdrawals, scheduled publishes and retries.");
        return revisions;
    }

    private async Task PrintAsync(RunReport report)
    {
        await output.WriteLineAsync();
        await output.WriteAsync(PieceTable.Render(report.Pieces));
        await output.WriteLineAsync();
        if (report.NothingDone && report.Sync.IsNoOp)
        {
            await output.WriteLineAsync($"Nothing to do: {report.Pieces.Count} piece(s) up to date; nothing generated, reviewed, published or withdrawn.");
        }
        else
        {
            await output.WriteLineAsync($"Generated {report.Generated} rendition(s), reviewed {report.Reviewed} piece(s), published {report.Published}, withdrew {report.Withdrawn}"
                + (report.Errors > 0 ? $", {report.Errors} error(s)." : "."));
        }

        if (!report.Sends.IsEmpty)
        {
            var sends = report.Sends;
            await output.WriteLineAsync($"Per-HCP sends: {sends.Sent} sent, {sends.Deferred} deferred, {sends.Skipped} skipped, {sends.AlreadySent} already sent"
                + (sends.Waiting + sends.Failed > 0 ? $", {sends.Waiting} waiting, {sends.Failed} refused." : ".")
                + (sends.Skipped > 0 ? " contentops sends plan lists each skip with its reason." : ""));
            foreach (var note in sends.Notes)
            {
                await output.WriteLineAsync("  " + note);
            }

            if (sends.SuggestionsPushed > 0)
            {
                await output.WriteLineAsync($"Pushed {sends.SuggestionsPushed} new next-best-action card(s) to CRM channels.");
            }
        }

        if (report.Next is { } next)
        {
            await output.WriteLineAsync($"Next: {next.Key.Namespace}/{next.Key.Name} at {next.Due.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm} (+08:00) — {next.Reason}");
        }
    }

    private void PrintDiagnostics(DeclarationSet declarations) =>
        DiagnosticTextFormatter.Write(declarations, new DiagnosticPaths(declarations.Root, Environment.CurrentDirectory), error);

    private static ChatClientProvider ChatClients(RunArguments arguments) => LlmClients.Create(arguments.LlmEndpoint, arguments.LlmModel);

    private static KestrelMetricServer? StartMetrics(int? port, EmbeddedRuntime runtime)
    {
        if (port is not { } p)
        {
            return null;
        }

        var server = new KestrelMetricServer("127.0.0.1", p, "/metrics", runtime.Metrics.Registry);
        server.Start();
        return server;
    }

    private static string DeclarationRoot(string path)
    {
        var full = Path.GetFullPath(path);
        return Directory.Exists(full) ? full : Path.GetDirectoryName(full)!;
    }

    private static string Display(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
