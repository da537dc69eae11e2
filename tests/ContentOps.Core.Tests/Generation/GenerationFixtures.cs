using ContentOps.Core.Generation;

namespace ContentOps.Core.Tests.Generation;

internal static class GenerationFixtures
{
    public static GenerationRequest Request(string format, int? maxBodyChars = null) => new()
    {
        Piece = "diabetes/rgl-launch",
        Format = format,
        Channel = "wechat-hcp",
        Brief = "面向内分泌科医生介绍瑞格列汀的降糖疗效与低血糖风险。",
        ProductName = "瑞格宁",
        GenericName = "瑞格列汀片",
        Manufacturer = "华康制药有限公司",
        KeyMessages = [new GenerationMessage("glycemic-control", "显著改善血糖控制", ["rgl-hba1c-24w"])],
        Claims =
        [
            new GenerationClaim("rgl-hba1c-24w", "efficacy", "在二甲双胍控制不佳的2型糖尿病患者中，瑞格列汀联合治疗24周HbA1c较基线降低0.8%。", [1]),
            new GenerationClaim("rgl-hypo", "safety", "瑞格列汀单药治疗低血糖发生率与安慰剂相当。", [2]),
        ],
        References = ["张某某, 等. 中华内分泌代谢杂志, 2025, 41(3): 201-207.", "李某某, 等. 中国糖尿病杂志, 2025, 33(5): 321-326."],
        Contraindications = "对本品任何成分过敏者禁用。",
        AdverseReactions = "常见不良反应为鼻咽炎、头痛。",
        CallToAction = "欢迎报名参加12月18日线上学术会",
        RequiredStatements = ["本资料仅供医疗卫生专业人士参考"],
        MaxBodyChars = maxBodyChars,
    };
}
