using ContentOps.Core.Generation;

namespace ContentOps.Core.Tests.Generation;

public sealed class RenditionGeneratorTests
{
    private static readonly RenditionGenerator _generator = new(new ModularChatClient(), new ScenePolisher());

    [Theory]
    [InlineData("wechat-article")]
    [InlineData("email")]
    [InlineData("rep-talk-track")]
    [InlineData("web-page")]
    public async Task Generate_StatesEveryClaimVerbatim_WithReferenceMarker(string format)
    {
        var rendition = await _generator.GenerateAsync(GenerationFixtures.Request(format), null, CancellationToken.None);

        Assert.Contains("瑞格列汀联合治疗24周HbA1c较基线降低0.8%[1]。", rendition.Body);
        Assert.Contains("瑞格列汀单药治疗低血糖发生率与安慰剂相当[2]。", rendition.Body);
        Assert.Equal(["rgl-hba1c-24w", "rgl-hypo"], rendition.ClaimUses.Select(u => u.ClaimId));
    }

    [Fact]
    public async Task Generate_IsDeterministic_ForTheSameRequest()
    {
        var first = await _generator.GenerateAsync(GenerationFixtures.Request("wechat-article"), null, CancellationToken.None);
        var second = await _generator.GenerateAsync(GenerationFixtures.Request("wechat-article"), null, CancellationToken.None);

        Assert.Equal(first, second with { ClaimUses = first.ClaimUses });
        Assert.Equal(first.Body, second.Body);
    }

    [Fact]
    public async Task Generate_WeChatArticle_HasSafetyReferencesAndStatement()
    {
        var rendition = await _generator.GenerateAsync(GenerationFixtures.Request("wechat-article"), null, CancellationToken.None);

        Assert.NotNull(rendition.Title);
        Assert.True(rendition.Title!.Length <= 64);
        Assert.Contains("【禁忌】对本品任何成分过敏者禁用。", rendition.Body);
        Assert.Contains("【不良反应】", rendition.Body);
        Assert.Contains("参考文献：\n[1] 张某某", rendition.Body);
        Assert.EndsWith("本资料仅供医疗卫生专业人士参考", rendition.Body);
    }

    [Fact]
    public async Task Generate_Sms_FitsTwoSegments_AndDropsClaimsThatDoNotFitWhole()
    {
        var rendition = await _generator.GenerateAsync(GenerationFixtures.Request("sms", maxBodyChars: 140), null, CancellationToken.None);

        Assert.True(rendition.Body.Length <= 140, $"{rendition.Body.Length} characters: {rendition.Body}");
        Assert.DoesNotContain("\n", rendition.Body);
        Assert.EndsWith("回T退订", rendition.Body);
        Assert.All(rendition.ClaimUses, use => Assert.Contains(use.ClaimId, new[] { "rgl-hba1c-24w", "rgl-hypo" }));
    }

    [Fact]
    public async Task Generate_ThroughAnotherChatClient_ParsesTitleAndBody()
    {
        var generator = new RenditionGenerator(new ScriptedChatClient("# 标题, 测试\n\n第一段:内容。\n\n\n\n第二段。"), new ScenePolisher());

        var rendition = await generator.GenerateAsync(GenerationFixtures.Request("wechat-article"), null, CancellationToken.None);

        Assert.Equal("标题，测试", rendition.Title);
        Assert.Equal("第一段：内容。\n\n第二段。", rendition.Body);
    }
}
