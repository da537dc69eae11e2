using ContentOps.Core.Api;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Core.Publishing;
using ContentOps.Core.Review;
using ContentOps.Operator.Controller;
using ContentOps.Operator.Declarations;
using ContentOps.Operator.Embedded;
using ContentOps.Operator.Observability;
using ContentOps.Operator.Reconcilers;
using ContentOps.Operator.Reconcilers.ContentPieces;
using ContentOps.Operator.Stores;
using ContentOps.Operator.Stores.Local;
using ContentOps.Operator.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace ContentOps.Operator.Tests.Reconcilers;

/// <summary>The ContentPiece reconciler alone, on a local state folder and a fixture repository, with a fake clock.</summary>
internal sealed class PieceReconcilerHarness : IDisposable
{
    private readonly LocalStateStore _state;
    private readonly DeclaredIndex _index;
    private readonly ContentPieceReconciler _reconciler;

    public PieceReconcilerHarness(ChatClientProvider? chatClients = null)
    {
        Repository = FixtureRepository.Create("http://127.0.0.1:9");
        _state = LocalStateStore.Open(Repository.StateFolder);
        _index = new DeclaredIndex(_state.Resources);
        var metrics = new ContentOpsMetrics();
        var store = _state.Resources;
        var channels = new ChannelRegistry([new FileChannel(Repository.Root, Time), Channel], new EnvironmentSecretResolver(), store);
        Metrics = metrics;
        var generate = new GenerateStep(_state.Artifacts, chatClients ?? new ChatClientProvider(), metrics);
        _reconciler = new ContentPieceReconciler(
            store,
            new ResolveStep(store, _index),
            generate,
            new ReviewStep(_state.Artifacts, new ContentReviewer(), metrics),
            new RemediateStep(generate, metrics),
            new PublishStep(_state.Artifacts, _state.Ledger, channels, metrics, Time),
            _state.Audit,
            Time,
            "0123456789abcdef");
    }

    public FakeTimeProvider Time { get; } = new(EmbeddedHarness.Start);

    public ContentOpsMetrics Metrics { get; }

    public FixtureRepository Repository { get; }

    public RecordingChannel Channel { get; } = new();

    /// <summary>Loads the YAML (minus <paramref name="omit"/>) into the store.</summary>
    public async Task SyncAsync(params string[] omit)
    {
        var declarations = new DeclarationLoader(Time, DeclarationLimits.Default).Load(Repository.Root);
        Assert.False(declarations.HasErrors, string.Join("\n", declarations.Diagnostics));
        var resources = declarations.Resources.Select(d => d.Resource).Where(r => !omit.Contains($"{r.Kind}/{r.Metadata.Name}")).ToList();
        await _state.Resources.SyncAsync(resources, null, Time.GetUtcNow());
        _index.Refresh();
    }

    /// <summary>One reconcile of a piece, as the controller sees its result.</summary>
    public async Task<ReconcileResult> ReconcileAsync(string piece) =>
        OutcomeMapping.ToResult((await _reconciler.ReconcilePieceAsync(Key(piece), CancellationToken.None)).Outcome);

    public ContentPieceStatus Status(string piece) => ((ContentPiece)_state.Resources.Get(Key(piece))!).Status!;

    public Task<IReadOnlyList<AuditRecord>> AuditAsync(string piece) =>
        _state.Audit.ReadAsync(Key(piece).ToString(), 0, CancellationToken.None);

    public Condition Condition(string piece, string type) => Status(piece).Conditions!.Single(c => c.Type == type);

    public void Dispose()
    {
        _state.Dispose();
        Repository.Dispose();
    }

    private static ResourceKey Key(string piece) => new("ContentPiece", FixtureRepository.Namespace, piece);
}
