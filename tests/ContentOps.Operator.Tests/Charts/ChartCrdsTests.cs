using ContentOps.Operator.Tests.Crds;
using k8s.Models;

namespace ContentOps.Operator.Tests.Charts;

public sealed class ChartCrdsTests
{
    [Fact]
    public void ChartCrds_EqualTheGeneratedCrds()
    {
        var chartFolder = Path.Combine(HelmRenderer.ChartFolder, "crds");
        var expected = CommittedCrds.Files().Select(Path.GetFileName).ToList();

        Assert.Equal(expected, Directory.EnumerateFiles(chartFolder, "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.All(CommittedCrds.Files(), file => Assert.True(
            File.ReadAllText(file) == File.ReadAllText(Path.Combine(chartFolder, Path.GetFileName(file))),
            $"charts/contentops/crds/{Path.GetFileName(file)} differs from crds/; copy it: cp crds/*.yaml charts/contentops/crds/"));
    }

    [Fact]
    public void Render_IncludesEveryCrdUnchanged()
    {
        var rendered = RenderedChart.Render().All<V1CustomResourceDefinition>().Select(c => c.Metadata.Name).Order(StringComparer.Ordinal);

        Assert.Equal(CommittedCrds.ByKind.Values.Select(c => c.Metadata.Name).Order(StringComparer.Ordinal), rendered);
    }
}
