using k8s.Models;

namespace ContentOps.Operator.Tests.Charts;

/// <summary>The API Service and the public Ingress: doctors' unsubscribe links and channel callbacks reach the
/// operator from outside, nothing else does unless asked for.</summary>
public sealed class ChartApiIngressTests
{
    private const string Fullname = "contentops";

    [Fact]
    public void Render_ApiService_TargetsTheHealthPortOfTheOperatorPods_AndIsNotScrapedAsMetrics()
    {
        var chart = RenderedChart.Render("serviceMonitor.enabled=true");
        var service = chart.Single<V1Service>($"{Fullname}-api");
        var deployment = chart.Single<V1Deployment>(Fullname);
        var monitor = Assert.Single(chart.All<ServiceMonitor>());

        var port = Assert.Single(service.Spec.Ports);
        Assert.Equal("health", port.TargetPort.Value);
        Assert.Contains(deployment.Spec.Template.Spec.Containers.Single(c => c.Name == "operator").Ports, p => p.Name == "health");
        Assert.All(service.Spec.Selector, l => Assert.Equal(l.Value, deployment.Spec.Template.Metadata.Labels[l.Key]));
        Assert.False(monitor.Spec.Selector.MatchLabels.All(l => service.Metadata.Labels.TryGetValue(l.Key, out var v) && v == l.Value),
            "the ServiceMonitor must not select the API Service (it has no metrics port)");
    }

    [Fact]
    public void Render_NoIngress_ByDefault()
    {
        Assert.Empty(RenderedChart.Render().All<V1Ingress>());
    }

    [Fact]
    public void Render_Ingress_ExposesOnlyUnsubscribeAndCallbacks_OnTheHost()
    {
        var chart = RenderedChart.Render("api.ingress.enabled=true", "api.ingress.host=hcp.example.cn",
            "api.ingress.className=nginx", "api.ingress.tlsSecretName=hcp-tls");
        var ingress = Assert.Single(chart.All<V1Ingress>());

        var rule = Assert.Single(ingress.Spec.Rules);
        Assert.Equal("hcp.example.cn", rule.Host);
        Assert.Equal(["/v1/callbacks", "/v1/unsubscribe"], rule.Http.Paths.Select(p => p.Path).Order(StringComparer.Ordinal));
        Assert.All(rule.Http.Paths, p => Assert.Equal($"{Fullname}-api", p.Backend.Service.Name));
        Assert.DoesNotContain(rule.Http.Paths, p => p.Path.StartsWith("/metrics", StringComparison.Ordinal) || p.Path == "/v1/events");
        Assert.Equal("nginx", ingress.Spec.IngressClassName);
        Assert.Equal("hcp-tls", Assert.Single(ingress.Spec.Tls).SecretName);
    }

    [Fact]
    public void Render_Ingress_AddsExtraPaths_WhenListed()
    {
        var chart = RenderedChart.Render("api.ingress.enabled=true", "api.ingress.host=hcp.example.cn", "api.ingress.extraPaths=[/v1/events]");

        Assert.Contains(Assert.Single(chart.All<V1Ingress>()).Spec.Rules[0].Http.Paths, p => p.Path == "/v1/events");
    }

    [Fact]
    public void Render_Fails_WhenTheIngressHasNoHost()
    {
        var (exitCode, _, error) = HelmRenderer.TryRender("api.ingress.enabled=true");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("api.ingress.host is required", error, StringComparison.Ordinal);
    }
}
