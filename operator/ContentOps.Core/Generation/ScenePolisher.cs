using System.Text;
using System.Text.RegularExpressions;

namespace ContentOps.Core.Generation;

/// <summary>
/// Polishes generated text for its scene without changing what it states: Chinese full-width punctuation
/// next to CJK text, tidy paragraphs, one line for SMS, the WeChat title limit. Claims are never reworded here.
/// </summary>
public sealed partial class ScenePolisher
{
    private const int WeChatTitleLimit = 64;

    public (string? Title, string Body) Polish(string format, string language, string? title, string body)
    {
        body = TidyParagraphs(body);
        if (language == "zh-CN")
        {
            body = FullWidthPunctuation(body);
            title = title is null ? null : FullWidthPunctuation(title);
        }

        return format switch
        {
            "sms" => (null, SingleLine(body)),
            "wechat-article" when title is { Length: > WeChatTitleLimit } => (title[..WeChatTitleLimit], body),
            _ => (title, body),
        };
    }

    private static string TidyParagraphs(string body)
    {
        var lines = body.Replace("\r\n", "\n").Split('\n').Select(l => l.TrimEnd());
        return ExtraBlankLines().Replace(string.Join('\n', lines), "\n\n").Trim();
    }

    /// <summary>Half-width , : ; ! ? between or after CJK characters become their full-width forms; numbers and URLs stay.</summary>
    private static string FullWidthPunctuation(string text) =>
        CjkPunctuation().Replace(text, m => m.Groups[1].Value + ToFullWidth(m.Groups[2].Value[0]));

    private static string ToFullWidth(char c) => c switch
    {
        ',' => "，",
        ':' => "：",
        ';' => "；",
        '!' => "！",
        '?' => "？",
        _ => c.ToString(),
    };

    private static string SingleLine(string body)
    {
        var text = new StringBuilder(body.Length);
        foreach (var line in body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            text.Append(line);
        }

        return text.ToString();
    }

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex ExtraBlankLines();

    [GeneratedRegex(@"(\p{IsCJKUnifiedIdeographs})([,:;!?])(?!//) ?")]
    private static partial Regex CjkPunctuation();
}
