using AngleSharp.Html.Parser;
using ContentOps.Core.Generation;
using ContentOps.Core.Generation.Parts;

namespace ContentOps.Core.Tests.Generation;

public sealed class RenditionPartsTests
{
    private static readonly RenditionGenerator _generator = new(new ModularChatClient(), new ScenePolisher());

    private static (AngleSharp.Html.Dom.IHtmlDocument Document, List<string> Errors) ParseHtml(string html)
    {
        var errors = new List<string>();
        var parser = new HtmlParser(new HtmlParserOptions { IsStrictMode = false });
        parser.Error += (_, e) => errors.Add(((AngleSharp.Html.Dom.Events.HtmlErrorEvent)e).Message);
        return (parser.ParseDocument(html), errors);
    }

    [Fact]
    public async Task Email_Html_IsValidResponsiveHtml_WithPreheaderBodyAndUnsubscribeLink()
    {
        var rendition = await _generator.GenerateAsync(GenerationFixtures.Request("email"), null, CancellationToken.None);
        var (document, errors) = ParseHtml(rendition.Part(PartNames.Html)!.Content);

        Assert.Empty(errors);
        Assert.Equal(rendition.Title, document.Title);
        Assert.NotNull(document.QuerySelector("meta[name=viewport]"));
        Assert.Contains("max-width:620px", document.QuerySelector("style")!.TextContent);
        Assert.Equal(rendition.Part(PartNames.Preheader)!.Content, document.Body!.QuerySelector("div")!.TextContent);
        Assert.Contains(document.QuerySelectorAll("h2"), h => h.TextContent == "重要安全性信息");
        Assert.Contains(document.QuerySelectorAll("a"), a => a.GetAttribute("href") == "{{unsubscribe_url}}");
        Assert.Contains("瑞格列汀联合治疗24周HbA1c较基线降低0.8%[1,2]。", document.Body.TextContent);
        Assert.DoesNotContain("## ", rendition.Part(PartNames.Text)!.Content);
    }

    [Fact]
    public async Task WeChat_HasADigestWithin120_MarkdownAndEditorHtmlWithoutScriptsOrClasses()
    {
        var rendition = await _generator.GenerateAsync(GenerationFixtures.Request("wechat-article"), null, CancellationToken.None);
        var (document, errors) = ParseHtml("<!DOCTYPE html><html><head><title>t</title></head><body>" + rendition.Part(PartNames.Html)!.Content + "</body></html>");

        Assert.Empty(errors);
        Assert.InRange(rendition.Part(PartNames.Digest)!.Content.Length, 1, 120);
        Assert.StartsWith("# " + rendition.Title, rendition.Part(PartNames.Markdown)!.Content);
        Assert.Empty(document.Body!.QuerySelectorAll("script, style, [class]"));
        Assert.NotEmpty(document.QuerySelectorAll("section > h2"));
        Assert.Contains(document.QuerySelectorAll("strong"), s => s.TextContent == "禁忌");
    }

    [Fact]
    public async Task WebPage_IsACompleteDocument()
    {
        var rendition = await _generator.GenerateAsync(GenerationFixtures.Request("web-page"), null, CancellationToken.None);
        var (document, errors) = ParseHtml(rendition.Part(PartNames.Html)!.Content);

        Assert.Empty(errors);
        Assert.Equal(rendition.Title, document.QuerySelector("article > h1")!.TextContent);
        Assert.Equal("zh-CN", document.DocumentElement.GetAttribute("lang"));
    }
}
