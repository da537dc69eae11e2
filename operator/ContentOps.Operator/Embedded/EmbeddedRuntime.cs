using ContentOps.Core.Api;
using ContentOps.Core.Api.Claims;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Core.Publishing;
using ContentOps.Core.Review;
using ContentOps.Operator.Controller;
using ContentOps.Operator.Observability;
using ContentOps.Operator.Reconcilers;
using ContentOps.Operator.Reconcilers.ContentPieces;
using ContentOps.Operator.Reconcilers.ContentPieces.Withdrawal;
using ContentOps.Operator.Stores.Local;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContentOps.Operator.Embedded;

/// <summary>
/// The embedded mode assembled: a local state folder, the reconcilers of every kind and a controller that runs
/// until nothing more can happen without a person or the clock. One instance per state folder.
/// </summary>
internal sealed class EmbeddedRuntime : IDisposable
{
    private readonly ControllerHost _controller;
    private readonly DeclaredIndex _index;
    private readonly TimeProvider _time;
    private readonly RunTally _tally;
    private readonly Sending.SendDispatch _dispatch;
    private bool _campaignsMeasured;

    private EmbeddedRuntime(LocalStateStore state, string declarationsRoot, string? sourceRevision, EmbeddedOptions options, TimeProvider time, ILoggerFactory logs)
    {
        State = state;
        _time = time;
        Metrics = new ContentOpsMetrics();
        _tally = new RunTally(Metrics);
        _index = new DeclaredIndex(state.Resources);
        var store = state.Resources;
        var secrets = new EnvironmentSecretResolver();
        Health = new Sending.ChannelHealth(Metrics);
        HcpChannels = new Sending.HcpChannelRegistry(declarationsRoot, secrets, time, unsubscribe: Sending.UnsubscribeKey.Load(state.Folder));
        var channels = new ChannelRegistry(
            [new FileChannel(declarationsRoot, time), new WebhookChannel(options.HttpClient ?? new HttpClient { Timeout = TimeSpan.FromSeconds(30) }, time), HcpChannels.WeChat,
                new Core.Publishing.Hcp.PerHcpOnlyChannel("smtp", time), new Core.Publishing.Hcp.PerHcpOnlyChannel("sms", time), new Core.Publishing.Hcp.PerHcpOnlyChannel("crm", time)],
            secrets, store);
        EffectModels = new Analytics.Prediction.EffectModelRuntime(() => state.Events, store, new Analytics.Prediction.EffectModelRepository(state.Folder), time);
        _dispatch = new Sending.SendDispatch(store, state.Artifacts, state.Ledger, state.Sends,
            new Sending.SendExecutor(state.Sends, HcpChannels, Health, time, Metrics), secrets, declarationsRoot, time,
            new Sending.SuggestionPush(state.Sends, HcpChannels, new Distribution.JsonlFeedbackStore(Path.Combine(state.Folder, Distribution.JsonlFeedbackStore.FileName)), time),
            EffectModels);
        var learned = new Reconcilers.Learned.PipelineLearnedExamples(declarationsRoot, Metrics);
        var pieces = ReconcilerSet.ContentPieces(
            store, _index, state.Artifacts, state.Ledger, state.Audit, channels, options.ChatClients ?? new ChatClientProvider(), Metrics, time, sourceRevision,
            sends: new Sending.SendWithdrawal(state.Sends, HcpChannels, state.Audit, time),
            withdrawalHooks: [RepStopNotice.Over(store, HcpChannels), .. options.WithdrawalHooks],
            knowledgeFolder: Path.Combine(state.Folder, "knowledge", "recall"), learned: learned, predictions: EffectModels.PiecePredictionsAsync);
        var queue = new WorkQueue(time, new ControllerOptions().Backoff.CreateLimiter(time));
        var dependencies = new DependencyIndex(logs.CreateLogger<DependencyIndex>());
        _controller = new ControllerHost(queue, dependencies, new ControllerOptions { Workers = options.Workers }, time, logs.CreateLogger<ControllerHost>());
        _controller.Register(pieces.Kind, async (key, ct) =>
        {
            var started = time.GetTimestamp();
            var result = await Tallied(key, ct, () => pieces.ReconcilePieceAsync(key, ct));
            _tally.Record(key, result);
            if (result.StatusWritten)
            {
                Metrics.StatusWrites.WithLabels(key.Kind).Inc();

                // Straight onto the queue: these kinds summarise piece status. Enqueue would also fan out to their
                // dependents, i.e. every piece of the campaign, channel and namespace, reconciling each piece again
                // after every status write of any piece.
                foreach (var dependent in DependentsOfPieceStatus(key))
                {
                    _controller.Queue.Add(dependent);
                }
            }

            return Observe(key.Kind, started, OutcomeMapping.ToResult(result.Outcome));
        });
        var passages = new Knowledge.FilePassageCache(Path.Combine(state.Folder, "knowledge", "passages"));
        foreach (var reconciler in ReconcilerSet.Summaries(store, secrets, declarationsRoot, time, Health, () => state.Events, Metrics, passages, EffectModels, learned))
        {
            _controller.Register(reconciler.Kind, async (key, ct) =>
            {
                var started = time.GetTimestamp();
                return Observe(key.Kind, started, OutcomeMapping.ToResult(await Tallied(key, ct, () => reconciler.ReconcileAsync(key, ct))));
            });
        }

        SpecDependencies.Register(dependencies, store);
        Health.Changed += channel => _controller.Enqueue(new ResourceKey("ChannelTarget", channel.Split('/')[0], channel.Split('/')[1]));
    }

