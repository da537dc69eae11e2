using System.Net;
using System.Text;

namespace ContentOps.Core.Generation.Parts;

/// <summary>
/// The parts of an approved email: subject, preheader, responsive HTML (one 600-pixel column that narrows on
/// phones, inline styles, the preheader as hidden leading text, the footer with the unsubscribe link) and the plain
/// text alternative (the reviewed body). <c>{{unsubscribe_url}}</c> is the only merge field: the sender replaces it
/// per recipient with the one-click unsubscribe link.
/// </summary>
public static class EmailParts
{
    private const string Paragraph = "margin:0 0 16px;font-size:15px;line-height:1.7;color:#222222;";
    private const string Heading = "margin:24px 0 12px;font-size:17px;line-height:1.4;color:#0b4f8a;";

    public static IReadOnlyList<RenditionPart> Of(string subject, string? preheader, string body)
    {
        var text = body.Replace("## ", "", StringComparison.Ordinal);
        return
        [
            new RenditionPart(PartNames.Subject, "text/plain", subject),
            new RenditionPart(PartNames.Preheader, "text/plain", preheader ?? ""),
            new RenditionPart(PartNames.Html, "text/html", Html(subject, preheader, body)),
            new RenditionPart(PartNames.Text, "text/plain", text + "\n"),
        ];
    }

    private static string Html(string subject, string? preheader, string body)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(WebUtility.HtmlEncode(subject)).Append("</title>\n")
            .Append("<style>@media only screen and (max-width:620px){.container{width:100% !important;}.content{padding:16px !important;}}</style>\n")
            .Append("</head>\n<body style=\"margin:0;padding:0;background:#f4f6f8;\">\n");
        if (preheader is { Length: > 0 })
        {
            html.Append("<div style=\"display:none;max-height:0;overflow:hidden;mso-hide:all;\">").Append(WebUtility.HtmlEncode(preheader)).Append("</div>\n");
        }

        html.Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"background:#f4f6f8;\">\n<tr><td align=\"center\">\n")
            .Append("<table role=\"presentation\" class=\"container\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"width:600px;max-width:600px;background:#ffffff;\">\n")
            .Append("<tr><td class=\"content\" style=\"padding:32px;font-family:'PingFang SC','Microsoft YaHei',Arial,sans-serif;\">\n");
        HtmlBlocks.Write(html, BodyBlock.Parse(body), Paragraph, Heading);
        html.Append("</td></tr>\n</table>\n</td></tr>\n</table>\n</body>\n</html>\n");
        return html.ToString();
    }
}
