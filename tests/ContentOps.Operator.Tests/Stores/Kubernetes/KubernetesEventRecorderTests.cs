using ContentOps.Core.Api;
using ContentOps.Operator.Controller;
using ContentOps.Operator.Stores.Kubernetes;
using ContentOps.Operator.Tests.FakeApiServer;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ContentOps.Operator.Tests.Stores.Kubernetes;

public sealed class KubernetesEventRecorderTests
{
    private static readonly ResourceKey _piece = new("ContentPiece", FakeObjects.Namespace, "klp-email-launch");

    [Fact]
    public async Task Record_AggregatesRepeats_OnTheClient_AndWritesEventsV1()
    {
        await using var server = await FakeApiServer.FakeApiServer.StartAsync();
        using var client = new k8s.Kubernetes(new k8s.KubernetesClientConfiguration { Host = server.Url });
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero));
        var recorder = new KubernetesEventRecorder(client, _ => null, "replica-a", time, NullLogger.Instance);
        using var stop = new CancellationTokenSource();
        var pump = recorder.RunAsync(stop.Token);

        for (var i = 0; i < 5; i++)
        {
            recorder.Record(_piece, EventTypes.Warning, "ReviewFailed", "2 blocking findings.");
        }

        recorder.Record(_piece, EventTypes.Normal, "Published", "Published to 1 channel.");
        await Eventually.TrueAsync(() => server.Cluster.List("events.k8s.io/v1/events", FakeObjects.Namespace).Items.Count == 2, "two distinct events are written");
        time.Advance(KubernetesEventRecorder.SeriesInterval);
        recorder.Record(_piece, EventTypes.Warning, "ReviewFailed", "2 blocking findings.");
        await Eventually.TrueAsync(() => server.Requests.Any(r => r.Method == "PATCH"), "a later repeat updates the series");

        var failed = server.Cluster.List("events.k8s.io/v1/events", FakeObjects.Namespace).Items.Single(e => (string?)e["reason"] == "ReviewFailed");
        Assert.Equal(6, (int)failed["series"]!["count"]!);
        Assert.Equal("ContentPiece", (string?)failed["regarding"]!["kind"]);
        Assert.Equal(KubernetesEventRecorder.ReportingController, (string?)failed["reportingController"]);
        Assert.Equal(3, server.Requests.Count(r => r.IsWrite));
        await stop.CancelAsync();
        await pump;
    }
}
