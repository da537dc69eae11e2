using System.Text.RegularExpressions;

namespace ContentOps.Benchmarks.EmbeddedRun;

/// <summary>What the piece table and summary line of a <c>contentops run</c> say: pieces per phase, and whether it was a no-op.</summary>
internal sealed partial record RunOutcome(IReadOnlyDictionary<string, int> Phases, bool NothingToDo, string Summary)
{
    public int Count(string phase) => Phases.GetValueOrDefault(phase);

    public static RunOutcome Parse(string output)
    {
        var phases = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var summary = "";
        foreach (var line in output.Split('\n'))
        {
            var row = TableRow().Match(line);
            if (row.Success)
            {
                var phase = row.Groups["phase"].Value;
                phases[phase] = phases.GetValueOrDefault(phase) + 1;
            }
            else if (line.StartsWith("Generated ", StringComparison.Ordinal) || line.StartsWith("Nothing to do", StringComparison.Ordinal))
            {
                summary = line.Trim();
            }
        }

        return new RunOutcome(phases, summary.StartsWith("Nothing to do", StringComparison.Ordinal), summary);
    }

    public override string ToString() => string.Join(", ", Phases.Select(p => $"{p.Value} {p.Key}"));

    /// <summary>A table row: namespace/name, format, then the phase column.</summary>
    [GeneratedRegex(@"^\S+/\S+\s{2,}\S+\s{2,}(?<phase>[A-Z][A-Za-z]+)\s{2,}")]
    private static partial Regex TableRow();
}
