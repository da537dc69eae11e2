using System.Text;

namespace ContentOps.Core.Review.Fixes;

/// <summary>Turns findings into instructions for a generator's next attempt, in plain Chinese sentences.</summary>
public static class FindingFeedback
{
    /// <summary>Numbered instructions, blocking findings first; empty when there is nothing to fix.</summary>
    public static string ToPrompt(IEnumerable<Finding> findings)
    {
        var ordered = findings.OrderBy(f => f.IsBlocking ? 0 : 1).ThenBy(f => f.Offset).ThenBy(f => f.RuleId, StringComparer.Ordinal).ToList();
        if (ordered.Count == 0)
        {
            return "";
        }

        var prompt = new StringBuilder("上一稿未通过合规审查。请在保持原意和已批准声明原文的前提下重写全文，并逐条修正以下问题：\n");
        for (var i = 0; i < ordered.Count; i++)
        {
            prompt.Append(i + 1).Append(". ").Append(Sentence(ordered[i])).Append('\n');
        }

        prompt.Append("不得新增说明书以外的适应症、数字或未经批准的声明。");
        return prompt.ToString();
    }

    private static string Sentence(Finding finding)
    {
        var text = new StringBuilder();
        text.Append(finding.IsBlocking ? "【必须修改】" : "【建议修改】");
        text.Append(string.IsNullOrEmpty(finding.Match) ? $"全文（规则 {finding.RuleId}）：" : $"第{finding.Line}行“{finding.Match}”（规则 {finding.RuleId}）：");
        text.Append(EndSentence(finding.Message));
        if (finding.Detail is { Length: > 0 } detail)
        {
            text.Append(EndSentence(detail));
        }

        if (finding.Expected is { Length: > 0 } expected)
        {
            text.Append(finding.ClaimId is null ? $"应使用：“{expected}”。" : $"请逐字使用已批准声明 {finding.ClaimId}：“{expected}”，并标注参考文献角标。");
        }

        if (finding.Fix is { Length: > 0 } fix)
        {
            text.Append("修改方法：").Append(EndSentence(fix));
        }

        return text.ToString();
    }

    private static string EndSentence(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length > 0 && "。！？.!?".Contains(trimmed[^1]) ? trimmed : trimmed + "。";
    }
}
