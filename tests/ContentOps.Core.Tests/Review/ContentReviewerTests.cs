using System.Diagnostics;
using ContentOps.Core.Api.Policies;
using ContentOps.Core.Review;

namespace ContentOps.Core.Tests.Review;

public sealed class ContentReviewerTests
{
    [Theory]
    [InlineData("本品疗效最 有 效。", "最 有 效")]
    [InlineData("本品疗效最-有-效。", "最-有-效")]
    [InlineData("本品疗效最\u200B有\u200B效。", "最\u200B有\u200B效")]
    [InlineData("ＮＯ．１降糖品牌。", "ＮＯ．１")]
    [InlineData("No.1降糖品牌。", "No.1")]
    [InlineData("NO.1降糖品牌。", "NO.1")]
    [InlineData("擁有最佳療效。", "最佳")]
    [InlineData("國家級新藥。", "國家級")]
    public void Review_FlagsAbsoluteTerm_DespiteEvasion(string text, string expectedMatch)
    {
        var verdict = Contexts.ReviewChina(text, Contexts.PublicOtcAd);

        var finding = Assert.Single(verdict.Rule("absolute-terms"));
        Assert.Equal(expectedMatch, finding.Match);
        Assert.Equal(Severities.Block, finding.Severity);
    }

    [Fact]
    public void Review_FlagsSafetyClaim_WithSpacesAndTraditionalCharacters()
    {
        var verdict = Contexts.ReviewChina("本品安全 無 副 作 用。", Contexts.PublicOtcAd);

        Assert.Contains(verdict.Rule("safety-claim"), f => f.Match == "無 副 作 用");
        Assert.Contains(verdict.Rule("safety-claim"), f => f.Match == "安全");
    }

    [Fact]
    public void Review_FlagsFullWidthHundredPercentEffective_AsEfficacyGuarantee()
    {
        var verdict = Contexts.ReviewChina("１００％有效。", Contexts.PublicOtcAd);

        Assert.Equal("１００％有效", Assert.Single(verdict.Rule("efficacy-guarantee")).Match);
    }

    [Fact]
    public void Review_DoesNotFlag_MostCommonAdverseReactionStatement()
    {
        var verdict = Contexts.ReviewChina("最常见的不良反应为头痛。", Contexts.PublicOtcAd);

        Assert.Empty(verdict.Rule("absolute-terms"));
        Assert.Empty(verdict.Rule("safety-claim"));
    }

    [Theory]
    [InlineData("不良反应：恶心、腹泻。")]
    [InlineData("最常见的不良反应为头痛，发生率较低。")]
    [InlineData("如出现任何不良反应，请告知医生。")]
    [InlineData("请告知医生有无副作用。")]
    public void Review_DoesNotFlag_AdverseReactionDisclosure_AsSafetyClaim(string text)
    {
        Assert.Empty(Contexts.ReviewChina(text, Contexts.PublicOtcAd).Rule("safety-claim"));
    }

    [Theory]
    [InlineData("随访期间未见无效病例。")]
    [InlineData("第一周起每日一次，最大剂量不超过120mg。")]
    [InlineData("服药后最初几天可能出现轻微头晕，最终多可自行缓解。")]
    [InlineData("之首，选择合适的治疗方案。")]
    public void Review_DoesNotFlag_FactualLanguage(string text)
    {
        var verdict = Contexts.ReviewChina(text, Contexts.PublicOtcAd);

        Assert.Empty(verdict.Rule("absolute-terms"));
        Assert.Empty(verdict.Rule("efficacy-guarantee"));
        Assert.Empty(verdict.Rule("cure-rate"));
    }

    [Fact]
    public void Review_BlocksCureRate_InPublicOtcAd_AndWarnsInHcpAcademic()
    {
        const string text = "临床总有效率98.6%。";

        var publicAd = Assert.Single(Contexts.ReviewChina(text, Contexts.PublicOtcAd).Rule("cure-rate"));
        var hcp = Assert.Single(Contexts.ReviewChina(text, Contexts.HcpAcademic).Rule("cure-rate"));

        Assert.Equal(Severities.Block, publicAd.Severity);
        Assert.Equal(Severities.Warn, hcp.Severity);
    }

