using ContentOps.Core.Review.Fixes;

namespace ContentOps.Core.Tests.Review;

public sealed class FindingFeedbackTests
{
    [Fact]
    public void ToPrompt_WritesNumberedChineseInstructions_BlockingFirst()
    {
        var verdict = Contexts.ReviewChina("本品最佳，临床总有效率98.6%。", Contexts.HcpAcademic);

        var prompt = FindingFeedback.ToPrompt(verdict.Findings);

        Assert.StartsWith("上一稿未通过合规审查", prompt);
        Assert.Contains("1. 【必须修改】", prompt);
        Assert.Contains("“最佳”", prompt);
        Assert.Contains("本广告仅供医学药学专业人士阅读", prompt);
        Assert.True(prompt.IndexOf("【必须修改】", StringComparison.Ordinal) < prompt.IndexOf("【建议修改】", StringComparison.Ordinal));
    }

    [Fact]
    public void ToPrompt_IsEmpty_WithoutFindings()
    {
        Assert.Equal("", FindingFeedback.ToPrompt([]));
    }
}
