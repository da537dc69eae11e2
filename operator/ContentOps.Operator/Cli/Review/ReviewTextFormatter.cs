using ContentOps.Core.Review;

namespace ContentOps.Operator.Cli.Review;

/// <summary>Compiler-style output: <c>file:line:column: error rule-id: message</c> and indented hint lines.</summary>
internal static class ReviewTextFormatter
{
    public static void Write(TextWriter output, IReadOnlyList<FileVerdict> verdicts)
    {
        foreach (var (path, verdict) in verdicts)
        {
            foreach (var error in verdict.Errors.Distinct())
            {
                output.WriteLine($"{path}: error {error.RuleId}: policy {error.Policy} could not be compiled: {error.Message}");
            }

            foreach (var finding in verdict.Findings)
            {
                var level = finding.IsBlocking ? "error" : "warning";
                output.WriteLine($"{path}:{finding.Line}:{finding.Column}: {level} {finding.RuleId}: {finding.Message}");
                WriteHint(output, "detail", finding.Detail);
                WriteHint(output, "match", finding.Match);
                WriteHint(output, "expected", finding.Expected);
                WriteHint(output, "fix", finding.Fix);
            }

            if (verdicts.Count > 1)
            {
                output.WriteLine($"{path}: {(verdict.Blocked ? "blocked" : "passed")} ({verdict.BlockingCount} blocking, {verdict.WarningCount} warning(s))");
            }
        }

        var blocking = verdicts.Sum(v => v.Verdict.BlockingCount);
        var warnings = verdicts.Sum(v => v.Verdict.WarningCount);
        var blockedFiles = verdicts.Count(v => v.Verdict.Blocked);
        output.WriteLine($"{verdicts.Count} file(s) reviewed: {blocking} blocking, {warnings} warning(s); {blockedFiles} file(s) blocked.");
    }

    private static void WriteHint(TextWriter output, string label, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            output.WriteLine($"    {label}: {value.ReplaceLineEndings(" ")}");
        }
    }
}
