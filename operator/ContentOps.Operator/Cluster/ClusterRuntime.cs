using ContentOps.Core.Api;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Core.Publishing;
using ContentOps.Core.Review;
using ContentOps.Operator.Controller;
using ContentOps.Operator.Embedded;
using ContentOps.Operator.Observability;
using ContentOps.Operator.Reconcilers;
using ContentOps.Operator.Reconcilers.ContentPieces;
using ContentOps.Operator.Reconcilers.ContentPieces.Approvals;
using ContentOps.Operator.Reconcilers.ContentPieces.Withdrawal;
using ContentOps.Operator.Stores.Kubernetes;
using k8s;
using Microsoft.Extensions.Logging;

namespace ContentOps.Operator.Cluster;

/// <summary>
/// The cluster mode assembled: informers feeding a <see cref="KubernetesResourceStore"/>, the same reconcilers as
/// the embedded mode, and a controller that reconciles while this replica leads. Spec changes (generation, labels,
/// deletion) enqueue keys; status-only changes never do, which is what keeps status writes from looping.
/// Publication outbox, audit log and artifacts live in the artifacts volume (see <see cref="ClusterOptions.ArtifactsPath"/>).
/// </summary>
internal sealed class ClusterRuntime : IDisposable
{
    private readonly ControllerHost _controller;

    // Cluster mode has no policy files: the examples cannot be read, so each SopPolicy declaring a learned detector says it is off.
    private readonly Reconcilers.Learned.PipelineLearnedExamples _learned = new(declarationsRoot: null);
    private readonly DeclaredIndex _index;
    private readonly LeaderStateFolder _state;
    private readonly KubernetesEventRecorder _events;
    private readonly Sending.SendDispatchLoop _sendDispatch;
    private readonly EnvironmentSecretResolver _secrets;
    private readonly string _artifactsPath;

    /// <summary>The effect model (in the artifacts volume's state folder), trained on schedule by the send loop.</summary>
    public Analytics.Prediction.EffectModelRuntime EffectModels { get; }

