using System.Text;

namespace ContentOps.Core.Generation.Parts;

/// <summary>
/// The parts of a WeChat article: the digest (≤ 120 characters), the article as Markdown, and the HTML fragment the
/// WeChat editor accepts (sections, paragraphs, headings and strong with inline styles; no scripts, classes or
/// external styles, which the editor strips).
/// </summary>
public static class WeChatParts
{
    private const string Paragraph = "margin:0 0 1em;font-size:15px;line-height:1.75;color:#333333;letter-spacing:0.5px;";
    private const string Heading = "margin:1.5em 0 0.8em;font-size:17px;font-weight:bold;color:#0b4f8a;border-left:4px solid #0b4f8a;padding-left:8px;";

    public static IReadOnlyList<RenditionPart> Of(string title, string digest, string body) =>
    [
        new RenditionPart(PartNames.Digest, "text/plain", digest),
        new RenditionPart(PartNames.Markdown, "text/markdown", $"# {title}\n\n{body}\n"),
        new RenditionPart(PartNames.Html, "text/html", Html(body)),
    ];

    private static string Html(string body)
    {
        var html = new StringBuilder("<section style=\"padding:0 8px;font-family:-apple-system,'PingFang SC','Microsoft YaHei',sans-serif;\">\n");
        HtmlBlocks.Write(html, BodyBlock.Parse(body), Paragraph, Heading);
        return html.Append("</section>\n").ToString();
    }
}
