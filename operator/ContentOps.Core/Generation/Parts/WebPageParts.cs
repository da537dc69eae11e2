using System.Net;
using System.Text;

namespace ContentOps.Core.Generation.Parts;

/// <summary>The web page as a complete HTML5 document (title, description meta from the summary, one article).</summary>
public static class WebPageParts
{
    private const string Paragraph = "margin:0 0 1em;line-height:1.75;";
    private const string Heading = "margin:1.5em 0 0.6em;font-size:1.25em;";

    public static IReadOnlyList<RenditionPart> Of(string title, string? summary, string body)
    {
        var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(WebUtility.HtmlEncode(title)).Append("</title>\n");
        if (summary is { Length: > 0 })
        {
            html.Append("<meta name=\"description\" content=\"").Append(WebUtility.HtmlEncode(summary)).Append("\">\n");
        }

        html.Append("</head>\n<body style=\"margin:0 auto;max-width:760px;padding:24px;font-family:'PingFang SC','Microsoft YaHei',sans-serif;color:#222222;\">\n<article>\n<h1>")
            .Append(WebUtility.HtmlEncode(title)).Append("</h1>\n");
        HtmlBlocks.Write(html, BodyBlock.Parse(body), Paragraph, Heading);
        html.Append("</article>\n</body>\n</html>\n");
        return [new RenditionPart(PartNames.Html, "text/html", html.ToString())];
    }
}
