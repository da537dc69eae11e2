using ContentOps.Core.Knowledge.Stores;

namespace ContentOps.Core.Tests.Knowledge;

internal static class KnowledgeFixtures
{
    public static readonly DateOnly Today = new(2026, 12, 4);

    public static KnowledgeRecord Claim(string id, string text, string category = "efficacy", string status = "approved", int expiresOn = 20271231, string product = "康力平") => new()
    {
        Id = id,
        Kind = "claim",
        Product = product,
        Category = category,
        Status = status,
        ExpiresOn = expiresOn,
        Source = "diabetes/klp-claims",
        Text = text,
    };

    public static KnowledgeRecord Passage(string id, string text, int expiresOn = KnowledgeRecord.NeverExpires, string product = "康力平") => new()
    {
        Id = id,
        Kind = "passage",
        Product = product,
        Category = "",
        Status = "approved",
        ExpiresOn = expiresOn,
        Source = "diabetes/klp-label",
        Location = "label.md",
        Text = text,
    };

    public static IReadOnlyList<KnowledgeRecord> Mixed() =>
    [
        Claim("klp-hba1c", "LANTERN-2研究中，二甲双胍控制不佳的患者加用康力平后HbA1c较基线平均降低0.76%。"),
        Claim("klp-hypo", "康力平联合二甲双胍组的低血糖发生率为1.2%，安慰剂联合二甲双胍组为0.9%。", "safety"),
        Claim("klp-dosing", "推荐剂量为5 mg，每日一次口服；中度或重度肾功能不全患者推荐剂量为2.5 mg。", "dosing"),
        Claim("klp-old", "II期研究中HbA1c较基线降低达1.1%，二甲双胍控制不佳。", status: "withdrawn"),
        Claim("klp-draft", "康力平降低HbA1c，二甲双胍控制不佳的患者获益。", status: "draft"),
        Claim("klp-expired", "康力平降低HbA1c 0.8%，二甲双胍控制不佳。", expiresOn: 20261130),
        Claim("other-hba1c", "另一产品二甲双胍控制不佳患者HbA1c降低。", product: "别的药"),
        Passage("label#1", "与二甲双胍联合治疗（LANTERN-2）：HbA1c较基线平均降低0.76%。"),
        Passage("old-label#1", "旧版说明书：二甲双胍控制不佳患者HbA1c降低。", expiresOn: 20260101),
    ];
}
