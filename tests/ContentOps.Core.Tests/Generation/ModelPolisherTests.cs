using ContentOps.Core.Generation;
using static ContentOps.Core.Generation.ModelPolisher;

namespace ContentOps.Core.Tests.Generation;

public sealed class ModelPolisherTests
{
    private static readonly ProseSet _input = new()
    {
        Title = "12 周降压数据",
        Opening = "本期介绍研究资料。",
        Sections = [new ProseSection { Prose = "以下为研究原文。" }],
        Closing = "感谢阅读。",
    };

    [Theory]
    [InlineData("""{"title":"12周降压要点","opening":"本期梳理研究资料。","sections":[{"prose":"研究原文如下。"}],"closing":"谢谢阅读。"}""")]
    [InlineData("```json\n{\"title\":\"12 周降压数据\",\"opening\":\"本期梳理资料。\",\"sections\":[{\"prose\":\"原文如下。\"}],\"closing\":\"谢谢。\"}\n```")]
    public void AnswerThatKeepsTheContract_IsTaken(string answer)
    {
        var (output, why) = Check(_input, answer);

        Assert.NotNull(output);
        Assert.Equal("", why);
    }

    [Theory]
    [InlineData("润色如下：本期梳理资料。", "not the prose JSON")]
    [InlineData("""{"title":"t","opening":"o","sections":null,"closing":"c"}""", "not the prose JSON")]
    [InlineData("""{"title":"t","opening":"o","sections":[],"closing":"c"}""", "0 sections instead of 1")]
    [InlineData("""{"title":"t","opening":"","sections":[{"prose":"p"}],"closing":"c"}""", "a field was emptied")]
    [InlineData("""{"title":"12周","opening":"有效率达 35 ％。","sections":[{"prose":"p"}],"closing":"c"}""", "introduced 35%")]
    [InlineData("""{"title":"12周","opening":"o","sections":[{"prose":"疗程 24 周。"}],"closing":"c"}""", "introduced 24")]
    [InlineData("""{"title":"12周","opening":"o","sections":[{"prose":"p"}],"closing":"降低 12.5 mmHg"}""", "introduced 12.5")]
    public void AnswerThatBreaksTheContract_IsRejected_WithTheReason(string answer, string reason)
    {
        var (output, why) = Check(_input, answer);

        Assert.Null(output);
        Assert.StartsWith(reason, why);
    }
}

public sealed class EmbeddedModelPolishTests
{
    [Fact]
    public async Task ModelPolish_WithTheEmbeddedGenerator_IsSkipped_SameTextAsScenePolish_AndSaysWhy()
    {
        var generator = new RenditionGenerator(new ModularChatClient(), new ScenePolisher());
        var request = GenerationFixtures.Request("wechat-article");

        var scene = await generator.GenerateAsync(request, null, CancellationToken.None);
        var model = await generator.GenerateAsync(request with { Polish = "model" }, null, CancellationToken.None);

        Assert.Equal(scene.Body, model.Body);
        Assert.Equal(scene.Title, model.Title);
        Assert.DoesNotContain("polish", scene.Outline);
        Assert.EndsWith("; polish scene (no model configured: provider embedded)", model.Outline);
    }
}
