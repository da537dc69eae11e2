namespace ContentOps.Core.Generation.Intent;

/// <summary>
/// The topics a brief can stress and the words that name them. A claim belongs to a topic through its category
/// (guideline: a claim citing a guideline or consensus).
/// </summary>
public static class Topics
{
    private static readonly (string Topic, string[] Words)[] _lexicon =
    [
        ("efficacy", ["疗效", "降糖", "HbA1c", "糖化", "血糖控制", "达标", "研究设计", "研究", "数据", "亚组", "读数", "终点", "获益", "临床证据"]),
        ("safety", ["安全", "低血糖", "不良反应", "耐受", "禁忌", "风险", "不良事件"]),
        ("dosing", ["剂量", "用法", "用量", "起始", "给药", "服用", "服药", "肾功能", "调整", "实践要点"]),
        ("mechanism", ["机制", "作用方式", "靶点", "药理", "肠促胰素"]),
        ("indication", ["适应症", "适应证", "适用", "患者人群"]),
        ("guideline", ["指南", "共识"]),
    ];

    /// <summary>Topics named in <paramref name="text"/>, in the order they first appear.</summary>
    public static IReadOnlyList<string> In(string text) =>
        [.. _lexicon
            .Select(t => (t.Topic, At: t.Words.Select(w => text.IndexOf(w, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(-1).Min()))
            .Where(t => t.At >= 0)
            .OrderBy(t => t.At)
            .Select(t => t.Topic)];

    /// <summary>The topic a claim serves.</summary>
    public static string Of(GenerationClaim claim) =>
        claim.Category == "other" && (claim.Text.Contains("指南", StringComparison.Ordinal) || claim.Text.Contains("共识", StringComparison.Ordinal))
            ? "guideline"
            : claim.Category;
}
