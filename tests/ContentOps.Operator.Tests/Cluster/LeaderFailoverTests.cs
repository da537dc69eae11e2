using ContentOps.Core.Api;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Operator.Cluster;
using ContentOps.Operator.Declarations;
using ContentOps.Operator.Stores.Kubernetes;
using ContentOps.Operator.Tests.FakeApiServer;
using ContentOps.Operator.Tests.Planning;
using ContentOps.Operator.Tests.TestSupport;
using k8s;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ContentOps.Operator.Tests.Cluster;

public sealed class LeaderFailoverTests
{
    private static readonly LeaseOptions _lease = new()
    {
        LeaseDuration = TimeSpan.FromSeconds(3),
        RenewDeadline = TimeSpan.FromSeconds(2),
        RetryPeriod = TimeSpan.FromMilliseconds(500),
    };

    [Fact]
    public async Task PartitionedLeader_StopsItsWorkersAndClearsItsQueue_AndTheStandbyTakesOver()
    {
        var time = new FakeTimeProvider(EmbeddedHarness.Start);
        using var repository = new ExampleRepository(git: false);
        await using var server = await FakeApiServer.FakeApiServer.StartAsync();
        foreach (var declaration in new DeclarationLoader(time, DeclarationLimits.Default).Load(repository.Examples).Resources)
        {
            server.Cluster.Create(FakeObjects.From(declaration.Resource));
        }

        var partition = new PartitionHandler();
        using var clientA = new k8s.Kubernetes(new KubernetesClientConfiguration { Host = server.Url }, partition);
        using var clientB = new k8s.Kubernetes(new KubernetesClientConfiguration { Host = server.Url });
        using var a = Host(clientA, "replica-a", repository.Examples, time);
        using var b = Host(clientB, "replica-b", repository.Examples, time);
        using var stop = new CancellationTokenSource();
        var runA = Task.Run(() => a.RunAsync(stop.Token));
        await Eventually.TrueAsync(() => a.Leadership.IsLeader, "the first replica leads");
        var runB = Task.Run(() => b.RunAsync(stop.Token));
        await Eventually.TrueAsync(
            () => server.Cluster.List(FakeObjects.Collection("ContentPiece"), FakeObjects.Namespace).Items.All(o => o["status"]?["phase"] is not null),
            "the leader reconciles every piece");
        Assert.False(b.Leadership.IsLeader);

        partition.Partitioned = true;

        await Eventually.TrueAsync(() => !a.Leadership.IsLeader, "the partitioned leader gives up after its renew deadline");
        // Losing the lease cancels the workers; the queue empties once the ones mid-reconcile have returned.
        await Eventually.TrueAsync(
            () => (a.Runtime.Controller.Queue.Stats.Depth, a.Runtime.Controller.Queue.Stats.InFlight, a.Runtime.Controller.Queue.Stats.Delayed) == (0, 0, 0),
            "the former leader's queue is empty", TimeSpan.FromSeconds(5));
        await Eventually.TrueAsync(() => b.Leadership.IsLeader, "the standby takes over once the lease expires");

        // The new leader does the work now: an approval published through it.
        var piece = (ContentPiece)b.Runtime.Store.List("ContentPiece").First(p => ((ContentPiece)p).Status?.Phase == ContentPiecePhase.AwaitingApproval
            && p.Metadata.Name.Contains("email", StringComparison.Ordinal));
        foreach (var role in piece.Status!.Approvals!.Missing!)
        {
            server.Cluster.Create(new System.Text.Json.Nodes.JsonObject
            {
                ["apiVersion"] = ApiGroup.ApiVersion,
                ["kind"] = "Approval",
                ["metadata"] = new System.Text.Json.Nodes.JsonObject { ["name"] = $"{piece.Metadata.Name}-{role}", ["namespace"] = FakeObjects.Namespace },
                ["spec"] = new System.Text.Json.Nodes.JsonObject
                {
                    ["contentPiece"] = piece.Metadata.Name,
                    ["contentDigest"] = piece.Status.ContentDigest,
                    ["role"] = role,
                    ["approvedBy"] = "医学部 王某",
                },
            });
        }

        await Eventually.TrueAsync(
            () => (string?)server.Cluster.Get(FakeObjects.Collection("ContentPiece"), FakeObjects.Namespace, piece.Metadata.Name)["status"]?["phase"] == ContentPiecePhase.Published,
            "the new leader publishes the approved piece");

        // Healed, the old leader stays a standby: the lease is held and renewed by the new one.
        partition.Partitioned = false;
        await Task.Delay(_lease.LeaseDuration * 2);
        Assert.False(a.Leadership.IsLeader);
        Assert.True(b.Leadership.IsLeader);

        await stop.CancelAsync();
        await Task.WhenAll(runA, runB).WaitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>
    /// A rolling update stops the leader with SIGTERM: it hands the Lease back after its workers stopped, so the
    /// standby leads after a retry period or two, not after the 15 s a killed leader's lease takes to expire.
    /// </summary>
    [Fact]
    public async Task GracefulStop_HandsTheLeaseBack_SoTheStandbyLeadsWithinAFractionOfTheLeaseDuration()
    {
        var lease = new LeaseOptions
        {
            LeaseDuration = TimeSpan.FromSeconds(15),
            RenewDeadline = TimeSpan.FromSeconds(10),
            RetryPeriod = TimeSpan.FromMilliseconds(300),
        };
        var time = new FakeTimeProvider(EmbeddedHarness.Start);
        using var repository = new ExampleRepository(git: false);
        await using var server = await FakeApiServer.FakeApiServer.StartAsync();
        using var clientA = new k8s.Kubernetes(new KubernetesClientConfiguration { Host = server.Url });
        using var clientB = new k8s.Kubernetes(new KubernetesClientConfiguration { Host = server.Url });
        using var a = Host(clientA, "replica-a", repository.Examples, time, lease);
        using var b = Host(clientB, "replica-b", repository.Examples, time, lease);
        using var stopA = new CancellationTokenSource();
        using var stopB = new CancellationTokenSource();
        var runA = Task.Run(() => a.RunAsync(stopA.Token));
        await Eventually.TrueAsync(() => a.Leadership.IsLeader, "the first replica leads");
        var runB = Task.Run(() => b.RunAsync(stopB.Token));
        await Task.Delay(lease.RetryPeriod * 4);
        Assert.False(b.Leadership.IsLeader);

        await stopA.CancelAsync();
        await runA.WaitAsync(TimeSpan.FromSeconds(10));

        await Eventually.TrueAsync(() => b.Leadership.IsLeader, "the standby leads long before the lease would have expired", TimeSpan.FromSeconds(5));
        var holder = (string?)server.Cluster.Get("coordination.k8s.io/v1/leases", lease.Namespace, lease.Name)["spec"]?["holderIdentity"];
        Assert.Equal("replica-b", holder);

        await stopB.CancelAsync();
        await runB.WaitAsync(TimeSpan.FromSeconds(30));
    }

    private static OperatorHost Host(IKubernetes client, string identity, string artifacts, TimeProvider time, LeaseOptions? lease = null) => new(
        client,
        new ClusterOptions
        {
            ArtifactsPath = artifacts,
            Identity = identity,
            Workers = 2,
            Store = new KubernetesStoreOptions
            {
                Namespaces = [FakeObjects.Namespace],
                Informer = new InformerOptions { InitialBackoff = TimeSpan.FromMilliseconds(100), MaxBackoff = TimeSpan.FromSeconds(1) },
            },
        },
        lease ?? _lease,
        time,
        NullLoggerFactory.Instance);
}