    public ClusterRuntime(IKubernetes client, ClusterOptions options, TimeProvider time, ILoggerFactory logs)
    {
        _state = new LeaderStateFolder(Path.Combine(options.ArtifactsPath, "state"));
        Metrics = new ContentOpsMetrics();
        Store = new KubernetesResourceStore(client, options.Store, logs.CreateLogger<KubernetesResourceStore>());
        _events = new KubernetesEventRecorder(client, Store.Get, options.Identity, time, logs.CreateLogger<KubernetesEventRecorder>());
        _index = new DeclaredIndex(Store);
        var store = Store;
        var audit = new EventingAuditLog(_state, _events);
        var secrets = new EnvironmentSecretResolver();
        Health = new Sending.ChannelHealth(Metrics);
        HcpChannels = new Sending.HcpChannelRegistry(options.ArtifactsPath, secrets, time, unsubscribe: Sending.UnsubscribeKey.Load(Path.Combine(options.ArtifactsPath, "state")));
        var channels = new ChannelRegistry(
            [new FileChannel(options.ArtifactsPath, time), new WebhookChannel(options.HttpClient ?? new HttpClient { Timeout = TimeSpan.FromSeconds(30) }, time), HcpChannels.WeChat,
                new Core.Publishing.Hcp.PerHcpOnlyChannel("smtp", time), new Core.Publishing.Hcp.PerHcpOnlyChannel("sms", time), new Core.Publishing.Hcp.PerHcpOnlyChannel("crm", time)],
            secrets, store);
        Sends = options.StateDatabase is { Length: > 0 } connection
            ? new Stores.Postgres.PostgresSendLedger(Npgsql.NpgsqlDataSource.Create(connection))
            : new LeaderSendLedger(() => _state.State);

        _secrets = secrets;
        _artifactsPath = options.ArtifactsPath;
        var pieces = ReconcilerSet.ContentPieces(
            store, _index, _state, _state, audit, channels, options.ChatClients ?? new ChatClientProvider(), Metrics, time, sourceRevision: null,
            sends: new Sending.SendWithdrawal(Sends, HcpChannels, audit, time),
            withdrawalHooks: [RepStopNotice.Over(store, HcpChannels)],
            signers: SignerSource.Admission, learned: _learned, predictions: (piece, ct) => EffectModels!.PiecePredictionsAsync(piece, ct));
        // Engagement is assigned below; the lambda reads it when a send pass runs.
        EffectModels = new Analytics.Prediction.EffectModelRuntime(() => Engagement ?? _state.Events, store,
            new Analytics.Prediction.EffectModelRepository(Path.Combine(options.ArtifactsPath, "state")), time);
        _sendDispatch = new Sending.SendDispatchLoop(
            new Sending.SendDispatch(store, _state, _state, Sends, new Sending.SendExecutor(Sends, HcpChannels, Health, time, Metrics), secrets, options.ArtifactsPath, time,
                new Sending.SuggestionPush(Sends, HcpChannels, new Distribution.JsonlFeedbackStore(Path.Combine(options.ArtifactsPath, "state", Distribution.JsonlFeedbackStore.FileName)), time),
                EffectModels),
            time, logs.CreateLogger<Sending.SendDispatchLoop>());
        var controllerOptions = new ControllerOptions { Workers = options.Workers };
        var queue = new WorkQueue(time, controllerOptions.Backoff.CreateLimiter(time));
        var dependencies = new DependencyIndex(logs.CreateLogger<DependencyIndex>());
        _controller = new ControllerHost(queue, dependencies, controllerOptions, time, logs.CreateLogger<ControllerHost>());
        _controller.Register(pieces.Kind, async (key, ct) =>
        {
            var result = await pieces.ReconcilePieceAsync(key, ct);
            if (result.StatusWritten)
            {
                Metrics.StatusWrites.WithLabels(key.Kind).Inc();

                // As in the embedded mode: the kinds that summarise piece status look again, the piece does not.
                foreach (var dependent in DependentsOfPieceStatus(key))
                {
                    _controller.Queue.Add(dependent);
                }
            }

            return OutcomeMapping.ToResult(result.Outcome);
        });
        Engagement = options.StateDatabase is { Length: > 0 } database
            ? new Stores.Postgres.PostgresEngagementStore(Npgsql.NpgsqlDataSource.Create(database))
            : null;
        foreach (var reconciler in ReconcilerSet.Summaries(store, secrets, options.ArtifactsPath, time, Health, () => Engagement ?? _state.Events, Metrics, effectModels: EffectModels, learned: _learned))
        {
            var refresh = reconciler.Kind == "Campaign" ? options.ObjectivesRefresh : null;
            _controller.Register(reconciler.Kind, async (key, ct) =>
            {
                var result = OutcomeMapping.ToResult(await reconciler.ReconcileAsync(key, ct));

                // Objectives are measured from events, which change no resource: look again on an interval.
                return refresh is { } every && result.Outcome == ReconcileOutcome.Done ? ReconcileResult.RequeueAfter(every, "re-measure objectives") : result;
            });
        }

        SpecDependencies.Register(dependencies, store);
        Health.Changed += channel => _controller.Enqueue(new ResourceKey("ChannelTarget", channel.Split('/')[0], channel.Split('/')[1]));
        Store.Changed += OnChanged;
    }

    public KubernetesResourceStore Store { get; }

    /// <summary>The per-HCP send ledger: PostgreSQL when configured, else the leader's state folder.</summary>
    public Stores.ISendLedger Sends { get; }

    /// <summary>Per-HCP channel adapters over the process's named resilience pipelines.</summary>
    public Sending.HcpChannelRegistry HcpChannels { get; }

    /// <summary>Channels whose sends fail right now; their ChannelTarget status shows it (condition Degraded).</summary>
    public Sending.ChannelHealth Health { get; }

    public ContentOpsMetrics Metrics { get; }

