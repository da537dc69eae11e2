namespace ContentOps.Core.Generation.Parts;

/// <summary>A block of a rendition body: a heading (## …), a label paragraph (【禁忌】…), a list of lines (references), or a paragraph.</summary>
public sealed record BodyBlock(BodyBlockKind Kind, string Text, string? Label = null)
{
    /// <summary>Splits a body at blank lines into blocks.</summary>
    public static IReadOnlyList<BodyBlock> Parse(string body) =>
        [.. body.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Of)];

    private static BodyBlock Of(string paragraph)
    {
        if (paragraph.StartsWith("## ", StringComparison.Ordinal))
        {
            return new BodyBlock(BodyBlockKind.Heading, paragraph[3..].Trim());
        }

        if (paragraph.StartsWith('【') && paragraph.IndexOf('】') is > 1 and var close)
        {
            return new BodyBlock(BodyBlockKind.Labelled, paragraph[(close + 1)..].Trim(), paragraph[1..close]);
        }

        return paragraph.Contains('\n')
            ? new BodyBlock(BodyBlockKind.Lines, paragraph)
            : new BodyBlock(BodyBlockKind.Paragraph, paragraph);
    }
}

/// <summary>Kinds of <see cref="BodyBlock"/>.</summary>
public enum BodyBlockKind
{
    Paragraph,
    Heading,
    Labelled,
    Lines,
}
