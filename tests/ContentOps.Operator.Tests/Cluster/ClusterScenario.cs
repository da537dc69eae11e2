using System.Text.Json.Nodes;
using ContentOps.Core.Api;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Operator.Cluster;
using ContentOps.Operator.Declarations;
using ContentOps.Operator.Embedded;
using ContentOps.Operator.Stores.Kubernetes;
using ContentOps.Operator.Tests.FakeApiServer;
using ContentOps.Operator.Tests.Planning;
using ContentOps.Operator.Tests.TestSupport;
using k8s;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ContentOps.Operator.Tests.Cluster;

/// <summary>
/// examples/ created on a fake API server and reconciled by a <see cref="ClusterRuntime"/> through the real client,
/// with the embedded mode run over the same declarations as the oracle for where every piece must end up.
/// </summary>
internal sealed class ClusterScenario : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _running = [];
    private readonly IReadOnlyList<IDisposable> _owned;

    private ClusterScenario(FakeApiServer.FakeApiServer server, IReadOnlyDictionary<string, string?> expected, string root, string ns, IReadOnlyList<IDisposable> owned)
    {
        (Server, Expected, Namespace, _owned) = (server, expected, ns, owned);
        Client = new k8s.Kubernetes(new KubernetesClientConfiguration { Host = server.Url });
        Runtime = new ClusterRuntime(Client, new ClusterOptions
        {
            ArtifactsPath = root,
            Workers = 2,
            Identity = "test-replica",
            Store = new KubernetesStoreOptions { Namespaces = [ns] },
        }, Time, NullLoggerFactory.Instance);
    }

    public string Namespace { get; }

    public FakeTimeProvider Time { get; } = new(EmbeddedHarness.Start);

    public FakeApiServer.FakeApiServer Server { get; }

    public IKubernetes Client { get; }

    public ClusterRuntime Runtime { get; }

    /// <summary>Piece name → the phase the embedded mode reaches over the same declarations.</summary>
    public IReadOnlyDictionary<string, string?> Expected { get; }

    /// <summary>examples/ in namespace diabetes.</summary>
    public static Task<ClusterScenario> ForExamplesAsync()
    {
        // The oracle runs embedded, where approvals count only from Git commits by the approvers; the cluster's copy
        // needs no Git (the admission policy vouches for signers there).
        var (oracle, cluster) = (new ExampleRepository(), new ExampleRepository(git: false));
        return StartAsync(oracle.Examples, cluster.Examples, FakeObjects.Namespace, [oracle, cluster]);
    }

    /// <summary>The test fixture in namespace cardio: it has pieces that need no approval (webhooks lead nowhere).</summary>
    public static Task<ClusterScenario> ForFixtureAsync(Action<FixtureRepository>? edit = null)
    {
        var (oracle, cluster) = (FixtureRepository.Create("http://127.0.0.1:9"), FixtureRepository.Create("http://127.0.0.1:9"));
        edit?.Invoke(oracle);
        edit?.Invoke(cluster);
        return StartAsync(oracle.Root, cluster.Root, FixtureRepository.Namespace, [oracle, cluster]);
    }

    private static async Task<ClusterScenario> StartAsync(string oracleRoot, string root, string ns, IReadOnlyList<IDisposable> owned)
    {
        var time = new FakeTimeProvider(EmbeddedHarness.Start);
        var declared = Load(oracleRoot, time);
        using var embedded = EmbeddedRuntime.Open(Path.Combine(oracleRoot, ".oracle-state"), oracleRoot, null, new EmbeddedOptions { Workers = 2 }, time);
        using (var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2)))
        {
            await embedded.ReconcileAsync(declared, null, null, timeout.Token);
        }

        var expected = embedded.State.Resources.List("ContentPiece").OfType<ContentPiece>()
            .ToDictionary(p => p.Metadata.Name, p => p.Status?.Phase, StringComparer.Ordinal);
        var server = await FakeApiServer.FakeApiServer.StartAsync();
        foreach (var resource in declared)
        {
            server.Cluster.Create(FakeObjects.From(resource));
        }

        var scenario = new ClusterScenario(server, expected, root, ns, owned);
        scenario._running.Add(Task.Run(() => scenario.Runtime.RunInformersAsync(scenario._stop.Token)));
        scenario._running.Add(Task.Run(() => scenario.Runtime.LeadAsync(scenario._stop.Token)));
        return scenario;
    }

    public ContentPiece? Piece(string name) => Runtime.Store.Get(new ResourceKey("ContentPiece", Namespace, name)) as ContentPiece;

    /// <summary>The phase of every piece as the API server stores it.</summary>
    public Dictionary<string, string?> ServerPhases() =>
        Server.Cluster.List(FakeObjects.Collection("ContentPiece"), Namespace).Items
            .ToDictionary(o => (string)o["metadata"]!["name"]!, o => (string?)o["status"]?["phase"], StringComparer.Ordinal);

    public Task ConvergeAsync() => Eventually.TrueAsync(
        () => Expected.All(e => ServerPhases().GetValueOrDefault(e.Key) == e.Value),
        "every piece reaches the phase the embedded mode reaches",
        TimeSpan.FromMinutes(2));

    /// <summary>Waits until a full second passes without a write request (bounded, so a hot loop fails the test).</summary>
    public async Task QuietAsync()
    {
        var last = -1;
        await Eventually.TrueAsync(
            () =>
            {
                var writes = Server.Requests.Count(r => r.IsWrite);
                var quiet = writes == last;
                last = writes;
                return quiet;
            },
            "the operator stops writing",
            TimeSpan.FromMinutes(1));
    }

    /// <summary>Creates the Approvals of every missing role for the piece's current content digest, as <c>contentops approve</c> writes them.</summary>
    public void Approve(string piece)
    {
        var status = Piece(piece)?.Status ?? throw new InvalidOperationException($"{piece} has no status.");
        foreach (var role in status.Approvals?.Missing ?? [])
        {
            Server.Cluster.Create(new JsonObject
            {
                ["apiVersion"] = ApiGroup.ApiVersion,
                ["kind"] = "Approval",
                ["metadata"] = new JsonObject { ["name"] = $"{piece}-{role}", ["namespace"] = Namespace },
                ["spec"] = new JsonObject
                {
                    ["contentPiece"] = piece,
                    ["contentDigest"] = status.ContentDigest,
                    ["role"] = role,
                    ["approvedBy"] = "医学部 王某",
                },
            });
        }
    }

    /// <summary>Write requests (POST, PUT, PATCH, DELETE) on one piece and its status.</summary>
    public int ObjectWrites(string piece) => Server.Requests.Count(r => r.IsWrite
        && (r.Path.EndsWith($"/contentpieces/{piece}", StringComparison.Ordinal) || r.Path.EndsWith($"/contentpieces/{piece}/status", StringComparison.Ordinal)));

    /// <summary>Events the operator wrote about an object.</summary>
    public IReadOnlyList<JsonObject> EventsFor(string name) =>
        [.. Server.Cluster.List("events.k8s.io/v1/events", Namespace).Items.Where(e => (string?)e["regarding"]?["name"] == name)];

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await Task.WhenAll(_running).WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (OperationCanceledException)
        {
            // The controller reports its cancellation; that is the normal end.
        }

        Runtime.Dispose();
        Client.Dispose();
        await Server.DisposeAsync();
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }

        _stop.Dispose();
    }

    private static IReadOnlyList<Resource> Load(string path, TimeProvider time)
    {
        var declarations = new DeclarationLoader(time, DeclarationLimits.Default).Load(path);
        Assert.False(declarations.HasErrors, string.Join("\n", declarations.Diagnostics.Select(d => d.ToString())));
        return [.. declarations.Resources.Select(d => d.Resource)];
    }
}
