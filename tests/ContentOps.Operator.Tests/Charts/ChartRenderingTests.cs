using k8s.Models;

namespace ContentOps.Operator.Tests.Charts;

public sealed class ChartRenderingTests
{
    private const string Fullname = "contentops";

    public static TheoryData<string, string[]> ValueSets() => new()
    {
        { "defaults", [] },
        { "inference and ServiceMonitor", ["inference.enabled=true", "serviceMonitor.enabled=true"] },
        { "scoped", ["watchNamespaces=[diabetes, oncology]", "secretAccess=[{name: wechat-hcp, namespace: diabetes}]", "llm.apiKeySecret.name=llm"] },
        { "public API", ["api.ingress.enabled=true", "api.ingress.host=hcp.example.cn", "api.ingress.tlsSecretName=hcp-tls"] },
        { "single replica on emptyDir", ["replicas=1", "artifacts.persistence.enabled=false", "dashboards.enabled=false", "podDisruptionBudget.enabled=false"] },
    };

    [Theory]
    [MemberData(nameof(ValueSets))]
    public void Render_LoadsEveryObjectIntoItsKubernetesModel(string name, string[] sets)
    {
        var chart = RenderedChart.Render(sets);

        Assert.True(chart.Objects.Count >= 14, $"{name}: only {chart.Objects.Count} objects");
        Assert.All(chart.Objects, o => Assert.False(string.IsNullOrEmpty(o.Metadata.Name)));
        Assert.Equal(8, chart.All<V1CustomResourceDefinition>().Count());
        Assert.Single(chart.All<V1Deployment>(), d => d.Metadata.Name == Fullname);
        Assert.Single(chart.All<V1ServiceAccount>());
        var names = chart.Objects.Select(o => $"{o.Kind}/{o.Metadata.NamespaceProperty}/{o.Metadata.Name}").ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Fact]
    public void Render_OmitsOptionalObjects_ByDefault()
    {
        var chart = RenderedChart.Render();

        Assert.Empty(chart.All<ServiceMonitor>());
        Assert.DoesNotContain(chart.All<V1Deployment>(), d => d.Metadata.Name == $"{Fullname}-inference");
        Assert.Single(chart.All<V1PersistentVolumeClaim>(), p => p.Metadata.Name == $"{Fullname}-artifacts");
        Assert.Single(chart.All<V1PodDisruptionBudget>());
    }

    [Fact]
    public void Render_ServiceMonitor_SelectsTheMetricsService()
    {
        var chart = RenderedChart.Render("serviceMonitor.enabled=true", "serviceMonitor.labels.release=kube-prometheus-stack");
        var monitor = Assert.Single(chart.All<ServiceMonitor>());
        var service = chart.Single<V1Service>($"{Fullname}-metrics");

        Assert.Equal("kube-prometheus-stack", monitor.Metadata.Labels["release"]);
        Assert.All(monitor.Spec.Selector.MatchLabels, l => Assert.Equal(l.Value, service.Metadata.Labels[l.Key]));
        var endpoint = Assert.Single(monitor.Spec.Endpoints);
        Assert.Equal("metrics", endpoint.Port);
        Assert.Equal("/metrics", endpoint.Path);
        Assert.Contains(service.Spec.Ports, p => p.Name == "metrics" && p.Port == 9464);
    }

    [Fact]
    public void Render_Fails_WhenTwoReplicasWouldShareReadWriteOnceArtifacts()
    {
        var (exitCode, _, error) = HelmRenderer.TryRender("artifacts.persistence.accessModes=[ReadWriteOnce]");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("ReadWriteMany", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_DashboardsConfigMap_CarriesEveryDashboardForTheGrafanaSidecar()
    {
        var chart = RenderedChart.Render("dashboards.namespace=monitoring");
        var map = chart.Single<V1ConfigMap>($"{Fullname}-dashboards");
        var files = Directory.EnumerateFiles(Path.Combine(HelmRenderer.ChartFolder, "dashboards"), "*.json").Order(StringComparer.Ordinal).ToList();

        Assert.Equal("1", map.Metadata.Labels["grafana_dashboard"]);
        Assert.Equal("monitoring", map.Metadata.NamespaceProperty);
        Assert.Equal(files.Select(Path.GetFileName), map.Data.Keys.Order(StringComparer.Ordinal));
        Assert.All(files, f => Assert.Equal(File.ReadAllText(f).TrimEnd('\n'), map.Data[Path.GetFileName(f)]));
    }
}
