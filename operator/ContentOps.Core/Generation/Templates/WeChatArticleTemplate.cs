namespace ContentOps.Core.Generation.Templates;

/// <summary>A WeChat service-account article: title ≤ 64 characters, greeting, messages, safety, call to action, references.</summary>
public sealed class WeChatArticleTemplate : IFormatTemplate
{
    public string Format => "wechat-article";

    public (string? Title, string Body) Render(GenerationRequest r)
    {
        var title = r.Title ?? $"{TemplateParts.ProductMention(r)}学术资讯";
        var body = TemplateParts.Join(
        [
            TemplateParts.Greeting(r),
            $"本文介绍{TemplateParts.ProductMention(r)}的学术信息。",
            .. TemplateParts.MessageParagraphs(r),
            .. TemplateParts.SafetyParagraphs(r),
            TemplateParts.CallToAction(r),
            TemplateParts.References(r),
            TemplateParts.Company(r),
            .. r.RequiredStatements,
        ]);
        return (title.Length > 64 ? title[..64] : title, body);
    }
}
