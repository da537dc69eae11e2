using ContentOps.Core.Generation;

namespace ContentOps.Core.Tests.Generation;

public sealed class ModelCompositionTests
{
    private static Task<Rendition> Generate(string answer) =>
        new RenditionGenerator(new ScriptedChatClient(answer), new ScenePolisher())
            .GenerateAsync(GenerationFixtures.Request("wechat-article"), null, CancellationToken.None);

    [Fact]
    public async Task Generate_InsertsEachClaimVerbatim_WherTheModelPlacedItsId()
    {
        var rendition = await Generate("""
            {"title":"瑞格宁研究解读","opening":"本期介绍瑞格宁的研究资料。","sections":[
              {"heading":"研究结果","prose":"以下为研究原文。","claims":["rgl-hba1c-24w"]},
              {"heading":"低血糖","prose":"","claims":["rgl-hypo"]}],"closing":"感谢阅读。"}
            """);

        Assert.Equal("瑞格宁®研究解读", rendition.Title);
        Assert.Contains("本期介绍瑞格宁®（瑞格列汀片）的研究资料。", rendition.Body);
        Assert.Contains("瑞格列汀联合治疗24周HbA1c较基线降低0.8%[1,2]。", rendition.Body);
        Assert.Contains("瑞格列汀单药治疗低血糖发生率与安慰剂相当[2]。", rendition.Body);
        Assert.Contains("## 重要安全性信息", rendition.Body);
    }

    [Fact]
    public async Task Generate_Fails_WhenTheAnswerIsNotTheCompositionJson()
    {
        var error = await Assert.ThrowsAsync<GenerationException>(() => Generate("# 标题\n\n正文没有 JSON。"));

        Assert.Contains("composition JSON", error.Message);
    }

    [Fact]
    public async Task Generate_Fails_WhenTheModelPlacesAClaimItWasNotGiven()
    {
        var error = await Assert.ThrowsAsync<GenerationException>(() => Generate("""
            {"title":"t","opening":"o","sections":[{"heading":"h","prose":"","claims":["invented-claim"]}],"closing":""}
            """));

        Assert.Contains("invented-claim", error.Message);
    }

    [Fact]
    public async Task Generate_KeepsTheModelsProseAsProse_SoReviewSeesAnInventedNumber()
    {
        var rendition = await Generate("""
            {"title":"t","opening":"瑞格宁可使HbA1c降低2.5%。","sections":[{"heading":"h","prose":"","claims":["rgl-hypo"]}],"closing":""}
            """);

        Assert.Contains("HbA1c 降低 2.5%", rendition.Body);
        Assert.NotNull(FactGuard.FirstFact("瑞格宁可使HbA1c降低2.5%。"));
    }
}
