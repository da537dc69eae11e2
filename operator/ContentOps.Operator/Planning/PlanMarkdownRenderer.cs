using System.Text;

namespace ContentOps.Operator.Planning;

/// <summary>
/// The pull-request comment: a summary table, a table of the resources, then each resource's details collapsed
/// in <c>&lt;details&gt;</c>. Declared text is escaped so a brief or a claim can never break the comment's markup.
/// </summary>
internal static class PlanMarkdownRenderer
{
    public static string Render(PlanReport report)
    {
        var md = new StringBuilder();
        md.Append("### ContentOps plan\n\n");
        md.Append($"Base: {Code(report.Base)} → head: {Code(report.Head)}\n\n");
        md.Append("| to generate | to re-review | to publish | to withdraw | blocking findings | unchanged |\n");
        md.Append("|---:|---:|---:|---:|---:|---:|\n");
        md.Append($"| {report.ToGenerate} | {report.ToReReview} | {report.ToPublish} | {report.ToWithdraw} | {report.BlockingFindings} | {report.Unchanged} |\n\n");
        if (report.Resources.Count == 0)
        {
            md.Append("No changes: applying head would generate, review, publish and withdraw nothing.\n");
            return md.ToString();
        }

        md.Append("| | resource | what happens |\n|---|---|---|\n");
        foreach (var resource in report.Resources)
        {
            md.Append($"| {Code(resource.Action)} | {Escape(resource.Ref)} | {Escape(PlanLines.Headline(resource))} |\n");
        }

        md.Append('\n');
        foreach (var resource in report.Resources)
        {
            md.Append($"<details><summary><code>{resource.Action}</code> {Escape(resource.Ref)}: {Escape(PlanLines.Headline(resource))}</summary>\n\n");
            if (resource.Location is not null)
            {
                md.Append($"- declared at {Code(resource.Location)}\n");
            }

            foreach (var line in PlanLines.Of(resource))
            {
                var indent = new string(' ', 2 * line.Depth);
                var label = line.Label is "change" or "finding" ? "" : $"**{line.Label}**: ";
                md.Append($"{indent}- {label}{Escape(line.Text)}{(line.Location is null ? "" : " (" + Code(line.Location) + ")")}\n");
            }

            md.Append("\n</details>\n\n");
        }

        md.Append($"**{report.Summary}** {report.Unchanged} unchanged.\n");
        return md.ToString();
    }

    private static string Code(string text) => $"`{text.Replace("`", "'", StringComparison.Ordinal)}`";

    private static string Escape(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("|", "\\|", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("*", "\\*", StringComparison.Ordinal)
        .Replace("_", "\\_", StringComparison.Ordinal)
        .Replace("`", "\\`", StringComparison.Ordinal)
        .Replace("\n", " ", StringComparison.Ordinal);
}
