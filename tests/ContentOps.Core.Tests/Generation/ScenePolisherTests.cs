using ContentOps.Core.Generation;

namespace ContentOps.Core.Tests.Generation;

public sealed class ScenePolisherTests
{
    private static readonly GenerationRequest _request = GenerationFixtures.Request("wechat-article");

    [Theory]
    [InlineData("本期介绍LANTERN-2研究的设计", "本期介绍 LANTERN-2 研究的设计")]
    [InlineData("3月18日线上学术会", "3 月 18 日线上学术会")]
    [InlineData("会议安排,欢迎参加!", "会议安排，欢迎参加！")]
    [InlineData("瑞格宁的说明书信息", "瑞格宁®的说明书信息")]
    [InlineData("欢迎参加。欢迎参加。感谢阅读。", "欢迎参加。感谢阅读。")]
    [InlineData("访问 https://example.com/a?b=1,c 了解", "访问 https://example.com/a?b=1,c 了解")]
    public void PolishProse_AppliesTheChineseCopywritingRules(string prose, string expected) =>
        Assert.Equal(expected, ScenePolisher.PolishProse(prose, _request, int.MaxValue));

    [Fact]
    public void PolishProse_SplitsASentenceLongerThanTheToneAllows_AtAComma()
    {
        var polished = ScenePolisher.PolishProse("本期面向社区卫生服务中心的全科医生，围绕说明书信息展开介绍。", _request, 20);

        Assert.Equal("本期面向社区卫生服务中心的全科医生。围绕说明书信息展开介绍。", polished);
    }

    [Fact]
    public void PolishBody_KeepsARepeatedParagraphOnce_ButEveryHeading()
    {
        var body = new ScenePolisher().PolishBody("wechat-article", "## 标题\n\n甲。\n\n甲。\n\n## 标题\n\n乙。\n\n\n\n");

        Assert.Equal("## 标题\n\n甲。\n\n## 标题\n\n乙。", body);
    }

    [Fact]
    public async Task Generate_NeverRewordsAClaim()
    {
        var rendition = await new RenditionGenerator(new ModularChatClient(), new ScenePolisher())
            .GenerateAsync(_request, null, CancellationToken.None);

        Assert.Contains("在二甲双胍控制不佳的2型糖尿病患者中，瑞格列汀联合治疗24周HbA1c较基线降低0.8%", rendition.Body);
    }
}
