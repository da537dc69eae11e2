namespace ContentOps.Core.Generation.Required;

/// <summary>
/// Maps a requiredText rule to the element it asks for, by what its statements and patterns say (禁忌/不良反应 →
/// safety section, 参考文献 → references, the trade name → brand with generic name, 药广审/批准文号 → approval number,
/// 专业人士 → professional-audience statement, 药师指导 → OTC statement, 退订 → opt-out). A rule that asks for
/// anything else has no place in a template: <see cref="Classify"/> returns null and generation fails naming it.
/// </summary>
public static class RequiredElementClassifier
{
    public static RequiredElement? Classify(RequiredRule rule, string productName, string genericName, string assetType)
    {
        var all = rule.Texts.Concat(rule.Patterns).ToList();
        bool Any(params string[] words) => all.Any(t => words.Any(w => t.Contains(w, StringComparison.Ordinal)));
        var kind = true switch
        {
            _ when Any("退订", "unsubscribe") => RequiredElementKind.OptOut,
            _ when Any("专业人士") => RequiredElementKind.ProfessionalAudienceStatement,
            _ when Any("药师指导", "按药品说明书") => RequiredElementKind.OtcStatement,
            _ when Any("药广审", "批准文号", "国药准字") => RequiredElementKind.ApprovalNumber,
            _ when Any("禁忌", "不良反应") && rule.Texts.All(t => t is "禁忌" or "不良反应" or "注意事项" or "重要安全性信息" or "安全性信息") => RequiredElementKind.SafetyInformation,
            _ when rule.Texts is ["参考文献" or "参考资料"] => RequiredElementKind.References,
            _ when Any(productName.TrimEnd('®'), genericName) && rule.Texts.Count > 0 && rule.Texts.All(t => t.Length <= productName.Length + genericName.Length + 4) => RequiredElementKind.BrandWithGenericName,
            _ => (RequiredElementKind?)null,
        };
        return kind is { } k ? new RequiredElement(k, rule.Id, Statement(k, rule, assetType), rule.Position) : null;
    }

    /// <summary>The statement the rule asks for: for the Rx statement the advertisement or the academic wording to fit the asset type.</summary>
    private static string? Statement(RequiredElementKind kind, RequiredRule rule, string assetType)
    {
        if (rule.Texts.Count == 0)
        {
            return null;
        }

        if (kind == RequiredElementKind.ProfessionalAudienceStatement)
        {
            var wanted = assetType == "advertisement" ? "广告" : "资料";
            return rule.Texts.FirstOrDefault(t => t.Contains(wanted, StringComparison.Ordinal)) ?? rule.Texts[0];
        }

        return rule.Texts[0];
    }
}
