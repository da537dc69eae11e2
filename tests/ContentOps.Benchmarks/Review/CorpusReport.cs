namespace ContentOps.Benchmarks.Review;

/// <summary>The Markdown tables of the corpus benchmark for one split.</summary>
internal static class CorpusReport
{
    public static void Write(TextWriter output, string split, IReadOnlyList<SentenceResult> results, bool showMisses)
    {
        var violating = results.Where(r => !r.Sentence.IsCompliant).ToList();
        var compliant = results.Where(r => r.Sentence.IsCompliant).ToList();
        output.WriteLine($"## {split}: {results.Count} sentences ({violating.Count} violating, {compliant.Count} compliant)");
        output.WriteLine();
        output.WriteLine($"recall over violating sentences (right rule id found): {Ratio(violating.Count(r => r.Caught), violating.Count)}");
        foreach (var origin in violating.Select(r => r.Sentence.Origin).Distinct().Order(StringComparer.Ordinal))
        {
            var part = violating.Where(r => r.Sentence.Origin == origin).ToList();
            output.WriteLine($"  {origin}: {Ratio(part.Count(r => r.Caught), part.Count)}");
        }

        output.WriteLine($"false-positive rate over compliant sentences (any finding): {Ratio(compliant.Count(r => r.RuleIds.Count > 0), compliant.Count)}");
        output.WriteLine();
        output.WriteLine("| rule id | labelled | flagged | correct | precision | recall |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|");
        var ruleIds = results.SelectMany(r => r.Sentence.Labels.Concat(r.RuleIds)).Distinct().Order(StringComparer.Ordinal);
        foreach (var rule in ruleIds)
        {
            var labelled = results.Count(r => r.Sentence.Labels.Contains(rule));
            var flagged = results.Count(r => r.RuleIds.Contains(rule));
            var correct = results.Count(r => r.RuleIds.Contains(rule) && r.Sentence.Labels.Contains(rule));
            output.WriteLine($"| {rule} | {labelled} | {flagged} | {correct} | {Fraction(correct, flagged)} | {Fraction(correct, labelled)} |");
        }

        output.WriteLine();
        if (!showMisses)
        {
            return;
        }

        foreach (var miss in violating.Where(r => !r.Caught))
        {
            output.WriteLine($"MISS {miss.Sentence.Id} [{string.Join('|', miss.Sentence.Labels)}] got [{string.Join(',', miss.RuleIds)}] {miss.Sentence.Text}");
        }

        foreach (var wrong in results.Where(r => r.RuleIds.Except(r.Sentence.Labels).Any()))
        {
            var extra = wrong.Findings.Where(f => !wrong.Sentence.Labels.Contains(f.RuleId)).Select(f => $"{f.RuleId}:{f.Match}");
            output.WriteLine($"EXTRA {wrong.Sentence.Id} [{(wrong.Sentence.IsCompliant ? "compliant" : string.Join('|', wrong.Sentence.Labels))}] {string.Join(", ", extra)} | {wrong.Sentence.Text}");
        }

        output.WriteLine();
    }

    private static string Ratio(int part, int whole) => $"{part}/{whole} = {Fraction(part, whole)}";

    private static string Fraction(int part, int whole) => whole == 0 ? "-" : (part / (double)whole).ToString("F3", System.Globalization.CultureInfo.InvariantCulture);
}
