using System.Text;

namespace ContentOps.Operator.Planning;

/// <summary>The terminal form, like <c>terraform plan</c>: one block per resource, <c>file:line</c> after each line.</summary>
internal static class PlanTextRenderer
{
    public static string Render(PlanReport report)
    {
        var text = new StringBuilder();
        text.Append($"ContentOps plan: base {report.Base} → head {report.Head}\n\n");
        if (report.Resources.Count == 0)
        {
            text.Append("No changes: applying head would generate, review, publish and withdraw nothing.\n");
        }

        foreach (var resource in report.Resources)
        {
            text.Append($"{resource.Action} {resource.Ref}   {PlanLines.Headline(resource)}{At(resource.Location)}\n");
            foreach (var line in PlanLines.Of(resource))
            {
                var indent = new string(' ', 4 + (2 * line.Depth));
                var label = line.Label is "change" or "finding" ? "" : line.Label + ": ";
                text.Append($"{indent}{label}{line.Text}{At(line.Location)}\n");
            }

            text.Append('\n');
        }

        text.Append($"{report.Summary} {report.Unchanged} unchanged.\n");
        return text.ToString();
    }

    private static string At(string? location) => location is null ? "" : $"  ({location})";
}
