using System.Text;

namespace ContentOps.Core.Knowledge.Ingestion;

/// <summary>Markdown (.md): ATX headings (<c>#</c>…) start sections; paragraphs and list items are blocks; markup is dropped.</summary>
public sealed class MarkdownReader : IDocumentReader
{
    /// <inheritdoc />
    public IReadOnlyList<DocumentBlock> Read(byte[] content)
    {
        var text = PlainTextReader.Decode(content);
        var blocks = new List<DocumentBlock>();
        string? section = null;
        var paragraph = new StringBuilder();
        void Flush()
        {
            if (paragraph.Length > 0)
            {
                blocks.Add(new DocumentBlock(null, section, paragraph.ToString()));
                paragraph.Clear();
            }
        }

        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith('#'))
            {
                Flush();
                section = line.TrimStart('#').Trim();
                continue;
            }

            if (line.Length == 0 || line.StartsWith("```", StringComparison.Ordinal) || IsRule(line))
            {
                Flush();
                continue;
            }

            if (line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("* ", StringComparison.Ordinal) || line.StartsWith('|'))
            {
                Flush();
            }

            paragraph.Append(paragraph.Length > 0 ? " " : "").Append(Strip(line));
            if (line.StartsWith('|'))
            {
                Flush();
            }
        }

        Flush();
        return blocks;
    }

    private static bool IsRule(string line) => line.Length >= 3 && line.All(c => c is '-' or '*' or '_' or '|' or ':' or ' ');

    private static string Strip(string line)
    {
        var text = line.TrimStart('-', '*', '>', ' ');
        return text.Replace("**", "", StringComparison.Ordinal).Replace("`", "", StringComparison.Ordinal)
            .Replace('|', ' ').Trim();
    }
}
