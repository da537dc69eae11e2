using System.Text.Json.Nodes;
using ContentOps.Core.Api;
using ContentOps.Core.Api.Campaigns;
using ContentOps.Operator.Stores.Kubernetes;
using ContentOps.Operator.Tests.FakeApiServer;
using k8s;
using k8s.Autorest;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContentOps.Operator.Tests.Stores.Kubernetes;

public sealed class KubernetesResourceStoreTests : IAsyncLifetime
{
    private static readonly ResourceKey _key = new("Campaign", FakeObjects.Namespace, "launch");
    private readonly CancellationTokenSource _stop = new();
    private FakeApiServer.FakeApiServer _server = null!;
    private IKubernetes _client = null!;
    private KubernetesResourceStore _store = null!;
    private Task _run = Task.CompletedTask;

    public async Task InitializeAsync()
    {
        _server = await FakeApiServer.FakeApiServer.StartAsync();
        _server.Cluster.Create(FakeObjects.Campaign("launch"));
        _client = new k8s.Kubernetes(new KubernetesClientConfiguration { Host = _server.Url });
        _store = new KubernetesResourceStore(_client, new KubernetesStoreOptions { Namespaces = [FakeObjects.Namespace] }, NullLogger<KubernetesResourceStore>.Instance);
        _run = _store.RunAsync(_stop.Token);
        using var timeout = new CancellationTokenSource(Eventually.DefaultTimeout);
        await _store.WaitForSyncAsync(timeout.Token);
        _server.ResetRequests();
    }

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        await _run.WaitAsync(TimeSpan.FromSeconds(30));
        _client.Dispose();
        await _server.DisposeAsync();
        _stop.Dispose();
    }

    [Fact]
    public async Task UpdateStatus_WritesTheStatusSubresource_OnceAndReadsItsOwnWrite()
    {
        Assert.True(await _store.UpdateStatusAsync(_key, Status(3), CancellationToken.None));
        Assert.False(await _store.UpdateStatusAsync(_key, Status(3), CancellationToken.None));

        Assert.Equal(3, ((Campaign)_store.Get(_key)!).Status!.Pieces);
        Assert.Equal(3, (int)_server.Cluster.Get(FakeObjects.Collection("Campaign"), FakeObjects.Namespace, "launch")["status"]!["pieces"]!);
        Assert.Equal(["PATCH /apis/contentops.io/v1alpha1/namespaces/diabetes/campaigns/launch/status"], Writes());
    }

    [Fact]
    public async Task UpdateStatus_RemovesFieldsTheNewStatusLacks_AndSendsConditionsWhole()
    {
        await _store.UpdateStatusAsync(_key, Status(3), CancellationToken.None);
        await _store.UpdateStatusAsync(_key, new CampaignStatus { ObservedGeneration = 1, Conditions = [Ready("False")] }, CancellationToken.None);

        var status = _server.Cluster.Get(FakeObjects.Collection("Campaign"), FakeObjects.Namespace, "launch")["status"]!.AsObject();
        Assert.False(status.ContainsKey("pieces"));
        Assert.Equal("False", (string?)status["conditions"]![0]!["status"]);
    }

    [Fact]
    public async Task UpdateStatus_ConflictStorm_SucceedsWithinBoundedRetries()
    {
        _server.Cluster.InjectConflicts(3);

        Assert.True(await _store.UpdateStatusAsync(_key, Status(5), CancellationToken.None));

        // Three 409s, each followed by a fresh GET, then the write that lands.
        Assert.Equal(4, Writes().Count);
        Assert.Equal(3, _server.Requests.Count(r => r.Method == "GET" && r.Path.EndsWith("/campaigns/launch", StringComparison.Ordinal)));
        Assert.Equal(5, (int)_server.Cluster.Get(FakeObjects.Collection("Campaign"), FakeObjects.Namespace, "launch")["status"]!["pieces"]!);
    }

    [Fact]
    public async Task UpdateStatus_EndlessConflicts_GivesUpAfterTheBound_SoTheQueueRetries()
    {
        _server.Cluster.InjectConflicts(100);

        var failure = await Assert.ThrowsAsync<HttpOperationException>(() => _store.UpdateStatusAsync(_key, Status(5), CancellationToken.None));

        Assert.Equal(System.Net.HttpStatusCode.Conflict, failure.Response.StatusCode);
        Assert.Equal(new KubernetesStoreOptions().WriteAttempts, Writes().Count);
    }

    [Fact]
    public async Task Finalizers_CarryTheResourceVersion_AndRetryOnConflict()
    {
        // Someone else changes the object first: the cached resourceVersion is stale, the server answers 409.
        _server.Cluster.MergePatch(FakeObjects.Collection("Campaign"), FakeObjects.Namespace, "launch",
            new JsonObject { ["metadata"] = new JsonObject { ["labels"] = new JsonObject { ["team"] = "coe" } } }, status: false);
        _server.Cluster.InjectConflicts(2);

        await _store.AddFinalizerAsync(_key, ApiGroup.WithdrawFinalizer, CancellationToken.None);
        await _store.AddFinalizerAsync(_key, ApiGroup.WithdrawFinalizer, CancellationToken.None);

        var stored = _server.Cluster.Get(FakeObjects.Collection("Campaign"), FakeObjects.Namespace, "launch");
        Assert.Equal([ApiGroup.WithdrawFinalizer], stored["metadata"]!["finalizers"]!.AsArray().Select(f => (string?)f));
        Assert.Equal("coe", (string?)stored["metadata"]!["labels"]!["team"]);
        Assert.Equal([ApiGroup.WithdrawFinalizer], _store.Get(_key)!.Metadata.Finalizers);
        // Two injected 409s, maybe one for the stale resourceVersion, then the write that lands; the second add is a no-op.
        Assert.InRange(Writes().Count, 3, 4);

        await _store.RemoveFinalizerAsync(_key, ApiGroup.WithdrawFinalizer, CancellationToken.None);
        Assert.Empty(_server.Cluster.Get(FakeObjects.Collection("Campaign"), FakeObjects.Namespace, "launch")["metadata"]!["finalizers"]!.AsArray());
    }

    [Fact]
    public async Task RemovingTheLastFinalizer_OfADeletedObject_ForgetsIt()
    {
        await _store.AddFinalizerAsync(_key, ApiGroup.WithdrawFinalizer, CancellationToken.None);
        _server.Cluster.Delete(FakeObjects.Collection("Campaign"), FakeObjects.Namespace, "launch");
        await Eventually.TrueAsync(() => _store.Get(_key)?.Metadata.DeletionTimestamp is not null, "the deletion reaches the cache");

        await _store.RemoveFinalizerAsync(_key, ApiGroup.WithdrawFinalizer, CancellationToken.None);

        Assert.Null(_store.Get(_key));
        Assert.Null(_server.Cluster.TryGet(FakeObjects.Collection("Campaign"), FakeObjects.Namespace, "launch"));
        Assert.False(await _store.UpdateStatusAsync(_key, Status(1), CancellationToken.None));
    }

    private List<string> Writes() => [.. _server.Requests.Where(r => r.IsWrite).Select(r => $"{r.Method} {r.Path}")];

    private static CampaignStatus Status(int pieces) => new() { ObservedGeneration = 1, Pieces = pieces, Conditions = [Ready("True")] };

    private static Condition Ready(string status) => new()
    {
        Type = "Ready",
        Status = status,
        Reason = "Summarized",
        LastTransitionTime = new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero),
    };
}
