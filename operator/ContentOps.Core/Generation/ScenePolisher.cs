using System.Text;
using System.Text.RegularExpressions;

namespace ContentOps.Core.Generation;

/// <summary>
/// Polishes generated text for its scene without changing what it states. Connective prose (title, opening, section
/// lead-ins, closing) gets the Chinese copywriting rules: full-width punctuation after Chinese text, a space between
/// Chinese and Latin letters or digits, the trade name written one way (with ® when registered), repeated sentences
/// removed, sentences no longer than the tone profile allows. Claims, label text, statements and references are
/// approved text and are never touched. The assembled body is tidied: one blank line between paragraphs, a
/// paragraph repeated word for word kept once, SMS on one line.
/// </summary>
public sealed partial class ScenePolisher
{
    /// <summary>Polishes the prose of a composition for the request's language, product naming and sentence length.</summary>
    public Composition Polish(Composition composition, GenerationRequest request, int maxSentenceChars)
    {
        string? Prose(string? text) => text is null ? null : PolishProse(text, request, maxSentenceChars);
        return composition with
        {
            Title = composition.Title is null ? null : PolishProse(composition.Title, request, int.MaxValue),
            Opening = Prose(composition.Opening),
            Closing = Prose(composition.Closing),
            Sections = [.. composition.Sections.Select(s => s with { Heading = PolishProse(s.Heading, request, int.MaxValue), Prose = Prose(s.Prose) })],
        };
    }

    /// <summary>Tidies the assembled body (and makes an SMS one line).</summary>
    public string PolishBody(string format, string body)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var paragraphs = body.Replace("\r\n", "\n").Split("\n\n")
            .Select(p => string.Join('\n', p.Split('\n').Select(l => l.TrimEnd())).Trim())
            .Where(p => p.Length > 0 && (p.StartsWith("## ", StringComparison.Ordinal) || seen.Add(p)));
        var tidy = string.Join("\n\n", paragraphs);
        return format == "sms" ? SingleLine(tidy) : tidy;
    }

    internal static string PolishProse(string text, GenerationRequest request, int maxSentenceChars)
    {
        text = text.Trim();
        if (request.Language != "zh-CN")
        {
            return text;
        }

        text = CjkPunctuation().Replace(text, m => m.Groups[1].Value + ToFullWidth(m.Groups[2].Value[0]));
        text = Spacing(text);
        text = ProductNaming(text, request.ProductName);
        text = RemoveRepeatedSentences(text);
        return maxSentenceChars == int.MaxValue ? text : SplitLongSentences(text, maxSentenceChars);
    }

    /// <summary>A space between Chinese and Latin letters or digits (中文文案排版: 使用 LANTERN-2 研究), never inside a URL.</summary>
    private static string Spacing(string text)
    {
        var urls = Url().Matches(text).Select(m => (m.Index, m.Length)).ToList();
        bool InUrl(int at) => urls.Any(u => at >= u.Index && at < u.Index + u.Length);
        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            if (i > 0 && !InUrl(i) && !InUrl(i - 1) && NeedsSpace(text[i - 1], text[i]))
            {
                builder.Append(' ');
            }

            builder.Append(text[i]);
        }

        return builder.ToString();
    }

    private static bool NeedsSpace(char before, char after) =>
        (IsCjk(before) && char.IsAsciiLetterOrDigit(after)) || ((char.IsAsciiLetterOrDigit(before) || before == '%') && IsCjk(after));

    private static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff';

    /// <summary>The trade name written one way: with ® when the product is registered (康力平 → 康力平®).</summary>
    private static string ProductNaming(string text, string productName)
    {
        if (!productName.EndsWith('®'))
        {
            return text;
        }

        var bare = productName[..^1];
        return Regex.Replace(text, Regex.Escape(bare) + "(?!®)", productName);
    }

    private static string RemoveRepeatedSentences(string text)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var sentences = Sentence().Matches(text).Select(m => m.Value).Where(s => s.Trim().Length == 0 || seen.Add(s.Trim()));
        return string.Concat(sentences);
    }

    /// <summary>Splits a prose sentence longer than <paramref name="max"/> at its last comma before the limit.</summary>
    private static string SplitLongSentences(string text, int max) =>
        Sentence().Replace(text, m =>
        {
            var sentence = m.Value;
            while (sentence.Length > max)
            {
                var comma = sentence.LastIndexOf('，', Math.Min(max, sentence.Length - 2));
                if (comma <= 0)
                {
                    break;
                }

                var head = sentence[..comma] + "。";
                return head + SplitLongSentences(sentence[(comma + 1)..], max);
            }

            return sentence;
        });

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

    [GeneratedRegex(@"(\p{IsCJKUnifiedIdeographs})([,:;!?])(?!//) ?")]
    private static partial Regex CjkPunctuation();

    [GeneratedRegex(@"https?://\S+|\{\{[a-z_]+\}\}")]
    private static partial Regex Url();

    [GeneratedRegex(@"[^。！？]*[。！？]|[^。！？]+$")]
    private static partial Regex Sentence();
}
