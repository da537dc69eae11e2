using ContentOps.Core.Generation;
using ContentOps.Core.Review;

namespace ContentOps.Operator.Cli.Review;

/// <summary>
/// A plain-text draft (UTF-8 .txt/.md) as a rendition. The first line is the title when it is a Markdown heading, or
/// when a blank line follows it and it is shorter than 100 characters and does not end a sentence. Findings are
/// mapped back from the reviewed text (<c>Title\n\nBody</c>) to positions in the file.
/// </summary>
internal sealed class Draft
{
    private const int MaxTitleLength = 100;
    private readonly int _titleOffset;
    private readonly int _bodyOffset;

    private Draft(string path, string text, string? title, int titleOffset, int bodyOffset, string channel, string format)
    {
        Path = path;
        Text = text;
        _titleOffset = titleOffset;
        _bodyOffset = bodyOffset;
        Rendition = new Rendition { Channel = channel, Format = format, Title = title, Body = text[bodyOffset..] };
    }

    public string Path { get; }

    public string Text { get; }

    public Rendition Rendition { get; }

    public static Draft Read(string path, string channel, string format) => Parse(path, File.ReadAllText(path), channel, format);

    public static Draft Parse(string path, string text, string channel, string format)
    {
        var firstBreak = text.IndexOf('\n');
        if (firstBreak < 0)
        {
            return new Draft(path, text, null, 0, 0, channel, format);
        }

        var firstLine = text[..firstBreak].TrimEnd('\r');
        var isHeading = firstLine.StartsWith("# ", StringComparison.Ordinal);
        var rest = firstBreak + 1;
        var bodyOffset = SkipBlankLines(text, rest);
        var blankFollows = bodyOffset > rest;
        var looksLikeTitle = firstLine.Trim().Length is > 0 and < MaxTitleLength && !"。！？.!?".Contains(firstLine.Trim()[^1]);
        if (!isHeading && !(blankFollows && looksLikeTitle))
        {
            return new Draft(path, text, null, 0, 0, channel, format);
        }

        var titleOffset = isHeading ? 2 : 0;
        while (titleOffset < firstLine.Length && char.IsWhiteSpace(firstLine[titleOffset]))
        {
            titleOffset++;
        }

        return new Draft(path, text, firstLine[titleOffset..].TrimEnd(), titleOffset, bodyOffset, channel, format);
    }

    /// <summary>The finding with offset, line and column (and its edit) relative to the file.</summary>
    public Finding ToFile(Finding finding)
    {
        var offset = ToFileOffset(finding.Offset);
        var (line, column) = Locate(offset);
        var edit = finding.Edit is { } e ? e with { Offset = ToFileOffset(e.Offset) } : null;
        return finding with { Offset = offset, Line = line, Column = column, Edit = edit };
    }

    private int ToFileOffset(int reviewedOffset)
    {
        var bodyStart = ReviewedText.BodyOffset(Rendition);
        if (Rendition.Title is { } title && reviewedOffset <= title.Length)
        {
            return _titleOffset + reviewedOffset;
        }

        return _bodyOffset + Math.Max(0, reviewedOffset - bodyStart);
    }

    private (int Line, int Column) Locate(int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < Text.Length; i++)
        {
            if (Text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }

    private static int SkipBlankLines(string text, int from)
    {
        var offset = from;
        while (true)
        {
            var end = text.IndexOf('\n', offset);
            var line = end < 0 ? text.AsSpan(offset) : text.AsSpan(offset, end - offset);
            if (end < 0 || !line.Trim().IsEmpty)
            {
                return offset;
            }

            offset = end + 1;
        }
    }
}
