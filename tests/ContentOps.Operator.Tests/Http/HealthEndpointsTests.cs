using System.Net;
using ContentOps.Operator.Http;
using ContentOps.Operator.Observability;

namespace ContentOps.Operator.Tests.Http;

public sealed class HealthEndpointsTests
{
    private static readonly Core.Publishing.Email.UnsubscribeSigner _signer = new(System.Text.Encoding.UTF8.GetBytes("health-unsubscribe-key-0123456789"));

    [Fact]
    public async Task Readyz_WaitsForSyncedInformers_WhileHealthzAndMetricsServeAtOnce()
    {
        var ready = false;
        var metrics = new ContentOpsMetrics();
        metrics.StatusWrites.WithLabels("ContentPiece").Inc();
        await using var server = new ApiServer(new ApiBackends
        {
            Time = TimeProvider.System,
            Ready = () => ready,
            Metrics = metrics.Registry,
            Leading = () => true,
            Events = () => null,
            Sends = () => null,
            Channel = (_, _) => null,
            Secrets = new Operator.Reconcilers.EnvironmentSecretResolver(),
            Unsubscribe = _signer,
        }, new ApiAuth("t", null));
        await server.StartAsync(IPAddress.Loopback, 0, CancellationToken.None);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{server.Port}") };

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await http.GetAsync("/readyz")).StatusCode);
        ready = true;
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/readyz")).StatusCode);
        var scrape = await http.GetAsync("/metrics");
        Assert.Equal("true", scrape.Headers.GetValues("X-ContentOps-Leader").Single());
        Assert.Contains("contentops_status_writes_total{kind=\"ContentPiece\"} 1", await scrape.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStandbyWithoutTheStateDatabase_Answers503OnStoreRoutes_NotAnError500()
    {
        await using var server = new ApiServer(new ApiBackends
        {
            Time = TimeProvider.System,
            Events = () => null,
            Sends = () => null,
            Channel = (_, _) => null,
            Secrets = new Operator.Reconcilers.EnvironmentSecretResolver(),
            Unsubscribe = _signer,
        }, new ApiAuth("t", null));
        await server.StartAsync(IPAddress.Loopback, 0, CancellationToken.None);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{server.Port}") };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "t");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await http.PostAsync("/v1/events", new StringContent("[]"))).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await http.PostAsync($"/v1/unsubscribe/{_signer.Sign("k")}", new StringContent("List-Unsubscribe=One-Click"))).StatusCode);
    }
}
