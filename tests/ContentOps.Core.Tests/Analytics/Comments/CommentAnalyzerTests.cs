using ContentOps.Core.Analytics.Comments;

namespace ContentOps.Core.Tests.Analytics.Comments;

public sealed class CommentAnalyzerTests
{
    private static readonly CommentAnalyzer _analyzer = new(["康力平", "澜格列汀"]);

    [Theory]
    [InlineData("内容严谨，没有夸大，点赞。", Sentiment.Positive)]
    [InlineData("样本量太小，说服力不足。", Sentiment.Negative)]
    [InlineData("请问肾功能不全的患者剂量怎么调整？", Sentiment.Neutral)]
    [InlineData("这个药好不好用？", Sentiment.Neutral)]
    public void Analyze_ScoresSentiment_WithNegationAndQuestions(string comment, Sentiment expected)
    {
        Assert.Equal(expected, _analyzer.Analyze(comment).Sentiment);
    }

    [Fact]
    public void Analyze_AnAdverseEventReport_IsNegative_AndKeepsTheSentence()
    {
        var analysis = _analyzer.Analyze("很好的文章。不过我有位患者吃了康力平后全身起皮疹！");

        Assert.NotNull(analysis.AdverseEvent);
        Assert.Equal("不过我有位患者吃了康力平后全身起皮疹", analysis.AdverseEvent.Sentence);
        Assert.Contains("safety", analysis.Topics);
    }

    [Fact]
    public void Keywords_RankDomainWordsAboveCommonWords()
    {
        var keywords = _analyzer.Keywords.Extract(["低血糖风险低，老年患者放心。", "合用胰岛素会不会低血糖？", "我们这个月的会议很好。"], 5);

        Assert.Equal("低血糖", keywords[0].Word);
        Assert.DoesNotContain(keywords, k => k.Word is "我们" or "这个");
    }

    [Fact]
    public void Segmenter_KeepsProductNamesAsOneToken()
    {
        Assert.Contains("康力平", _analyzer.Segmenter.Cut("老人吃了康力平后晚上睡不着"));
    }
}
