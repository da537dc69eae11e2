using ContentOps.Core.Api;
using ContentOps.Operator.Tests.FakeApiServer;
using ContentOps.Operator.Tests.TestSupport;
using k8s;
using Xunit.Abstractions;

namespace ContentOps.Operator.Tests.Cluster;

public sealed class ClusterRuntimeTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Examples_ConvergeLikeTheEmbeddedMode_PublishOnceApproved_WithFewWrites_ThenStayQuiet()
    {
        await using var scenario = await ClusterScenario.ForExamplesAsync();
        await scenario.ConvergeAsync();
        await scenario.QuietAsync();

        // No example piece publishes without MLR approval: approve what waits, as the COE would.
        var waiting = scenario.Expected.Where(e => e.Value == ContentPiecePhase.AwaitingApproval).Select(e => e.Key).ToList();
        Assert.NotEmpty(waiting);
        foreach (var piece in waiting)
        {
            scenario.Approve(piece);
        }

        await Eventually.TrueAsync(
            () => waiting.All(p => scenario.ServerPhases()[p] is ContentPiecePhase.Published or ContentPiecePhase.Scheduled),
            "approved pieces publish (or wait for publishAt)",
            TimeSpan.FromMinutes(2));
        await scenario.QuietAsync();
        var published = waiting.Where(p => scenario.ServerPhases()[p] == ContentPiecePhase.Published).ToList();
        Assert.NotEmpty(published);
        foreach (var piece in scenario.Expected.Keys)
        {
            output.WriteLine($"{piece}: {scenario.ServerPhases()[piece]}, {scenario.ObjectWrites(piece)} object/status writes, {scenario.EventsFor(piece).Count} events");
        }

        // Status once per phase change (AwaitingApproval, Published) plus the finalizer before the first send.
        Assert.All(published, p => Assert.InRange(scenario.ObjectWrites(p), 1, 4));

        // Steady state: status writes raise MODIFIED events, and none of them may lead to another write.
        scenario.Server.ResetRequests();
        await Task.Delay(TimeSpan.FromSeconds(5));
        var steady = scenario.Server.Requests.Where(r => r.IsWrite).Select(r => $"{r.Method} {r.Path}").ToList();
        output.WriteLine($"steady state: {steady.Count} writes in 5 s");
        Assert.Empty(steady);
    }

    [Fact]
    public async Task PiecesThatNeedNoApproval_PublishWithAtMostFourWrites_EventsIncluded()
    {
        await using var scenario = await ClusterScenario.ForFixtureAsync();
        var free = scenario.Expected.Where(e => e.Value == ContentPiecePhase.Published).Select(e => e.Key).ToList();
        Assert.NotEmpty(free);

        await scenario.ConvergeAsync();
        await scenario.QuietAsync();

        foreach (var piece in scenario.Expected.Keys)
        {
            output.WriteLine($"{piece}: {scenario.ServerPhases()[piece]}, {scenario.ObjectWrites(piece)} object/status writes, {scenario.EventsFor(piece).Count} events");
        }

        // The finalizer before the first send, one status write, one Published event.
        Assert.All(free, p => Assert.InRange(scenario.ObjectWrites(p) + scenario.EventsFor(p).Count, 1, 4));
    }

    /// <summary>The operator reads no Git: the commit comes from the object's annotation, into status for kubectl describe.</summary>
    [Fact]
    public async Task SourceRevisionAnnotation_ReachesTheStatusOnTheServer()
    {
        const string Revision = "9f1c2ab4d0e7";
        await using var scenario = await ClusterScenario.ForFixtureAsync(r => r.AnnotateSourceRevision(FixtureRepository.Wechat, Revision));

        await scenario.ConvergeAsync();

        var piece = scenario.Server.Cluster.Get(FakeObjects.Collection("ContentPiece"), FixtureRepository.Namespace, FixtureRepository.Wechat);
        Assert.Equal(Revision, (string?)piece["status"]?["sourceRevision"]);
        var other = scenario.Server.Cluster.Get(FakeObjects.Collection("ContentPiece"), FixtureRepository.Namespace, FixtureRepository.Rep);
        Assert.Null((string?)other["status"]?["sourceRevision"]);
    }

    [Fact]
    public async Task DeletingAPublishedPiece_WithdrawsIt_RemovesTheFinalizer_AndTheObjectGoes()
    {
        await using var scenario = await ClusterScenario.ForExamplesAsync();
        await scenario.ConvergeAsync();
        var piece = scenario.Expected.First(e => e.Value == ContentPiecePhase.AwaitingApproval && e.Key.Contains("email", StringComparison.Ordinal)).Key;
        scenario.Approve(piece);
        await Eventually.TrueAsync(() => scenario.ServerPhases()[piece] == ContentPiecePhase.Published, "the approved piece publishes");
        Assert.Contains(ApiGroup.WithdrawFinalizer, scenario.Piece(piece)!.Metadata.Finalizers ?? []);

        await scenario.Client.CustomObjects.DeleteNamespacedCustomObjectAsync(
            ApiGroup.Group, ApiGroup.Version, FakeObjects.Namespace, "contentpieces", piece);

        await Eventually.TrueAsync(
            () => scenario.Server.Cluster.TryGet(FakeObjects.Collection("ContentPiece"), FakeObjects.Namespace, piece) is null,
            "the object goes once the operator removed its finalizer");
        await Eventually.TrueAsync(() => scenario.Piece(piece) is null, "the cache forgets it");
        await Eventually.TrueAsync(
            () => scenario.EventsFor(piece).Any(e => (string?)e["reason"] == ContentPiecePhase.Withdrawn),
            "a Withdrawn event tells people why it went");
    }
}
