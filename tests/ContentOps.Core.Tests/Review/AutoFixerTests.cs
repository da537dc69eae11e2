using ContentOps.Core.Generation;
using ContentOps.Core.Review.Fixes;

namespace ContentOps.Core.Tests.Review;

public sealed class AutoFixerTests
{
    [Fact]
    public void Fix_AppendsRxStatement_AndReplacesForbiddenTerm()
    {
        var rendition = Contexts.Body("康力平是最佳选择。") with { Title = "标题", ClaimUses = [new ClaimUse("c", 5, 3)] };
        var verdict = PolicyFixtures.Reviewer.Review(rendition, Contexts.HcpAcademic, [PolicyFixtures.ChinaPolicy]);

        var result = AutoFixer.Fix(rendition, verdict.Findings);

        Assert.Equal("康力平是良好选择。\n\n本广告仅供医学药学专业人士阅读", result.Rendition.Body);
        Assert.Equal("标题", result.Rendition.Title);
        Assert.Contains(result.Changes, c => c.RuleId == "rx-professional-statement");
        Assert.Contains(result.Changes, c => c.RuleId == "absolute-terms" && c.Description == "将“最佳”改为“良好”");
        var again = PolicyFixtures.Reviewer.Review(result.Rendition, Contexts.HcpAcademic, [PolicyFixtures.ChinaPolicy]);
        Assert.DoesNotContain(again.Findings, f => f.RuleId is "rx-professional-statement" or "absolute-terms");
    }

    [Fact]
    public void Fix_AppendsOtcStatement_AndLeavesFindingsWithoutEditsAlone()
    {
        var rendition = Contexts.Body("感冒发热，就用康力平，无效退款。");
        var verdict = PolicyFixtures.Reviewer.Review(rendition, Contexts.PublicOtcAd, [PolicyFixtures.ChinaPolicy]);

        var result = AutoFixer.Fix(rendition, verdict.Findings);

        Assert.EndsWith("\n\n请按药品说明书或者在药师指导下购买和使用", result.Rendition.Body);
        Assert.Contains("无效退款", result.Rendition.Body);
        Assert.DoesNotContain(result.Changes, c => c.RuleId == "efficacy-guarantee");
    }
}
