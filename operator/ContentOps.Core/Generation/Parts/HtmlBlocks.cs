using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace ContentOps.Core.Generation.Parts;

/// <summary>Writes body blocks as HTML with inline styles (what the WeChat editor and email clients keep); links become anchors.</summary>
internal static partial class HtmlBlocks
{
    public static void Write(StringBuilder html, IReadOnlyList<BodyBlock> blocks, string paragraphStyle, string headingStyle)
    {
        foreach (var block in blocks)
        {
            switch (block.Kind)
            {
                case BodyBlockKind.Heading:
                    html.Append("<h2 style=\"").Append(headingStyle).Append("\">").Append(Inline(block.Text)).Append("</h2>\n");
                    break;
                case BodyBlockKind.Labelled:
                    html.Append("<p style=\"").Append(paragraphStyle).Append("\"><strong>").Append(WebUtility.HtmlEncode(block.Label))
                        .Append("</strong>：").Append(Inline(block.Text)).Append("</p>\n");
                    break;
                case BodyBlockKind.Lines:
                    html.Append("<p style=\"").Append(paragraphStyle).Append("\">")
                        .Append(string.Join("<br>", block.Text.Split('\n').Select(Inline))).Append("</p>\n");
                    break;
                default:
                    html.Append("<p style=\"").Append(paragraphStyle).Append("\">").Append(Inline(block.Text)).Append("</p>\n");
                    break;
            }
        }
    }

    /// <summary>Encodes text and turns https links (and the unsubscribe token) into anchors.</summary>
    public static string Inline(string text)
    {
        var encoded = WebUtility.HtmlEncode(text);
        return Links().Replace(encoded, m => $"<a href=\"{m.Value}\">{m.Value}</a>");
    }

    [GeneratedRegex(@"https?://[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+|\{\{unsubscribe_url\}\}")]
    private static partial Regex Links();
}
