using System.Text.Json.Nodes;
using ContentOps.Core.Api;
using ContentOps.Core.Api.Campaigns;
using ContentOps.Operator.Stores.Kubernetes;
using ContentOps.Operator.Tests.FakeApiServer;
using k8s;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContentOps.Operator.Tests.Stores.Kubernetes;

/// <summary>
/// An operator given several namespaces sees exactly those, through namespaced LIST and WATCH only, so a Role in
/// each of them is all the RBAC it needs.
/// </summary>
public sealed class KubernetesResourceStoreNamespacesTests
{
    [Fact]
    public async Task WatchingTwoNamespaces_SeesAndWritesBoth_AndNeverTouchesAThird()
    {
        await using var server = await FakeApiServer.FakeApiServer.StartAsync();
        foreach (var ns in new[] { "diabetes", "oncology", "cardio" })
        {
            server.Cluster.Create(Campaign("launch", ns));
        }

        using var client = new k8s.Kubernetes(new KubernetesClientConfiguration { Host = server.Url });
        var store = new KubernetesResourceStore(client, new KubernetesStoreOptions { Namespaces = ["diabetes", "oncology"] }, NullLogger<KubernetesResourceStore>.Instance);
        using var stop = new CancellationTokenSource();
        var run = store.RunAsync(stop.Token);
        using (var timeout = new CancellationTokenSource(Eventually.DefaultTimeout))
        {
            await store.WaitForSyncAsync(timeout.Token);
        }

        Assert.Equal(["diabetes", "oncology"], store.List("Campaign").Select(c => c.Metadata.Namespace).Order(StringComparer.Ordinal));
        Assert.Null(store.Get(new ResourceKey("Campaign", "cardio", "launch")));
        Assert.Empty(store.List("Campaign", "cardio"));

        var oncology = new ResourceKey("Campaign", "oncology", "launch");
        Assert.True(await store.UpdateStatusAsync(oncology, new CampaignStatus { ObservedGeneration = 1, Pieces = 2 }, CancellationToken.None));
        Assert.Equal(2, (int)server.Cluster.Get(FakeObjects.Collection("Campaign"), "oncology", "launch")["status"]!["pieces"]!);

        server.Cluster.Create(Campaign("second", "oncology"));
        server.Cluster.Create(Campaign("second", "cardio"));
        await Eventually.TrueAsync(() => store.Get(new ResourceKey("Campaign", "oncology", "second")) is not null, "a new object in a watched namespace arrives");
        Assert.Null(store.Get(new ResourceKey("Campaign", "cardio", "second")));
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            store.UpdateStatusAsync(new ResourceKey("Campaign", "cardio", "launch"), new CampaignStatus(), CancellationToken.None));

        Assert.DoesNotContain(server.Requests, r => r.Path.Contains("/namespaces/cardio/", StringComparison.Ordinal));
        Assert.DoesNotContain(server.Requests, r => r.Path.StartsWith("/apis/contentops.io/v1alpha1/campaigns", StringComparison.Ordinal));

        await stop.CancelAsync();
        await run.WaitAsync(TimeSpan.FromSeconds(30));
    }

    private static JsonObject Campaign(string name, string ns)
    {
        var campaign = FakeObjects.Campaign(name);
        campaign["metadata"]!["namespace"] = ns;
        return campaign;
    }
}
