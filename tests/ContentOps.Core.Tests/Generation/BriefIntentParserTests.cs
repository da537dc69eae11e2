using ContentOps.Core.Generation.Intent;

namespace ContentOps.Core.Tests.Generation;

public sealed class BriefIntentParserTests
{
    [Theory]
    [InlineData("会前一天的提醒短信，不超过 2 条。", BriefPurposes.Reminder)]
    [InlineData("邀请心内科医生参加 5 月 9 日的线上病例讨论会，写明报名方式。", BriefPurposes.Invitation)]
    [InlineData("上市通知邮件，发给已授权的肿瘤科医生。", BriefPurposes.Launch)]
    [InlineData("面向呼吸科医生的服务号学术文章，解读吸入制剂的作用机制。", BriefPurposes.Education)]
    [InlineData("给药师的一页产品资料。", BriefPurposes.Education)]
    public void Parse_ReadsThePurpose_FromTheFirstSentence(string brief, string purpose) =>
        Assert.Equal(purpose, BriefIntentParser.Parse(brief).Purpose);

    [Fact]
    public void Parse_ReadsARangeOfCharacters_AndASubjectLimitApart()
    {
        var intent = BriefIntentParser.Parse("主题不超过 40 字。正文篇幅 1500–2000 字，语气学术、克制。");

        Assert.Equal(new LengthTarget(1500, 2000), intent.Length);
        Assert.Equal(40, intent.TitleMaxChars);
        Assert.Equal("academic", intent.Tone);
    }

    [Theory]
    [InlineData("篇幅约 1200 字。", 960, 1440)]
    [InlineData("正文不超过 300 字。", null, 300)]
    public void Parse_ReadsApproximateAndMaximumLengths(string brief, int? min, int? max)
    {
        var length = BriefIntentParser.Parse(brief).Length!;

        Assert.Equal(min, length.MinChars);
        Assert.Equal(max, length.MaxChars);
    }

    [Fact]
    public void Parse_ReadsSegmentsMinutesAndTheEvent()
    {
        Assert.Equal(2, BriefIntentParser.Parse("提醒短信，不超过 2 条（每条 70 字）。").Length!.Segments);
        Assert.Equal(5, BriefIntentParser.Parse("拜访话术，时长 5 分钟以内。").Length!.Minutes);
        Assert.Equal(new EventMention("3月18日", "19:00"), BriefIntentParser.Parse("3 月 18 日 19:00 线上学术会提醒。").Event);
    }

    [Fact]
    public void Parse_ReadsPerSegmentDirectives_WithTheirTopics_AndLeavesThemOutOfTheGeneralEmphasis()
    {
        var intent = BriefIntentParser.Parse(
            "面向医生的学术文章，介绍低血糖发生率。per-segment：三级医院版本侧重研究设计与亚组读数的解读；二级医院版本侧重起始治疗与剂量调整的实践要点。");

        Assert.Equal(2, intent.Directives.Count);
        Assert.Equal("三级医院", intent.Directives[0].Who);
        Assert.Equal(["efficacy"], intent.Directives[0].Topics);
        Assert.Equal("二级医院", intent.Directives[1].Who);
        Assert.Equal("dosing", intent.Directives[1].Topics[0]);
        Assert.Equal(["safety"], intent.Emphasis);
    }

    [Fact]
    public void Parse_ReadsDirectivesWrittenOtherwise()
    {
        var intent = BriefIntentParser.Parse("面向基层医生的版本重点介绍用法用量；肿瘤专科版强调安全性管理。");

        Assert.Equal(["基层医生", "肿瘤专科"], intent.Directives.Select(d => d.Who));
        Assert.Equal(["dosing"], intent.Directives[0].Topics);
        Assert.Equal(["safety"], intent.Directives[1].Topics);
    }

    [Fact]
    public void Parse_OrdersEmphasis_ByFirstMention()
    {
        var intent = BriefIntentParser.Parse("先讲作用机制，再给出指南推荐，最后写用法用量。");

        Assert.Equal(["mechanism", "guideline", "dosing"], intent.Emphasis);
    }
}
