using ContentOps.Core.Api.Claims;
using ContentOps.Core.Review;

namespace ContentOps.Core.Tests.Review;

public sealed class ClaimTraceabilityRuleTests
{
    private static readonly ClaimLibrary _library = new()
    {
        Metadata = new() { Name = "kanglipin-claims" },
        Spec = new ClaimLibrarySpec
        {
            Product = "康力平",
            References = [new Reference { Id = "ref-1", Citation = "Zhang L, et al. Diabetes Care. 2025;48:100-108." }],
            Claims =
            [
                new Claim { Id = "klp-hba1c-24w", Category = "efficacy", Text = "康力平治疗24周后HbA1c较基线降低1.2%", References = ["ref-1"], Expires = new DateOnly(2027, 12, 31) },
                new Claim { Id = "klp-fpg", Category = "efficacy", Text = "康力平使空腹血糖降低1.8 mmol/L", References = ["ref-1"], Expires = new DateOnly(2025, 1, 1) },
                new Claim { Id = "klp-hypo", Category = "safety", Text = "康力平组低血糖发生率与安慰剂组相当", References = ["ref-1"], Status = "withdrawn" },
                new Claim { Id = "klp-hypo-met", Category = "safety", Text = "联合组低血糖发生率为1.2%，安慰剂组为0.9%；两组均未报告严重低血糖事件。", References = ["ref-1"] },
                new Claim { Id = "klp-safety", Category = "safety", Text = "最常见的不良反应为鼻咽炎和头痛。与磺脲类药物合用时低血糖风险增加。如怀疑胰腺炎，应停用本品。", References = ["ref-1"] },
            ],
        },
    };

    private static Verdict Review(string body) => Contexts.ReviewChina(body, Contexts.HcpAcademic.With([_library]));

    [Theory]
    [InlineData("康力平治疗24周后HbA1c较基线降低1.2%[1]。")]
    [InlineData("康力平治疗24周后，HbA1c较基线降低1.2%［１］。")]
    [InlineData("研究显示，康力平治疗24周后HbA1c较基线降低1.2%¹。")]
    public void Review_Passes_ApprovedClaimWithReferenceMarker(string sentence)
    {
        Assert.Empty(Review(sentence).Rule("claim-traceability"));
    }

    [Fact]
    public void Review_Flags_ApprovedClaimWithoutMarker()
    {
        var finding = Assert.Single(Review("康力平治疗24周后HbA1c较基线降低1.2%。").Rule("claim-traceability"));

        Assert.Contains("缺少参考文献角标", finding.Detail);
        Assert.Equal("klp-hba1c-24w", finding.ClaimId);
    }

    [Fact]
    public void Review_Flags_ExpiredClaim()
    {
        var finding = Assert.Single(Review("康力平使空腹血糖降低1.8 mmol/L[1]。").Rule("claim-traceability"));

        Assert.Contains("过期", finding.Detail);
    }

    [Fact]
    public void Review_Flags_WithdrawnClaim()
    {
        var finding = Assert.Single(Review("康力平组低血糖发生率与安慰剂组相当[1]。").Rule("claim-traceability"));

        Assert.Contains("withdrawn", finding.Detail);
        Assert.Equal(Severities.Block, finding.Severity);
    }

    [Fact]
    public void Review_Flags_InventedNumber()
    {
        var finding = Assert.Single(Review("康力平治疗24周后HbA1c较基线降低2.5%[1]。").Rule("claim-traceability"));

        Assert.Contains("2.5", finding.Detail);
        Assert.Equal("康力平治疗24周后HbA1c较基线降低1.2%", finding.Expected);
    }

    [Fact]
    public void Review_Flags_UnsupportedEfficacyStatement()
    {
        var finding = Assert.Single(Review("康力平可显著改善胰岛功能。").Rule("claim-traceability"));

        Assert.Contains("未匹配", finding.Detail);
    }

    [Fact]
    public void Review_Exempts_LabelSectionsReferencesAndPlainHeadings()
    {
        const string body = """
            ## 不良反应

            最常见的不良反应为低血糖，发生率为2.1%。

            禁忌：1型糖尿病患者禁用。

            参考文献
            [1] Zhang L, et al. Diabetes Care. 2025;48:100-108.
            """;

        var verdict = Contexts.ReviewChina(body, Contexts.HcpAcademic.With([_library]), title: "康力平在2型糖尿病患者中的疗效");

        Assert.Empty(verdict.Rule("claim-traceability"));
    }

    [Fact]
    public void Review_Passes_ClaimOfSeveralSentences_StatedAsOneRunWithItsMarker()
    {
        var verdict = Review("最常见的不良反应为鼻咽炎和头痛。与磺脲类药物合用时低血糖风险增加。如怀疑胰腺炎，应停用本品[1]。");

        Assert.Empty(verdict.Rule("claim-traceability"));
    }

    [Fact]
    public void Review_Flags_PartOfAMultiSentenceClaim_StatedAlone()
    {
        var finding = Assert.Single(Review("与磺脲类药物合用时低血糖风险增加。").Rule("claim-traceability"));

        Assert.Equal("claim-traceability", finding.RuleId);
    }

    [Fact]
    public void Review_Passes_ClaimWhoseClausesEndWithASemicolon()
    {
        Assert.Empty(Review("联合组低血糖发生率为1.2%，安慰剂组为0.9%；两组均未报告严重低血糖事件[1]。").Rule("claim-traceability"));
    }
}
