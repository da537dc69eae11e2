namespace ContentOps.Core.Review.Text;

/// <summary>
/// Splits text into sentences at 。！？；!?; and line ends, and marks those inside label sections (a line starting with
/// 禁忌, 不良反应, 注意事项, 用法用量, 功能主治, 适用范围…, up to the next blank line after its content) and the references section
/// (参考文献 to the next heading) as exempt: they disclose the label or cite sources, they do not make claims.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly string[] _labelHeadings =
    [
        "禁忌", "不良反应", "注意事项", "警告", "黑框警告", "用法用量", "用法与用量", "适应症", "适应证", "药物相互作用", "特殊人群",
        "孕妇及哺乳期妇女用药", "儿童用药", "老年用药", "药物过量", "药理毒理", "药代动力学", "贮藏", "规格", "成份", "成分", "性状",
        "重要安全性信息", "安全性信息", "功能主治", "功能与主治", "主治", "适用范围", "保健功能", "适宜人群", "不适宜人群",
    ];

    internal const string TerminatorChars = "。！？；!?;";

    private static readonly System.Buffers.SearchValues<char> _terminators = System.Buffers.SearchValues.Create(TerminatorChars);

    private static readonly string[] _referenceHeadings = ["参考文献", "参考资料", "references"];

    /// <summary>First characters of every heading keyword: most lines start with none, and skip the keyword comparisons.</summary>
    private static readonly System.Buffers.SearchValues<char> _headingStarts =
        System.Buffers.SearchValues.Create([.. _labelHeadings.Concat(_referenceHeadings).SelectMany(h => new[] { h[0], char.ToUpperInvariant(h[0]) }).Distinct()]);

    public static List<Sentence> Split(string text, int titleLength = 0)
    {
        var sentences = new List<Sentence>(text.Length / 24);
        var state = Section.None;
        var labelHasContent = false;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var line = text.AsSpan(lineStart, lineEnd - lineStart);
            if (line.Trim().IsEmpty)
            {
                if (state == Section.Label && labelHasContent)
                {
                    state = Section.None;
                }
            }
            else
            {
                (state, labelHasContent) = Advance(line, state, labelHasContent);
                var heading = lineStart < titleLength || line.TrimStart().StartsWith("#");
                AddSentences(text, lineStart, lineEnd, state != Section.None, heading, sentences);
            }

            lineStart = lineEnd + 1;
        }

        return sentences;
    }

    private static (Section, bool) Advance(ReadOnlySpan<char> line, Section state, bool labelHasContent)
    {
        var isMarkdownHeading = line.TrimStart().StartsWith("#") || line.TrimStart().StartsWith("【");
        var heading = line.TrimStart(" \t\u3000#【[0-9一二三四五六七八九十、.．)）");
        if (heading.IsEmpty || !_headingStarts.Contains(heading[0]))
        {
            return isMarkdownHeading ? (Section.None, false) : (state, state == Section.Label || labelHasContent);
        }

        foreach (var keyword in _referenceHeadings)
        {
            if (heading.StartsWith(keyword, StringComparison.OrdinalIgnoreCase))
            {
                return (Section.References, false);
            }
        }

        foreach (var keyword in _labelHeadings)
        {
            if (heading.StartsWith(keyword, StringComparison.Ordinal))
            {
                var rest = heading[keyword.Length..].Trim(" \t\u3000】]:：");
                return (Section.Label, !rest.IsEmpty);
            }
        }

        if (isMarkdownHeading)
        {
            return (Section.None, false);
        }

        return (state, state == Section.Label || labelHasContent);
    }

    private static void AddSentences(string text, int start, int end, bool exempt, bool heading, List<Sentence> sentences)
    {
        var sentenceStart = start;
        while (sentenceStart < end)
        {
            var terminator = text.AsSpan(sentenceStart, end - sentenceStart).IndexOfAny(_terminators);
            if (terminator < 0)
            {
                break;
            }

            AddTrimmed(text, sentenceStart, sentenceStart + terminator + 1, exempt, heading, sentences);
            sentenceStart += terminator + 1;
        }

        AddTrimmed(text, sentenceStart, end, exempt, heading, sentences);
    }

    private static void AddTrimmed(string text, int start, int end, bool exempt, bool heading, List<Sentence> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new Sentence(start, end - start, exempt, heading));
        }
    }

    private enum Section
    {
        None,
        Label,
        References,
    }
}
