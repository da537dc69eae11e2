namespace ContentOps.Core.Generation.Templates;

/// <summary>An HCP-portal page: like an article, without the greeting.</summary>
public sealed class WebPageTemplate : IFormatTemplate
{
    public string Format => "web-page";

    public (string? Title, string Body) Render(GenerationRequest r)
    {
        var body = TemplateParts.Join(
        [
            .. TemplateParts.MessageParagraphs(r),
            .. TemplateParts.SafetyParagraphs(r),
            TemplateParts.CallToAction(r),
            TemplateParts.References(r),
            TemplateParts.Company(r),
            .. r.RequiredStatements,
        ]);
        return (r.Title ?? TemplateParts.ProductMention(r), body);
    }
}
