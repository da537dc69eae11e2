using ContentOps.Core.Review.Reports;

namespace ContentOps.Core.Tests.Review;

public sealed class ReviewReportRendererTests
{
    [Fact]
    public void ToMarkdown_SummarisesEachRendition_AndListsFindings()
    {
        var blocked = Contexts.ReviewChina("本品最|佳。", Contexts.PublicOtcAd);
        var passed = Contexts.ReviewChina("欢迎参加线上学术会议。\n\n本资料仅供医疗卫生专业人士参考\n\n禁忌：见说明书。不良反应：见说明书。", Contexts.HcpAcademic) with { Channel = "wechat-hcp" };

        var markdown = ReviewReportRenderer.ToMarkdown("klp-launch", [blocked, passed]);

        Assert.StartsWith("# 合规审查报告 / Review report: klp-launch", markdown);
        Assert.Contains("| test-channel |  | blocked |", markdown);
        Assert.Contains("| wechat-hcp |  | passed | 0 | 0 |", markdown);
        Assert.Contains("`china-drug-ad/absolute-terms`", markdown);
        Assert.Contains("| 最\\|佳 |", markdown);
    }
}
