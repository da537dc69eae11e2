using System.Text.Json;
using System.Text.RegularExpressions;
using ContentOps.Operator.Tests.Crds;

namespace ContentOps.Operator.Tests.Observability;

/// <summary>
/// Every PromQL expression in <c>charts/contentops/dashboards/*.json</c>. Template variables become their "All"
/// value and Grafana's range variables a fixed window, so Prometheus can evaluate them as Grafana would.
/// </summary>
internal static partial class DashboardQueries
{
    public static string Folder { get; } = RepositoryRoot.Combine("charts", "contentops", "dashboards");

    private static readonly Dictionary<string, string> _builtIns = new(StringComparer.Ordinal)
    {
        ["__range"] = "1h",
        ["__rate_interval"] = "1m",
        ["__interval"] = "15s",
    };

    public static IReadOnlyList<DashboardQuery> All() =>
        [.. Directory.EnumerateFiles(Folder, "*.json").Order(StringComparer.Ordinal).SelectMany(Read)];

    private static IEnumerable<DashboardQuery> Read(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        var root = json.RootElement;
        var title = root.GetProperty("title").GetString()!;
        var variables = new Dictionary<string, string>(_builtIns, StringComparer.Ordinal);
        foreach (var variable in root.GetProperty("templating").GetProperty("list").EnumerateArray())
        {
            if (variable.TryGetProperty("allValue", out var all))
            {
                variables[variable.GetProperty("name").GetString()!] = all.GetString()!;
            }
        }

        var queries = new List<DashboardQuery>();
        foreach (var panel in Panels(root.GetProperty("panels")))
        {
            if (!panel.TryGetProperty("targets", out var targets))
            {
                continue;
            }

            foreach (var target in targets.EnumerateArray())
            {
                var expression = Substitute(target.GetProperty("expr").GetString()!, variables, title);
                queries.Add(new DashboardQuery(title, panel.GetProperty("title").GetString()!, target.GetProperty("refId").GetString()!, expression));
            }
        }

        return queries;
    }

    private static IEnumerable<JsonElement> Panels(JsonElement panels)
    {
        foreach (var panel in panels.EnumerateArray())
        {
            yield return panel;
            if (panel.TryGetProperty("panels", out var nested))
            {
                foreach (var inner in Panels(nested))
                {
                    yield return inner;
                }
            }
        }
    }

    private static string Substitute(string expression, Dictionary<string, string> variables, string dashboard) =>
        Variable().Replace(expression, m =>
        {
            var name = m.Groups["braced"].Success ? m.Groups["braced"].Value : m.Groups["plain"].Value;
            return variables.TryGetValue(name, out var value)
                ? value
                : throw new InvalidOperationException($"{dashboard}: unknown variable ${name} in {expression}");
        });

    [GeneratedRegex(@"\$(?:\{(?<braced>\w+)\}|(?<plain>\w+))")]
    private static partial Regex Variable();
}
