namespace ContentOps.Benchmarks.EmbeddedRun;

/// <summary>
/// About fifty approved claims for the generated repository. Each is one sentence (no 。or ； inside), so the
/// claim-traceability rule can match the verbatim sentences generation writes, and the pieces pass review.
/// </summary>
internal static class ClaimTexts
{
    public sealed record ClaimText(string Id, string Category, string Text, string Reference);

    private static readonly string[] _subgroups =
    [
        "基线HbA1c≥8.0%", "年龄≥65岁", "病程≥10年", "体重指数≥28 kg/m²", "轻度肾功能不全",
        "女性", "男性", "合并高血压", "合并血脂异常", "初诊",
    ];

    public static IReadOnlyList<ClaimText> All { get; } = Build();

    private static List<ClaimText> Build()
    {
        var claims = new List<ClaimText>();
        for (var i = 0; i < 20; i++)
        {
            var study = i % 2 == 0 ? "LANTERN-1" : "LANTERN-2";
            var weeks = i % 3 == 0 ? 52 : 24;
            claims.Add(new($"klp-efficacy-{i + 1:00}", "efficacy",
                $"在{study}研究的{_subgroups[i % 10]}亚组中，康力平® 5 mg每日一次治疗{weeks}周后HbA1c较基线平均降低{0.55 + (i * 0.03):0.00}%。",
                i % 2 == 0 ? "lantern-1" : "lantern-2"));
        }

        for (var i = 0; i < 10; i++)
        {
            claims.Add(new($"klp-safety-{i + 1:00}", "safety",
                $"在LANTERN-2研究的{_subgroups[i]}亚组中，康力平®联合二甲双胍组的低血糖发生率为{0.8 + (i * 0.1):0.0}%，与安慰剂联合二甲双胍组相近。",
                "lantern-2"));
        }

        string[] dosing =
        [
            "推荐剂量为5 mg，每日一次口服，可在每天任意时间服用。",
            "康力平®可与或不与食物同服，服药时间不受进餐影响。",
            "轻度肾功能不全患者服用康力平®无需调整剂量。",
            "中度或重度肾功能不全患者的推荐剂量为2.5 mg，每日一次。",
            "老年患者服用康力平®无需仅因年龄调整剂量。",
        ];
        claims.AddRange(dosing.Select((t, i) => new ClaimText($"klp-dosing-{i + 1:00}", "dosing", t, "klp-label")));

        string[] mechanism =
        [
            "澜格列汀是一种二肽基肽酶-4（DPP-4）抑制剂。",
            "澜格列汀通过减少肠促胰素GLP-1和GIP的降解提高其活性水平。",
            "澜格列汀以葡萄糖依赖的方式促进胰岛素分泌。",
            "澜格列汀以葡萄糖依赖的方式抑制胰高血糖素分泌。",
            "DPP-4抑制剂的降糖作用在血糖正常时减弱，因而单独使用时低血糖风险较低。",
        ];
        claims.AddRange(mechanism.Select((t, i) => new ClaimText($"klp-mechanism-{i + 1:00}", "mechanism", t, "klp-label")));

        string[] guideline =
        [
            "《中国2型糖尿病防治指南（2020年版）》指出，DPP-4抑制剂单独使用不增加低血糖发生的风险。",
            "《中国2型糖尿病防治指南（2020年版）》指出，DPP-4抑制剂对体重的作用为中性或轻度增加。",
            "《中国2型糖尿病防治指南（2020年版）》推荐二甲双胍作为2型糖尿病患者控制高血糖的一线用药。",
            "《中国2型糖尿病防治指南（2020年版）》指出，单药治疗血糖未达标时可采用二联治疗。",
            "《中国2型糖尿病防治指南（2020年版）》建议大多数非妊娠成年2型糖尿病患者HbA1c的控制目标为<7.0%。",
        ];
        claims.AddRange(guideline.Select((t, i) => new ClaimText($"klp-guideline-{i + 1:00}", "other", t, "cds-2020")));

        for (var i = 0; i < 10; i++)
        {
            claims.Add(new($"klp-weight-{i + 1:00}", "efficacy",
                $"在LANTERN-1研究的{_subgroups[i]}亚组中，康力平®治疗24周后体重较基线的平均变化为{(i - 5) * 0.1:+0.0;-0.0;0.0} kg，与安慰剂组相近。",
                "lantern-1"));
        }

        return claims;
    }
}
