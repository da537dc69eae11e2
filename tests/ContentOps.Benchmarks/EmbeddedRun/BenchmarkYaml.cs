using System.Text;

namespace ContentOps.Benchmarks.EmbeddedRun;

/// <summary>The YAML of each generated resource, written as a COE member would (comments left out).</summary>
internal static class BenchmarkYaml
{
    private const string Header = "apiVersion: contentops.io/v1alpha1\n";

    private static readonly string[] _openings =
    [
        "面向三级医院内分泌科医生", "面向二级医院内分泌科医生", "面向社区卫生服务中心全科医生", "面向参加继续教育项目的医生",
    ];

    private static readonly string[] _topics =
    [
        "介绍二甲双胍控制不佳患者的联合治疗数据", "回顾DPP-4抑制剂的作用机制", "说明用法用量与肾功能不全剂量调整",
        "解读指南对DPP-4抑制剂的定位", "介绍不同亚组的24周研究数据", "总结低血糖相关的安全性信息",
    ];

    private static readonly string[] _tones = ["语气学术、客观、克制。", "语气正式、简洁。", "语气礼貌、温和。"];

    private static readonly string[] _segments = ["tier3-endocrinology", "tier2-endocrinology", "community-gp"];

    public static string Campaign(IReadOnlyList<string> channels) => Header + $"""
        kind: Campaign
        metadata:
          name: klp-launch-2026
          namespace: {BenchmarkRepository.Namespace}
          labels:
            contentops.io/product: kanglipin
        spec:
          displayName: 康力平®（澜格列汀片）上市推广 2026–2027（基准测试）
          product:
            name: 康力平®
            genericName: 澜格列汀片
            type: rx
            approvalNumber: 国药准字H20260917
            manufacturer: 远澜制药（苏州）有限公司
            indications:
              - 本品适用于成人2型糖尿病患者，在饮食控制和运动基础上改善血糖控制。
            contraindications: 对本品中任何成分过敏者禁用。本品不得用于1型糖尿病患者，亦不得用于治疗糖尿病酮症酸中毒。
            adverseReactions: 临床研究中最常见（发生率≥5%）的不良反应为鼻咽炎、上呼吸道感染和头痛。
          therapeuticArea: endocrinology
          audience:
            role: hcp
            audience: endocrinology-hcps
            segments: [tier3-endocrinology, tier2-endocrinology, community-gp]
          claimLibraries: [klp-claims]
          channels: [{string.Join(", ", channels)}]
          schedule:
            start: "2026-01-01T00:00:00+08:00"
            end: "2027-11-30T23:59:59+08:00"
            timeZone: Asia/Shanghai
          owner: 内分泌产品线 品牌经理 周某

        """;

    public static string Audience() => Header + $"""
        kind: Audience
        metadata:
          name: endocrinology-hcps
          namespace: {BenchmarkRepository.Namespace}
        spec:
          role: hcp
          description: 已完成执业身份认证的内分泌科医生及基层全科医生
          segments:
            - name: tier3-endocrinology
              description: 三级医院内分泌科医生
              specialties: [endocrinology]
              hospitalTiers: [tier3]
            - name: tier2-endocrinology
              description: 二级医院内分泌科医生
              specialties: [endocrinology]
              hospitalTiers: [tier2]
            - name: community-gp
              description: 社区卫生服务中心全科医生
              specialties: [general-practice]
              hospitalTiers: [community]
          profiles:
            path: profiles/hcps.csv

        """;

    public static string Channel(string name, IReadOnlyList<string> formats) => Header + $"""
        kind: ChannelTarget
        metadata:
          name: {name}
          namespace: {BenchmarkRepository.Namespace}
        spec:
          type: file
          displayName: 医学信息发件箱 {name}
          endpoint: out/{name}
          formats: [{string.Join(", ", formats)}]
          allowedAudienceRoles: [hcp]
          hcpVerified: true
          sender: 康力平®（澜格列汀片）医学信息

        """;

    public static string ClaimLibrary(IReadOnlyList<ClaimTexts.ClaimText> claims)
    {
        var text = new StringBuilder(Header).Append($"""
            kind: ClaimLibrary
            metadata:
              name: klp-claims
              namespace: {BenchmarkRepository.Namespace}
            spec:
              product: 康力平®
              claims:

            """);
        foreach (var claim in claims)
        {
            text.Append($"    - id: {claim.Id}\n      category: {claim.Category}\n      text: \"{claim.Text}\"\n")
                .Append($"      references: [{claim.Reference}]\n      expires: \"2027-12-31\"\n");
        }

        return text.Append("""
              references:
                - id: klp-label
                  citation: 康力平®（澜格列汀片）说明书. 远澜制药（苏州）有限公司. 核准日期：2026年08月20日.
                - id: cds-2020
                  citation: "中华医学会糖尿病学分会. 中国2型糖尿病防治指南（2020年版）[J]. 中华糖尿病杂志, 2021, 13(4): 315-409."
                - id: lantern-1
                  citation: 陈某某, 刘某某, 赵某某, 等. 澜格列汀单药治疗2型糖尿病患者的24周III期研究（LANTERN-1）[J]. 临床内分泌与代谢研究, 2026, 18(2).
                - id: lantern-2
                  citation: Li M, Zhou H, Sun Y, et al. Langliptin added to metformin (LANTERN-2). J Diabetes Clin Trials. 2026;9(4).

            """).ToString();
    }

    /// <summary>MLR approval for pieces labelled for it (one in twenty), so most of a first run publishes.</summary>
    public static string MlrPolicy() => Header + $"""
        kind: SopPolicy
        metadata:
          name: company-sop-mlr-approval
          namespace: {BenchmarkRepository.Namespace}
        spec:
          description: 标记为 MLR 审批的推广材料须经医学、法务、注册三方审批确切内容后发布。
          selector:
            matchLabels:
              contentops.io/review-track: mlr
          approval:
            roles: [medical, legal, regulatory]
          rules:
            - id: hcp-only-audience
              kind: audience
              severity: block
              message: 处方药推广材料只能面向已认证的医疗卫生专业人士。
              fix: 将 audience.role 设为 hcp，并只选择 hcpVerified 为 true 的渠道。

        """;

    public static string Piece(string name, string format, int index, IReadOnlyList<string> channels, Random random, bool needsApproval)
    {
        var claims = ClaimTexts.All.OrderBy(_ => random.Next()).Take(format == "sms" ? 1 : random.Next(2, 5)).Select(c => c.Id);
        var segment = _segments[random.Next(_segments.Length)];
        var brief = $"{_openings[random.Next(_openings.Length)]}，{_topics[random.Next(_topics.Length)]}（第 {index} 号素材）。{_tones[random.Next(_tones.Length)]}";
        var title = format == "sms" ? "" : $"  title: 康力平®（澜格列汀片）学术资讯 第{index}期\n";
        var track = needsApproval ? "    contentops.io/review-track: mlr\n" : "";
        return Header + $"""
            kind: ContentPiece
            metadata:
              name: {name}
              namespace: {BenchmarkRepository.Namespace}
              labels:
                contentops.io/product: kanglipin
            {track}spec:
              campaign: klp-launch-2026
              format: {format}
              assetType: {(format == "rep-talk-track" ? "rep-message" : "academic")}
              channels: [{string.Join(", ", channels)}]
              audience:
                role: hcp
                audience: endocrinology-hcps
                segments: [{segment}]
            {title}  brief: "{brief}"
              claims: [{string.Join(", ", claims)}]
              generation:
                provider: embedded
                tone: academic
              schedule:
                expireAt: "2027-11-30T23:59:59+08:00"

            """;
    }
}
