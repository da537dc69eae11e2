using ContentOps.Core.Generation;
using ContentOps.Core.Generation.Intent;
using ContentOps.Core.Generation.Required;

namespace ContentOps.Core.Tests.Generation;

internal static class GenerationFixtures
{
    public static readonly RequiredRule ProfessionalStatement = new()
    {
        Id = "china-drug-ad/rx-professional-statement",
        Texts = ["本广告仅供医学药学专业人士阅读", "本资料仅供医疗卫生专业人士参考"],
    };

    public static readonly RequiredRule Safety = new() { Id = "china-drug-ad/contraindications", Texts = ["禁忌", "不良反应"], RequireAll = true };

    public static readonly RequiredRule References = new() { Id = "company-sop/references-section", Texts = ["参考文献"] };

    public static readonly RequiredRule Brand = new() { Id = "company-sop/brand", Texts = ["瑞格宁®（瑞格列汀片）"] };

    public static readonly RequiredRule OptOut = new() { Id = "company-sop/sms-opt-out", Texts = ["回T退订", "回复T退订"], Position = "end" };

    public static GenerationRequest Request(string format, string brief = "面向内分泌科医生介绍瑞格列汀的降糖疗效与低血糖风险。") => new()
    {
        Piece = "diabetes/rgl-launch",
        Format = format,
        Channel = "wechat-hcp",
        Brief = brief,
        Intent = BriefIntentParser.Parse(brief),
        ProductName = "瑞格宁®",
        GenericName = "瑞格列汀片",
        Manufacturer = "华康制药有限公司",
        ApprovalNumber = "国药准字H20250001",
        Sender = "【华康医学】",
        KeyMessages = [new GenerationMessage("glycemic-control", "显著改善血糖控制", ["rgl-hba1c-24w"])],
        Claims =
        [
            new GenerationClaim("rgl-hypo", "safety", "瑞格列汀单药治疗低血糖发生率与安慰剂相当。", ["ref-b"]),
            new GenerationClaim("rgl-hba1c-24w", "efficacy", "在二甲双胍控制不佳的2型糖尿病患者中，瑞格列汀联合治疗24周HbA1c较基线降低0.8%。", ["ref-a", "ref-b"]),
        ],
        References =
        [
            new GenerationReference("ref-a", "张某某, 等. 中华内分泌代谢杂志, 2025, 41(3): 201-207."),
            new GenerationReference("ref-b", "李某某, 等. 中国糖尿病杂志, 2025, 33(5): 321-326."),
        ],
        Contraindications = "对本品任何成分过敏者禁用。",
        AdverseReactions = "常见不良反应为鼻咽炎、头痛。",
        CallToAction = "欢迎报名参加12月18日线上学术会",
        Required = format == "sms" ? [ProfessionalStatement, Brand, OptOut] : format == "rep-talk-track" ? [Brand] : [ProfessionalStatement, Safety, References, Brand],
    };
}
