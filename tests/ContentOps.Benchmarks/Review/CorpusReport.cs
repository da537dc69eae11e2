using System.Globalization;

namespace ContentOps.Benchmarks.Review;

/// <summary>The Markdown tables of the corpus benchmark for one split: rules only, and beside it rules plus learned suggestions.</summary>
internal static class CorpusReport
{
    private static readonly double[] _thresholds = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98];

    public static void Write(TextWriter output, string split, IReadOnlyList<SentenceResult> rules, LearnedComparison? learned, bool showMisses)
    {
        var violating = rules.Count(r => !r.Sentence.IsCompliant);
        output.WriteLine($"## {split}: {rules.Count} sentences ({violating} violating, {rules.Count - violating} compliant)");
        output.WriteLine();
        var columns = learned is null ? new[] { ("rules only", rules) } : [("rules only", rules), ($"rules + learned (minConfidence {learned.MinConfidence:0.00}, {learned.How})", learned.Combined)];
        output.WriteLine($"| | {string.Join(" | ", columns.Select(c => c.Item1))} |");
        output.WriteLine($"|---|{string.Concat(columns.Select(_ => "---:|"))}");
        output.WriteLine($"| recall over violating sentences (right rule id found) | {string.Join(" | ", columns.Select(c => Recall(c.Item2, null)))} |");
        foreach (var origin in rules.Where(r => !r.Sentence.IsCompliant).Select(r => r.Sentence.Origin).Distinct().Order(StringComparer.Ordinal))
        {
            output.WriteLine($"| &nbsp;&nbsp;{origin} | {string.Join(" | ", columns.Select(c => Recall(c.Item2, origin)))} |");
        }

        output.WriteLine($"| false-positive rate over compliant sentences (any finding) | {string.Join(" | ", columns.Select(c => FalsePositives(c.Item2)))} |");
        output.WriteLine();
        var header = "| rule id | labelled | flagged | correct | precision | recall |";
        output.WriteLine(learned is null ? header : header + " +learned flagged | correct | precision | recall |");
        output.WriteLine(learned is null ? "|---|---:|---:|---:|---:|---:|" : "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var ruleIds = columns.SelectMany(c => c.Item2).SelectMany(r => r.Sentence.Labels.Concat(r.RuleIds)).Distinct().Order(StringComparer.Ordinal);
        foreach (var rule in ruleIds)
        {
            output.WriteLine($"| {rule} | {rules.Count(r => r.Sentence.Labels.Contains(rule))} | {string.Join(" | ", columns.Select(c => PerRule(c.Item2, rule)))} |");
        }

        output.WriteLine();
        if (showMisses)
        {
            CorpusMisses.Write(output, learned?.Combined ?? rules);
        }
    }

    /// <summary>
    /// Dev only, to choose minConfidence: per threshold, rules + learned (out-of-fold), and the learned model alone on every
    /// dev sentence (out-of-fold): its precision, its recall of the right rule id and its false-positive rate, which is
    /// what it would do on copy the rules miss.
    /// </summary>
    public static void WriteThresholds(TextWriter output, IReadOnlyList<SentenceResult> rules, IReadOnlyDictionary<string, IReadOnlyList<Core.Review.Finding>> candidates,
        IReadOnlyDictionary<string, (string Class, float Probability)> alone)
    {
        output.WriteLine("### dev: choosing minConfidence (learned part out-of-fold)");
        output.WriteLine();
        output.WriteLine("| minConfidence | rules + learned recall | rules + learned FPR | learned alone: suggestions | precision | recall | FPR |");
        output.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
        var violating = rules.Count(r => !r.Sentence.IsCompliant);
        var compliant = rules.Count - violating;
        foreach (var threshold in _thresholds)
        {
            var combined = LearnedComparison.Combine(rules, candidates, threshold);
            var suggested = rules.Where(r => alone[r.Sentence.Id] is var p && p.Class != Core.Review.Learned.LearnedExamples.Compliant && p.Probability >= threshold).ToList();
            var right = suggested.Count(r => r.Sentence.Labels.Contains(alone[r.Sentence.Id].Class));
            output.WriteLine($"| {threshold:0.00} | {Recall(combined, null)} | {FalsePositives(combined)} | {suggested.Count} | {Fraction(right, suggested.Count)} | " +
                $"{Ratio(right, violating)} | {Ratio(suggested.Count(r => r.Sentence.IsCompliant), compliant)} |");
        }

        output.WriteLine();
    }

    private static string Recall(IReadOnlyList<SentenceResult> results, string? origin)
    {
        var violating = results.Where(r => !r.Sentence.IsCompliant && (origin is null || r.Sentence.Origin == origin)).ToList();
        return Ratio(violating.Count(r => r.Caught), violating.Count);
    }

    private static string FalsePositives(IReadOnlyList<SentenceResult> results)
    {
        var compliant = results.Where(r => r.Sentence.IsCompliant).ToList();
        return Ratio(compliant.Count(r => r.RuleIds.Count > 0), compliant.Count);
    }

    private static string PerRule(IReadOnlyList<SentenceResult> results, string rule)
    {
        var labelled = results.Count(r => r.Sentence.Labels.Contains(rule));
        var flagged = results.Count(r => r.RuleIds.Contains(rule));
        var correct = results.Count(r => r.RuleIds.Contains(rule) && r.Sentence.Labels.Contains(rule));
        return $"{flagged} | {correct} | {Fraction(correct, flagged)} | {Fraction(correct, labelled)}";
    }

    private static string Ratio(int part, int whole) => $"{part}/{whole} = {Fraction(part, whole)}";

    private static string Fraction(int part, int whole) => whole == 0 ? "-" : (part / (double)whole).ToString("F3", CultureInfo.InvariantCulture);
}