    public LocalStateStore State { get; }

    /// <summary>The effect model of this state: trained on schedule before each send pass, feeding send plans and suggestions.</summary>
    public Analytics.Prediction.EffectModelRuntime EffectModels { get; }

    /// <summary>Per-HCP channel adapters over the process's named resilience pipelines.</summary>
    public Sending.HcpChannelRegistry HcpChannels { get; }

    /// <summary>Channels whose sends fail right now; their ChannelTarget status shows it (condition Degraded).</summary>
    public Sending.ChannelHealth Health { get; }

    /// <summary>Counts a reconcile that throws (other than being stopped) as an error of the run, then lets the controller retry it.</summary>
    private async Task<T> Tallied<T>(ResourceKey key, CancellationToken stopping, Func<Task<T>> reconcile)
    {
        try
        {
            return await reconcile();
        }
        catch (Exception e) when (!(e is OperationCanceledException && stopping.IsCancellationRequested))
        {
            _tally.RecordException(key, e);
            throw;
        }
    }

    public ContentOpsMetrics Metrics { get; }

    public static EmbeddedRuntime Open(string stateFolder, string declarationsRoot, string? sourceRevision, EmbeddedOptions options, TimeProvider time, ILoggerFactory? logs = null) =>
        new(LocalStateStore.Open(stateFolder), declarationsRoot, sourceRevision, options, time, logs ?? NullLoggerFactory.Instance);

    /// <summary>
    /// Syncs the declarations into the state (null: unchanged since the last sync, nothing to sync), reconciles until
    /// idle and reports what happened.
    /// </summary>
    public async Task<RunReport> ReconcileAsync(IReadOnlyList<Resource>? declared, string? sourceRevision, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var sync = declared is null
            ? new SyncResult { Added = [], Changed = [], Deleted = [], Unchanged = [] }
            : await State.Resources.SyncAsync(declared, sourceRevision, _time.GetUtcNow(), cancellationToken);
        _index.Refresh();
        _tally.Start(progress);
        var settled = sync.IsNoOp && SettledRun.WasClean(State.Folder);

        // Before the campaigns are reconciled, so their status names the model that will rank this run's sends.
        var trained = await TrainEffectModelAsync(progress, cancellationToken);
        SettledRun.Start(State.Folder);
        if (settled)
        {
            foreach (var key in SettledRun.DuePieces(State.Resources.List("ContentPiece").OfType<ContentPiece>(), _time.GetUtcNow(), RetractedClaimsInState()))
            {
                _controller.Enqueue(key);
            }

            // A new effect model changes every piece's predicted engagement in its status (nothing else: generation,
            // review and publishing are addressed by digests and do no work again).
            if (trained)
            {
                foreach (var piece in State.Resources.List("ContentPiece"))
                {
                    _controller.Queue.Add(piece.Key);
                }
            }

            // Objectives are measured from engagement events, which arrive without any declaration changing; a new
            // process measures once so its metrics carry them.
            if (!_campaignsMeasured || Analytics.Kpis.EngagementWatermark.Changed(State) || trained)
            {
                foreach (var campaign in State.Resources.List("Campaign"))
                {
                    _controller.Queue.Add(campaign.Key);
                }
            }
        }
        else
        {
            EnqueueEverything(sync);
        }

        var next = await _controller.RunUntilIdleAsync(TimeSpan.Zero, cancellationToken);
        _campaignsMeasured = true;
        var sends = await DispatchSendsAsync(progress, cancellationToken);
        var pieces = State.Resources.List("ContentPiece").OfType<ContentPiece>().ToList();
        if (settled && SettledRun.NextDue(pieces, _time.GetUtcNow()) is { } due && (next is null || due.Due < next.Due))
        {
            next = due;
        }

        var report = _tally.Finish(sync, next, pieces) with { Sends = sends };
        if (report.Errors == 0)
        {
            // The marker promises the state is settled, so the state must be committed before it exists.
            State.Flush();
            Analytics.Kpis.EngagementWatermark.Record(State);
            SettledRun.FinishedClean(State.Folder, _time.GetUtcNow());
        }

        return report;
    }

