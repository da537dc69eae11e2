using System.Net;
using ContentOps.Operator.Cluster;
using ContentOps.Operator.Observability;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContentOps.Operator.Tests.Cluster;

public sealed class HealthServerTests
{
    [Fact]
    public async Task Readyz_WaitsForSyncedInformers_WhileHealthzAndMetricsServeAtOnce()
    {
        var ready = false;
        var metrics = new ContentOpsMetrics();
        metrics.StatusWrites.WithLabels("ContentPiece").Inc();
        await using var health = new HealthServer(() => ready, metrics.Registry, () => true);
        await health.StartAsync(IPAddress.Loopback, 0, NullLogger.Instance, CancellationToken.None);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{health.Port}") };

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await http.GetAsync("/readyz")).StatusCode);
        ready = true;
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/readyz")).StatusCode);
        Assert.Contains("contentops_status_writes_total{kind=\"ContentPiece\"} 1", await http.GetStringAsync("/metrics"), StringComparison.Ordinal);
    }
}