    [Fact]
    public void Review_ReportsPositionsInTitleAndBody()
    {
        var verdict = Contexts.ReviewChina("开头\n本品最佳。", Contexts.PublicOtcAd, title: "标题");

        var finding = Assert.Single(verdict.Rule("absolute-terms"));
        Assert.Equal((4, 3, 9, 2), (finding.Line, finding.Column, finding.Offset, finding.Length));
        Assert.Equal("test-channel", finding.Channel);
    }

    [Fact]
    public void Review_OrdersFindingsByOffsetThenRuleId()
    {
        var verdict = Contexts.ReviewChina("无效退款！本品最佳，安全无副作用。", Contexts.PublicOtcAd);

        var keys = verdict.Findings.Select(f => (f.Offset, f.RuleId)).ToList();
        Assert.Equal(keys.OrderBy(k => k.Offset).ThenBy(k => k.RuleId, StringComparer.Ordinal), keys);
        Assert.True(verdict.Blocked);
        Assert.Equal(verdict.Findings.Count, verdict.BlockingCount + verdict.WarningCount);
    }

    [Fact]
    public void Review_SkipsPolicies_WhoseSelectorDoesNotMatch()
    {
        var english = Contexts.PublicOtcAd with { Language = "en" };

        var verdict = Contexts.ReviewChina("本品最佳。", english);

        Assert.Empty(verdict.Findings);
        Assert.Empty(verdict.Policies);
    }

    [Fact]
    public void Review_ReportsInvalidRegexAsCompileError_WithoutThrowing()
    {
        var policy = PolicyFixtures.Policy("broken", new SopRule { Id = "bad", Kind = "pattern", Message = "m", Patterns = ["(unclosed"] });

        var verdict = new ContentReviewer().Review(Contexts.Body("文本"), Contexts.HcpAcademic, [policy]);

        var error = Assert.Single(verdict.Errors);
        Assert.Equal(("broken", "bad"), (error.Policy, error.RuleId));
        Assert.True(verdict.Blocked);
    }

    [Fact]
    public void Review_PatternTimeout_DoesNotHang_AndReportsFinding()
    {
        var policy = PolicyFixtures.Policy("slow", new SopRule { Id = "catastrophic", Kind = "pattern", Message = "m", Patterns = ["(a+)+b"] });
        var reviewer = new ContentReviewer(new ReviewOptions { PatternTimeout = TimeSpan.FromMilliseconds(50) });
        var stopwatch = Stopwatch.StartNew();

        var verdict = reviewer.Review(Contexts.Body(new string('a', 5000) + "c"), Contexts.HcpAcademic, [policy]);

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10));
        Assert.Contains("超时", Assert.Single(verdict.Findings).Detail);
    }

    [Fact]
    public void Compile_IsCachedByDigest()
    {
        var reviewer = new ContentReviewer();
        var copy = PolicyFixtures.LoadPolicy(File.ReadAllText(PolicyFixtures.ChinaPolicyPath));

        Assert.Same(reviewer.Compile(PolicyFixtures.ChinaPolicy), reviewer.Compile(copy));
    }

    [Fact]
    public void Review_UsesContextSeverityOverride_FirstMatchWins()
    {
        var rule = new SopRule
        {
            Id = "t",
            Kind = "forbiddenTerms",
            Message = "m",
            Terms = [new ForbiddenTerm { Term = "热销" }],
            SeverityByContext = [new SeverityOverride { When = new ContentSelector { AudienceRoles = ["hcp"] }, Severity = "warn" }],
        };

        var verdict = new ContentReviewer().Review(Contexts.Body("热销"), Contexts.HcpAcademic, [PolicyFixtures.Policy("p", rule)]);

        Assert.Equal(Severities.Warn, Assert.Single(verdict.Findings).Severity);
        Assert.False(verdict.Blocked);
    }
}
