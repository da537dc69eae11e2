namespace ContentOps.Benchmarks.Review;

/// <summary><c>--misses</c> (dev only): violating sentences whose rule id was not found, and findings naming a rule id the sentence is not labelled with.</summary>
internal static class CorpusMisses
{
    public static void Write(TextWriter output, IReadOnlyList<SentenceResult> results)
    {
        foreach (var miss in results.Where(r => !r.Sentence.IsCompliant && !r.Caught))
        {
            output.WriteLine($"MISS {miss.Sentence.Id} [{string.Join('|', miss.Sentence.Labels)}] got [{string.Join(',', miss.RuleIds)}] {miss.Sentence.Text}");
        }

        foreach (var wrong in results.Where(r => r.RuleIds.Except(r.Sentence.Labels).Any()))
        {
            var extra = wrong.Findings.Where(f => !wrong.Sentence.Labels.Contains(f.RuleId)).Select(f => $"{f.RuleId}{(f.Confidence is { } c ? $"(learned {c:0.00})" : "")}:{f.Match}");
            output.WriteLine($"EXTRA {wrong.Sentence.Id} [{(wrong.Sentence.IsCompliant ? "compliant" : string.Join('|', wrong.Sentence.Labels))}] {string.Join(", ", extra)} | {wrong.Sentence.Text}");
        }

        output.WriteLine();
    }
}
