using ContentOps.Core.Knowledge.Stores;

namespace ContentOps.Benchmarks.Knowledge;

/// <summary>
/// A deterministic corpus of claims and passages about other (fictional) diabetes drugs in the same vocabulary as
/// the examples (HbA1c, 二甲双胍, 低血糖, eGFR, 每日一次 …), so keyword and vector search must tell the products and
/// findings apart; plus withdrawn, draft and expired 康力平 claims that must never be returned.
/// </summary>
internal static class DistractorCorpus
{
    private static readonly string[] _brandHeads = ["安", "贝", "达", "恩", "福", "格", "汉", "佳", "凯", "利", "美", "诺", "普", "瑞", "赛", "泰", "维", "欣", "怡", "卓"];
    private static readonly string[] _brandTails = ["康", "平", "宁", "达", "瑞", "欣", "泰", "安", "舒", "畅"];
    private static readonly string[] _classes = ["格列汀", "格列净", "鲁肽", "格列奈", "格列酮"];
    private static readonly string[] _trials = ["SUNRISE", "HARBOR", "MERIDIAN", "SUMMIT", "CASCADE", "ORBIT", "PRISM", "VECTOR"];
    private static readonly string[] _aes = ["鼻咽炎", "头痛", "上呼吸道感染", "恶心", "腹泻", "泌尿生殖道感染", "头晕", "便秘", "背痛", "关节痛"];
    private static readonly string[] _populations = ["成人2型糖尿病患者", "老年2型糖尿病患者", "伴心血管疾病的2型糖尿病患者", "新诊断的2型糖尿病患者", "肥胖的2型糖尿病患者"];
    private static readonly string[] _backgrounds = ["二甲双胍", "磺脲类药物", "胰岛素", "二甲双胍联合磺脲类药物", "饮食和运动"];

    public static IEnumerable<KnowledgeRecord> Generate(int count, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var brand = _brandHeads[random.Next(_brandHeads.Length)] + _brandTails[random.Next(_brandTails.Length)];
            var generic = _brandHeads[random.Next(_brandHeads.Length)] + _classes[random.Next(_classes.Length)];
            var (category, text) = Sentence(random, brand, generic);
            var isClaim = i % 5 == 0;
            yield return new KnowledgeRecord
            {
                Id = (isClaim ? "x-claim-" : "x-passage-") + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Kind = isClaim ? "claim" : "passage",
                Product = brand,
                Category = category,
                Status = "approved",
                ExpiresOn = KnowledgeRecord.NeverExpires,
                Source = $"distractors/{brand}",
                Text = text,
            };
        }
    }

    /// <summary>Claims of the example product that are withdrawn, draft or expired: every search must leave them out.</summary>
    public static IEnumerable<KnowledgeRecord> Forbidden() =>
    [
        Forbid("klp-x-withdrawn-met", "withdrawn", 20271231, "在LANTERN-2研究中，二甲双胍控制不佳的患者加用康力平后HbA1c较基线平均降低0.9%，达标率45%。"),
        Forbid("klp-x-draft-hypo", "draft", 20271231, "康力平与二甲双胍联用几乎不发生低血糖。"),
        Forbid("klp-x-expired-dosing", "approved", 20250101, "康力平推荐剂量为5 mg每日一次，肾功能不全患者无需调整剂量。"),
        Forbid("klp-x-withdrawn-weight", "withdrawn", 20271231, "康力平治疗后体重明显下降。"),
        Forbid("klp-x-expired-mechanism", "approved", 20240601, "康力平是DPP-4抑制剂，通过GLP-1降低血糖。"),
    ];

    private static KnowledgeRecord Forbid(string id, string status, int expiresOn, string text) => new()
    {
        Id = id,
        Kind = "claim",
        Product = "康力平",
        Category = "efficacy",
        Status = status,
        ExpiresOn = expiresOn,
        Source = "diabetes/klp-claims-archive",
        Text = text,
    };

    private static (string Category, string Text) Sentence(Random random, string brand, string generic)
    {
        var weeks = new[] { 12, 16, 24, 26, 52 }[random.Next(5)];
        var trial = $"{_trials[random.Next(_trials.Length)]}-{random.Next(1, 9)}";
        var population = _populations[random.Next(_populations.Length)];
        var background = _backgrounds[random.Next(_backgrounds.Length)];
        var dose = new[] { 2.5, 5, 10, 25, 50, 100 }[random.Next(6)];
        string Pct(double low, double high) => (low + (random.NextDouble() * (high - low))).ToString("0.0#", System.Globalization.CultureInfo.InvariantCulture) + "%";
        return random.Next(9) switch
        {
            0 => ("efficacy", $"在{trial}研究（n={random.Next(200, 1500)}）中，{background}控制不佳的{population}接受{brand}（{generic}）{dose} mg每日一次治疗{weeks}周，HbA1c较基线平均降低{Pct(0.4, 1.4)}，安慰剂组降低{Pct(0.0, 0.3)}。"),
            1 => ("efficacy", $"{brand}联合{background}治疗{weeks}周后，HbA1c<7.0%的患者比例为{Pct(25, 60)}，对照组为{Pct(10, 30)}；空腹血糖较基线降低{random.Next(5, 30) / 10.0:0.0} mmol/L。"),
            2 => ("safety", $"{trial}研究中，{brand}组低血糖发生率为{Pct(0.3, 8)}，对照组为{Pct(0.2, 6)}；{(random.Next(2) == 0 ? "未报告严重低血糖事件" : $"严重低血糖{random.Next(0, 5)}例")}。"),
            3 => ("safety", $"{generic}最常见（发生率≥{random.Next(2, 6)}%）的不良反应为{_aes[random.Next(_aes.Length)]}、{_aes[random.Next(_aes.Length)]}和{_aes[random.Next(_aes.Length)]}。与{background}联合使用时应监测血糖。"),
            4 => ("dosing", $"{brand}推荐起始剂量为{dose} mg，每日{(random.Next(2) == 0 ? "一" : "两")}次，{(random.Next(2) == 0 ? "餐前" : "随餐")}服用；eGFR<{new[] { 30, 45, 60 }[random.Next(3)]} mL/min/1.73m²的患者{(random.Next(2) == 0 ? "剂量减半" : "不推荐使用")}。"),
            5 => ("mechanism", $"{generic}是一种{(random.Next(2) == 0 ? "钠-葡萄糖协同转运蛋白2（SGLT2）抑制剂，通过减少肾脏对葡萄糖的重吸收、增加尿糖排泄降低血糖" : "胰高血糖素样肽-1（GLP-1）受体激动剂，以葡萄糖依赖的方式促进胰岛素分泌并延缓胃排空")}。"),
            6 => ("indication", $"{brand}适用于{population}，在饮食控制和运动基础上改善血糖控制，可与{background}联合使用。"),
            7 => ("efficacy", $"{trial}研究显示，{brand}治疗{weeks}周体重较基线平均变化{(random.Next(2) == 0 ? "-" : "+")}{random.Next(1, 40) / 10.0:0.0} kg，收缩压降低{random.Next(1, 60) / 10.0:0.0} mmHg。"),
            _ => ("other", $"{brand}（{generic}）片剂规格为{dose} mg，密封，不超过{new[] { 25, 30 }[random.Next(2)]}℃保存，有效期{new[] { 24, 36 }[random.Next(2)]}个月。"),
        };
    }
}
