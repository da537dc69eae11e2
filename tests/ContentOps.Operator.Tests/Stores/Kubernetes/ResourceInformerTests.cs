using System.Text.Json.Nodes;
using ContentOps.Core.Api;
using ContentOps.Operator.Stores.Kubernetes;
using ContentOps.Operator.Tests.FakeApiServer;

namespace ContentOps.Operator.Tests.Stores.Kubernetes;

public sealed class ResourceInformerTests
{
    private const string Ns = FakeObjects.Namespace;

    /// <summary>Short watches and backoff so fault recovery shows within seconds, not minutes.</summary>
    private static readonly InformerOptions _fast = new()
    {
        MinWatchTimeout = TimeSpan.FromSeconds(2),
        MaxWatchTimeout = TimeSpan.FromSeconds(3),
        WatchDeadlineGrace = TimeSpan.FromSeconds(2),
        InitialBackoff = TimeSpan.FromMilliseconds(100),
        MaxBackoff = TimeSpan.FromSeconds(1),
        MinHealthyWatch = TimeSpan.FromMilliseconds(500),
    };

    [Fact]
    public async Task Informer_SeesAddedModifiedDeleted_AndTellsSpecFromStatusChanges()
    {
        await using var harness = await InformerHarness.StartAsync();
        harness.Cluster.Create(FakeObjects.Campaign("listed"));
        await harness.RunAsync();
        Assert.True(harness.Has("listed"));

        harness.Cluster.Create(FakeObjects.Campaign("watched"));
        await Eventually.TrueAsync(() => harness.Has("watched"), "ADDED reaches the cache");

        harness.Cluster.MergePatch(harness.Collection, Ns, "watched", Spec("Renamed"), status: false);
        await Eventually.TrueAsync(() => harness.DisplayName("watched") == "Renamed", "MODIFIED reaches the cache");

        harness.Cluster.MergePatch(harness.Collection, Ns, "watched", new JsonObject { ["status"] = new JsonObject { ["observedGeneration"] = 2 } }, status: true);
        await Eventually.TrueAsync(() => harness.Changes.Any(c => c.Kind == ResourceChangeKind.StatusChanged), "the status change reaches the cache");

        harness.Cluster.Delete(harness.Collection, Ns, "watched");
        await Eventually.TrueAsync(() => !harness.Has("watched"), "DELETED reaches the cache");

        var key = new ResourceKey("Campaign", Ns, "watched");
        Assert.Equal(
            [ResourceChangeKind.Added, ResourceChangeKind.SpecChanged, ResourceChangeKind.StatusChanged, ResourceChangeKind.Deleted],
            harness.Changes.Where(c => c.Key == key).Select(c => c.Kind));
        Assert.False(harness.Changes.Single(c => c.Kind == ResourceChangeKind.StatusChanged).NeedsReconcile);
        Assert.Equal(1, harness.Lists);
    }

    [Fact]
    public async Task List_PagesThroughLargeCollections()
    {
        await using var harness = await InformerHarness.StartAsync(new InformerOptions { PageSize = 2 });
        for (var i = 0; i < 5; i++)
        {
            harness.Cluster.Create(FakeObjects.Campaign($"c{i}"));
        }

        await harness.RunAsync();

        Assert.Equal(5, harness.Informer.Cache.Count);
        Assert.Equal(3, harness.Lists);
    }

    [Fact]
    public async Task DroppedWatch_Reconnects_FromItsResourceVersion_AndMissesNothing()
    {
        await using var harness = await InformerHarness.StartAsync(_fast);
        harness.Cluster.Create(FakeObjects.Campaign("kept"));
        harness.Cluster.Create(FakeObjects.Campaign("doomed"));
        await harness.RunAsync();
        await Eventually.TrueAsync(() => harness.Cluster.OpenWatches == 1, "the watch is open");

        // Changes land while no watch is open: only resuming from the last resourceVersion can deliver them.
        harness.Cluster.DropWatches(() =>
        {
            harness.Cluster.Create(FakeObjects.Campaign("born"));
            harness.Cluster.MergePatch(harness.Collection, Ns, "kept", Spec("Changed"), status: false);
            harness.Cluster.Delete(harness.Collection, Ns, "doomed");
        });

        await Eventually.TrueAsync(
            () => harness.Has("born") && !harness.Has("doomed") && harness.DisplayName("kept") == "Changed",
            "every change made while disconnected reaches the cache");
        Assert.True(harness.Watches >= 2);
        Assert.Equal(1, harness.Lists);
    }