    /// <summary>Every withdrawn or expired claim of the state's libraries: expiry is the clock's, so a settled rerun must look.</summary>
    private HashSet<(string Namespace, string Claim)> RetractedClaimsInState() =>
        [.. State.Resources.List("ClaimLibrary").OfType<ClaimLibrary>()
            .SelectMany(l => RetractedClaims.In([l], _time.GetUtcNow()).Keys.Select(id => (l.Metadata.EffectiveNamespace, id)))];

    /// <summary>Retrains the effect model when the schedule says so; true when the serving model or its card changed.</summary>
    private async Task<bool> TrainEffectModelAsync(IProgress<string>? progress, CancellationToken cancellationToken)
    {
        try
        {
            var report = await EffectModels.TrainIfDueAsync(cancellationToken);
            if (report is { Changed: true })
            {
                progress?.Report(report.Message);
                return true;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _tally.RecordException(new ResourceKey("Campaign", "", "effect-model"), e);
        }

        return false;
    }

    /// <summary>Executes the send plans of the published pieces; a failure is an error of the run, never a crash.</summary>
    private async Task<Sending.SendReport> DispatchSendsAsync(IProgress<string>? progress, CancellationToken cancellationToken)
    {
        try
        {
            var sends = await _dispatch.RunAsync(cancellationToken);
            if (sends.EffectModel is { } trained)
            {
                progress?.Report(trained);
            }

            foreach (var (channel, count) in sends.SentPerChannel.OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                progress?.Report($"ChannelTarget {channel}: sent {count} per-HCP message(s)");
            }

            foreach (var (channel, message) in sends.Degraded.OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                progress?.Report($"ChannelTarget {channel}: degraded: {message}");
            }

            if (sends.Deferred + sends.Waiting + sends.Failed > 0)
            {
                progress?.Report($"Sends: {sends.Deferred} deferred, {sends.Waiting} waiting, {sends.Failed} refused" +
                    (sends.NextDue is { } due ? $"; next due {due:yyyy-MM-dd HH:mm zzz}" : ""));
            }

            return sends;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _tally.RecordException(new ResourceKey("Audience", "", "sends"), e);
            return Sending.SendReport.Empty;
        }
    }

    private void EnqueueEverything(SyncResult sync)
    {
        foreach (var kind in ResourceKinds.All.Select(Resource.KindOf))
        {
            foreach (var resource in State.Resources.List(kind))
            {
                _controller.Enqueue(resource.Key);
            }
        }

        foreach (var deleted in sync.Deleted)
        {
            _controller.Enqueue(deleted);
        }
    }

    private ReconcileResult Observe(string kind, long started, ReconcileResult result)
    {
        Metrics.Reconciles.WithLabels(kind, result.Outcome switch
        {
            ReconcileOutcome.Done => "done",
            ReconcileOutcome.RequeueAfter => "wait",
            ReconcileOutcome.Stalled => "stall",
            _ => "error",
        }).Inc();
        Metrics.ReconcileDuration.WithLabels(kind).Observe(_time.GetElapsedTime(started).TotalSeconds);
        return result;
    }

    private IEnumerable<ResourceKey> DependentsOfPieceStatus(ResourceKey piece) => PieceStatusDependents.Of(State.Resources, _index, piece);

    /// <summary>The declared objects the state holds (as last synced), without those being deleted.</summary>
    public IReadOnlyList<Resource> DeclaredInState() =>
        [.. ResourceKinds.All.Select(Resource.KindOf).SelectMany(kind => State.Resources.List(kind)).Where(r => r.Metadata.DeletionTimestamp is null)];

    public void Dispose() => State.Dispose();
}
