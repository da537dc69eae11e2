using System.Text;

namespace ContentOps.Core.Knowledge.Ingestion;

/// <summary>Plain text (.txt): paragraphs are separated by blank lines; heading lines (【适应症】, "2.1 终点") start sections.</summary>
public sealed class PlainTextReader : IDocumentReader
{
    private static readonly UTF8Encoding _strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <inheritdoc />
    public IReadOnlyList<DocumentBlock> Read(byte[] content) => Blocks(Decode(content), page: null);

    internal static string Decode(byte[] content)
    {
        try
        {
            return _strictUtf8.GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException e)
        {
            throw new UnreadableDocumentException($"the file is not valid UTF-8 (byte {e.Index})", e);
        }
    }

    internal static List<DocumentBlock> Blocks(string text, int? page, string? section = null)
    {
        var blocks = new List<DocumentBlock>();
        var paragraph = new StringBuilder();
        void Flush()
        {
            if (paragraph.Length > 0)
            {
                blocks.Add(new DocumentBlock(page, section, paragraph.ToString()));
                paragraph.Clear();
            }
        }

        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            if (SectionHeadings.Match(line) is { } heading)
            {
                Flush();
                section = heading;
                continue;
            }

            paragraph.Append(paragraph.Length > 0 && !IsCjk(line[0]) ? " " : "").Append(line);
        }

        Flush();
        return blocks;
    }

    private static bool IsCjk(char c) => c is >= '\u3000' and <= '\u9fff' or >= '\uff00' and <= '\uffef';
}
