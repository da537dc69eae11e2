using System.Text.RegularExpressions;
using ContentOps.Operator.Observability;
using Prometheus;

namespace ContentOps.Operator.Tests.Observability;

/// <summary>Dashboards query only metrics and labels that <see cref="ContentOpsMetrics"/> exports: no invented series.</summary>
public sealed partial class DashboardMetricsTests
{
    /// <summary>Labels Prometheus adds to every scraped series (the ServiceMonitor adds namespace), and le of histograms.</summary>
    private static readonly string[] _targetLabels = ["namespace", "job", "instance", "pod", "service", "le"];

    [Fact]
    public void Dashboards_QueryOnlyExportedMetricsAndTheirLabels()
    {
        var metrics = new ContentOpsMetrics();
        var exported = metrics.GetType().GetProperties()
            .Select(p => p.GetValue(metrics))
            .OfType<Collector>()
            .ToDictionary(c => c.Name, c => c.LabelNames, StringComparer.Ordinal);

        Assert.All(DashboardQueries.All(), query =>
        {
            var used = MetricName().Matches(query.Expression).Select(m => m.Groups["name"].Value).Distinct().ToList();
            Assert.NotEmpty(used);
            var labels = new HashSet<string>(_targetLabels, StringComparer.Ordinal);
            foreach (var metric in used)
            {
                Assert.True(exported.TryGetValue(metric, out var names), $"{query}: {metric} is not exported by ContentOpsMetrics");
                labels.UnionWith(names);
            }

            foreach (var label in LabelUses(query.Expression))
            {
                Assert.True(labels.Contains(label), $"{query}: label {label} is not a label of {string.Join(", ", used)}");
            }
        });
    }

    [Fact]
    public void Dashboards_HaveUniqueUidsAndTitles()
    {
        var dashboards = DashboardQueries.All().Select(q => q.Dashboard).Distinct().ToList();

        Assert.Equal(5, dashboards.Count);
        var uids = Directory.EnumerateFiles(DashboardQueries.Folder, "*.json")
            .Select(f => System.Text.Json.JsonDocument.Parse(File.ReadAllText(f)).RootElement.GetProperty("uid").GetString())
            .ToList();
        Assert.Equal(uids.Count, uids.Distinct().Count());
    }

    private static IEnumerable<string> LabelUses(string expression) =>
        Grouping().Matches(expression).SelectMany(m => m.Groups["labels"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Concat(Matcher().Matches(expression).Select(m => m.Groups["label"].Value));

    [GeneratedRegex(@"(?<name>contentops_[a-z_]+?)(?:_bucket|_sum|_count)?(?=[{\[\s)])")]
    private static partial Regex MetricName();

    [GeneratedRegex(@"\b(?:by|without)\s*\((?<labels>[^)]*)\)")]
    private static partial Regex Grouping();

    [GeneratedRegex(@"(?<label>\w+)\s*(?:=~|!~|!=|=)\s*""")]
    private static partial Regex Matcher();
}
