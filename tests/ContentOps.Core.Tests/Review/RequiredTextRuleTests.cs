using ContentOps.Core.Api.Policies;
using ContentOps.Core.Review;

namespace ContentOps.Core.Tests.Review;

public sealed class RequiredTextRuleTests
{
    [Theory]
    [InlineData("end", "正文很长的一段内容。\n\n仅供专业人士", true)]
    [InlineData("end", "仅供专业人士\n\n正文很长的一段内容。", false)]
    [InlineData("start", "仅供专业人士\n\n正文很长的一段内容。", true)]
    [InlineData("paragraph", "正文。\n\n仅供专业人士阅读。", true)]
    [InlineData("paragraph", "正文，仅供专业人士阅读。", false)]
    [InlineData("anywhere", "正文，仅供专业 人士阅读。", true)]
    public void Review_ChecksStatementPosition(string position, string body, bool passes)
    {
        var rule = new SopRule { Id = "statement", Kind = "requiredText", Message = "m", Text = ["仅供专业人士"], Position = position, Within = 8 };

        var verdict = new ContentReviewer().Review(Contexts.Body(body), Contexts.HcpAcademic, [PolicyFixtures.Policy("p", rule)]);

        Assert.Equal(passes, verdict.Findings.Count == 0);
    }
}
