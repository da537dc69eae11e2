using ContentOps.Core.Api;
using ContentOps.Core.Distribution;
using ContentOps.Core.Distribution.Planning;
using ContentOps.Core.Distribution.Profiles;
using ContentOps.Core.Review;
using ContentOps.Operator.Declarations;
using ContentOps.Operator.Declarations.Diagnostics;
using ContentOps.Operator.Planning;
using ContentOps.Operator.Reconcilers;
using ContentOps.Operator.Reconcilers.ContentPieces;
using ContentOps.Operator.Stores.Local;

namespace ContentOps.Operator.Distribution;

/// <summary>
/// What the distribution verbs (<c>sends plan</c>, <c>nba</c>) work on: the declarations, the pieces that are live
/// at <c>--now</c> (simulated in memory from the applied state, as <c>plan</c> does), and the audiences' profiles.
/// </summary>
internal sealed record DistributionWorkspace(SendPlanInput Input, IReadOnlyDictionary<string, ProfileReadResult> Reads, IReadOnlyList<Resource> Resources, string Root)
{
    /// <summary>
    /// Loads the workspace, or writes why not to <paramref name="error"/> and returns null. Sends already made come from
    /// <paramref name="history"/>, or when it is null from the state folder's send ledger (<see cref="StateSendHistory"/>).
    /// </summary>
    public static async Task<DistributionWorkspace?> LoadAsync(
        string path, DateTimeOffset now, ISendHistory? history, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var set = new DeclarationLoader().Load(path, null);
        var paths = new DiagnosticPaths(set.Root, Environment.CurrentDirectory);
        if (set.HasErrors)
        {
            DiagnosticTextFormatter.Write(set, paths, output);
            await error.WriteLineAsync("error: the declarations are invalid; nothing was planned (contentops validate shows the same).");
            return null;
        }

        var head = PlanSources.FromDeclarations(set, null, paths);
        var stateFolder = LocalStateStore.DefaultFolderFor(set.Root);
        var applied = File.Exists(Path.Combine(stateFolder, LocalStateStore.DatabaseFileName))
            ? PlanSources.FromState(stateFolder, paths.Display(Path.GetFullPath(stateFolder)))
            : PlanSide.Empty;
        var simulator = new PipelineSimulator(new ContentReviewer(), new ChatClientProvider(), new FixedTimeProvider(now));
        var run = await simulator.RunAsync(head.Resources, applied.Statuses, new InMemoryArtifactStore(applied.Artifacts), cancellationToken);

        var loader = new ProfileLoader(set.Root, new EnvironmentSecretResolver(), paths.Display);
        history ??= await StateSendHistory.ReadAsync(stateFolder, now - HistoryWindow, cancellationToken);
        var sent = await history.SentSinceAsync(now - HistoryWindow, cancellationToken);
        var withdrawals = await SuppressionListReader.ReadAsync(stateFolder, cancellationToken);
        var (input, reads) = await SendPlanInputBuilder.BuildAsync(head.Resources, LivePieces.From(run), loader, now, sent, cancellationToken, withdrawals);
        foreach (var (audience, read) in reads)
        {
            if (read.Error is { } fatal)
            {
                await error.WriteLineAsync($"error: Audience {audience}: {fatal}");
                return null;
            }
            foreach (var rejected in read.Rejected)
            {
                await error.WriteLineAsync($"warning: {rejected} (row skipped)");
            }
        }
        if (File.Exists(Path.Combine(stateFolder, LocalStateStore.DatabaseFileName)))
        {
            using var state = LocalStateStore.Open(stateFolder, new LocalStateOptions { ReadOnly = true, Untouched = true });
            input = await CommittedChannels.AddAsync(input, CommittedChannels.UidIn(state.Resources), state.Sends, cancellationToken);
        }

        // The closed loop: the state's effect model places each personalised send within what the rules allow.
        input = input with { Chooser = Analytics.Prediction.StoredEngagementModel.SendTimes(stateFolder) };
        return new DistributionWorkspace(input, reads, head.Resources, set.Root);
    }

    /// <summary>How far back sends already made are read: longer than any cap window in use (a calendar month, 30d caps).</summary>
    public static readonly TimeSpan HistoryWindow = TimeSpan.FromDays(93);
}
