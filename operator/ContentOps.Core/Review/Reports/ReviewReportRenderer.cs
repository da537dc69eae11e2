using System.Text;

namespace ContentOps.Core.Review.Reports;

/// <summary>Renders the verdicts of one piece (one per rendition) as a Markdown review report for humans and pull requests.</summary>
public static class ReviewReportRenderer
{
    /// <summary>The report: a summary table per rendition, then every finding with position, match, message, expected text and fix.</summary>
    public static string ToMarkdown(string pieceName, IReadOnlyList<Verdict> verdicts)
    {
        var md = new StringBuilder();
        md.Append("# 合规审查报告 / Review report: ").Append(pieceName).Append("\n\n");
        var blocked = verdicts.Any(v => v.Blocked);
        md.Append(blocked ? "**结果：未通过（存在阻断项）** / Blocked" : "**结果：通过** / Passed")
          .Append($" — {verdicts.Sum(v => v.BlockingCount)} blocking, {verdicts.Sum(v => v.WarningCount)} warnings\n\n");
        md.Append("| 渠道 Channel | 分组 Segment | 结果 Result | 阻断 Blocking | 警告 Warnings |\n|---|---|---|---:|---:|\n");
        foreach (var verdict in verdicts)
        {
            md.Append($"| {Cell(verdict.Channel)} | {Cell(verdict.Segment)} | {(verdict.Blocked ? "blocked" : "passed")} | {verdict.BlockingCount} | {verdict.WarningCount} |\n");
        }

        foreach (var verdict in verdicts)
        {
            AppendVerdict(md, verdict);
        }

        return md.ToString();
    }

    private static void AppendVerdict(StringBuilder md, Verdict verdict)
    {
        md.Append("\n## ").Append(verdict.Channel ?? "rendition");
        if (verdict.Segment is { } segment)
        {
            md.Append(" / ").Append(segment);
        }

        md.Append("\n\n");
        md.Append("Policies: ").Append(verdict.Policies.Count == 0 ? "none" : string.Join(", ", verdict.Policies.Select(p => $"`{p}`")))
          .Append($" (`{verdict.PolicyDigest}`)\n\n");
        foreach (var error in verdict.Errors)
        {
            md.Append($"- **Policy error** `{error.Policy}/{error.RuleId}`: {Cell(error.Message)}\n");
        }

        if (verdict.Findings.Count == 0)
        {
            md.Append(verdict.Errors.Count == 0 ? "No findings.\n" : "\n");
            return;
        }

        md.Append("| # | 级别 | 规则 | 位置 | 原文 | 问题 | 应为 | 修改建议 |\n|---:|---|---|---|---|---|---|---|\n");
        for (var i = 0; i < verdict.Findings.Count; i++)
        {
            var f = verdict.Findings[i];
            var problem = f.Detail is null ? f.Message : $"{f.Message}（{f.Detail}）";
            md.Append($"| {i + 1} | {(f.IsBlocking ? "⛔ block" : "⚠️ warn")} | `{f.Policy}/{f.RuleId}` | {f.Line}:{f.Column} | {Cell(f.Match)} | {Cell(problem)} | {Cell(f.Expected)} | {Cell(f.Fix)} |\n");
        }
    }

    private static string Cell(string? text) =>
        string.IsNullOrEmpty(text) ? "" : text.Replace("\\", "\\\\").Replace("|", "\\|").Replace("\r", "").Replace("\n", "<br>");
}
