namespace ContentOps.Core.Review.Learned;

/// <summary>
/// Parses an examples file: one <c>label&lt;TAB&gt;sentence</c> per line, where label is a rule id of the policy or
/// <c>compliant</c>; empty lines and lines starting with # are skipped. A bad line is an error naming file:line and the fix.
/// </summary>
public static class LearnedExamples
{
    /// <summary>The label of sentences that violate no rule.</summary>
    public const string Compliant = "compliant";

    /// <summary>The examples of <paramref name="content"/>; throws <see cref="FormatException"/> with <c>path:line: reason; fix</c>.</summary>
    public static IReadOnlyList<LearnedExample> Parse(string path, string content, IReadOnlySet<string> ruleIds)
    {
        var examples = new List<LearnedExample>();
        var lineNumber = 0;
        foreach (var raw in content.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0 || tab == line.Length - 1 || line.IndexOf('\t', tab + 1) >= 0)
            {
                throw new FormatException($"{path}:{lineNumber}: expected 'label<TAB>sentence' (one tab); fix the line or start it with # to skip it");
            }

            var label = line[..tab].Trim();
            if (label != Compliant && !ruleIds.Contains(label))
            {
                throw new FormatException($"{path}:{lineNumber}: label '{label}' is neither a rule id of the policy nor '{Compliant}'; " +
                    $"fix: use one of {string.Join(", ", ruleIds.Order(StringComparer.Ordinal).Append(Compliant))}");
            }

            examples.Add(new LearnedExample(label, line[(tab + 1)..].Trim(), lineNumber));
        }

        var classes = examples.Select(e => e.Label).Distinct().Count();
        if (!examples.Any(e => e.Label == Compliant) || classes < 2)
        {
            throw new FormatException($"{path}: needs '{Compliant}' examples and examples of at least one rule id; " +
                "fix: add labelled sentences of both kinds");
        }

        return examples;
    }
}