    /// <summary>Engagement events in PostgreSQL when configured (else the leader's state folder holds them).</summary>
    public Stores.Postgres.PostgresEngagementStore? Engagement { get; }

    /// <summary>The store campaigns are measured from: PostgreSQL, else the leader's state folder (null while not leading).</summary>
    public Stores.IEngagementStore? EngagementEvents => Engagement ?? _state.Events;

    /// <summary>
    /// What the API serves from: with PostgreSQL every replica takes events, unsubscribes and receipts; with the
    /// leader's state folder only the leader does (a standby answers 503 and the client's retry reaches the leader).
    /// </summary>
    public Http.ApiBackends ApiBackends(Func<bool> leading)
    {
        Stores.ISendLedger? SendsNow() => Engagement is not null ? Sends : _state.OpenState?.Sends;
        var feedback = new Distribution.JsonlFeedbackStore(Path.Combine(_artifactsPath, "state", Distribution.JsonlFeedbackStore.FileName));
        return new Http.ApiBackends
        {
            Time = TimeProvider.System,
            Ready = () => IsReady,
            Metrics = Metrics.Registry,
            Leading = leading,
            Events = () => (Stores.IEngagementStore?)Engagement ?? _state.OpenState?.Events,
            Sends = SendsNow,
            Comments = Http.RunApi.Comments(Store),
            Suggestions = new Http.StoreSuggestions(Store, SendsNow, _secrets, _artifactsPath, feedback, TimeProvider.System, effect: EffectModels),
            Channel = (ns, name) => Store.Get(new ResourceKey("ChannelTarget", ns, name)) as Core.Api.Channels.ChannelTarget,
            Secrets = _secrets,
            Unsubscribe = HcpChannels.Unsubscribe,
        };
    }

    public ControllerHost Controller => _controller;

    /// <summary>Ready for traffic and leadership: every kind has been listed.</summary>
    public bool IsReady => Store.HasSynced;

    /// <summary>Runs informers and the event pump until cancelled; they run on every replica, leader or not.</summary>
    public Task RunInformersAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(Store.RunAsync(cancellationToken), _events.RunAsync(cancellationToken));

    /// <summary>
    /// Reconciles until cancelled or suspended: waits for the caches, then queues every object once (a new leader
    /// trusts no queue it did not fill) and runs the workers.
    /// </summary>
    public async Task LeadAsync(CancellationToken cancellationToken)
    {
        await Store.WaitForSyncAsync(cancellationToken).ConfigureAwait(false);
        await _state.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (Sends is Stores.Postgres.PostgresSendLedger postgres)
        {
            await postgres.EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        }

        if (Engagement is not null)
        {
            await Engagement.EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        }
        _index.Refresh();
        foreach (var kind in ResourceKinds.All.Select(Resource.KindOf))
        {
            foreach (var resource in Store.List(kind))
            {
                _controller.Enqueue(resource.Key);
            }
        }

        // Send plans are executed only while leading: the loop stops before the state folder is let go.
        using var leading = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var sends = _sendDispatch.RunAsync(leading.Token);
        try
        {
            await _controller.RunAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await leading.CancelAsync().ConfigureAwait(false);
            await sends.ConfigureAwait(false);
            _state.Close();
        }
    }

    /// <summary>Stops reconciling, forgets the queue and lets go of the state folder, as after lost leadership.</summary>
    public async Task SuspendAsync()
    {
        await _controller.SuspendAndClearAsync().ConfigureAwait(false);
        _state.Close();
    }

    public void Dispose() => _state.Dispose();

    private void OnChanged(ResourceChange change)
    {
        if (!change.NeedsReconcile)
        {
            return;
        }

        // Pieces read approvals and policies through the index; it must be current before their keys are taken.
        if (change.Key.Kind is "Approval" or "SopPolicy")
        {
            _index.Refresh();
        }

        _controller.Enqueue(change.Key);
    }

    private IEnumerable<ResourceKey> DependentsOfPieceStatus(ResourceKey piece) => PieceStatusDependents.Of(Store, _index, piece);
}