    [Fact]
    public async Task StaleWatch_410ErrorEvent_Relists_AndReportsWhatChangedMeanwhile()
    {
        await using var harness = await InformerHarness.StartAsync(_fast with { MinWatchTimeout = TimeSpan.FromMinutes(5), MaxWatchTimeout = TimeSpan.FromMinutes(5) });
        harness.Cluster.Create(FakeObjects.Campaign("old"));
        await harness.RunAsync();
        await Eventually.TrueAsync(() => harness.Cluster.OpenWatches == 1, "the watch is open");

        // The open watch stops delivering, then the history is compacted: only a relist can show these changes.
        harness.Cluster.StallOpenWatches();
        harness.Cluster.Create(FakeObjects.Campaign("new"));
        harness.Cluster.Delete(harness.Collection, Ns, "old");
        harness.Cluster.ExpireResourceVersions();

        await Eventually.TrueAsync(() => harness.Has("new") && !harness.Has("old"), "the relist brings the cache up to date");
        Assert.Equal(2, harness.Lists);
        Assert.Contains(harness.Changes, c => c.Key.Name == "old" && c.Kind == ResourceChangeKind.Deleted);
        await Eventually.TrueAsync(() => harness.Cluster.OpenWatches == 1, "watching resumes after the relist");
    }

    [Fact]
    public async Task WatchOnEmptyCollection_ClosedWithNoEvent_Reconnects()
    {
        await using var harness = await InformerHarness.StartAsync(
            _fast with { MinWatchTimeout = TimeSpan.FromSeconds(1), MaxWatchTimeout = TimeSpan.FromSeconds(1) },
            server => server.BookmarkInterval = null);
        harness.Cluster.CloseNextWatchesEmpty(2);
        await harness.RunAsync();

        // Two injected empty closes, then idle watches the server ends after timeoutSeconds=1 with no event at all:
        // each throws "Error while copying content" in the client and must count as a normal close.
        await Eventually.TrueAsync(() => harness.Watches >= 5, "the informer keeps reopening the watch");
        harness.Cluster.Create(FakeObjects.Campaign("late"));
        await Eventually.TrueAsync(() => harness.Has("late"), "the object created later is seen");
        Assert.Equal(1, harness.Lists);
    }

    [Fact]
    public async Task SilentWatch_IsRecycledByTimeoutSeconds_AndMissesNothing()
    {
        await using var harness = await InformerHarness.StartAsync(_fast);
        await harness.RunAsync();
        await Eventually.TrueAsync(() => harness.Cluster.OpenWatches == 1, "the watch is open");
        var watches = harness.Watches;

        harness.Cluster.StallOpenWatches();
        harness.Cluster.Create(FakeObjects.Campaign("unseen"));

        await Eventually.TrueAsync(() => harness.Has("unseen"), "the next watch resumes and delivers the missed ADDED");
        Assert.True(harness.Watches > watches);
        Assert.Equal(1, harness.Lists);
    }

    [Fact]
    public async Task WatchTheServerNeverEnds_IsAbandonedByTheClientDeadline()
    {
        await using var harness = await InformerHarness.StartAsync(
            _fast with { MinWatchTimeout = TimeSpan.FromSeconds(1), MaxWatchTimeout = TimeSpan.FromSeconds(1), WatchDeadlineGrace = TimeSpan.FromSeconds(1) },
            server => server.IgnoreTimeoutSeconds = true);
        await harness.RunAsync();
        await Eventually.TrueAsync(() => harness.Cluster.OpenWatches == 1, "the watch is open");

        harness.Cluster.StallOpenWatches();
        harness.Cluster.Create(FakeObjects.Campaign("unseen"));

        await Eventually.TrueAsync(() => harness.Has("unseen"), "a new watch replaces the one the server never ended");
        Assert.Equal(1, harness.Lists);
    }

    [Fact]
    public async Task Bookmarks_AdvanceTheResourceVersion()
    {
        await using var harness = await InformerHarness.StartAsync(_fast with { MinWatchTimeout = TimeSpan.FromMinutes(5), MaxWatchTimeout = TimeSpan.FromMinutes(5) });
        await harness.RunAsync();

        // A change in another collection moves the global resourceVersion; only a bookmark can tell this informer.
        harness.Cluster.Create(new JsonObject
        {
            ["apiVersion"] = ApiGroup.ApiVersion,
            ["kind"] = "Audience",
            ["metadata"] = new JsonObject { ["name"] = "hcps", ["namespace"] = Ns },
            ["spec"] = new JsonObject(),
        });
        var expected = harness.Cluster.ResourceVersion.ToString(System.Globalization.CultureInfo.InvariantCulture);

        await Eventually.TrueAsync(() => harness.Informer.ResourceVersion == expected, "a bookmark carries the newer resourceVersion");
    }

    private static JsonObject Spec(string displayName) => new() { ["spec"] = new JsonObject { ["displayName"] = displayName } };
}
