using System.Text;

namespace ContentOps.Core.Knowledge.Ingestion;

/// <summary>
/// Joins short paragraphs of the same page and section, and cuts long ones at sentence ends, so a passage holds
/// about one finding: small enough to anchor one claim, large enough to keep a number with its population.
/// </summary>
public sealed class PassageSplitter(int targetLength = 220, int maxLength = 420)
{
    /// <summary>The passages of one file, numbered in reading order.</summary>
    public IReadOnlyList<Passage> Split(string source, string file, IReadOnlyList<DocumentBlock> blocks)
    {
        var passages = new List<Passage>();
        var text = new StringBuilder();
        DocumentBlock? first = null;
        void Flush()
        {
            if (first is not null && text.Length > 0)
            {
                passages.Add(new Passage($"{source}#{file}:{passages.Count + 1}", source, file, first.Page, first.Section, text.ToString()));
            }

            text.Clear();
            first = null;
        }

        foreach (var block in blocks)
        {
            foreach (var piece in Sentences(block.Text))
            {
                var sameGroup = first is not null && first.Page == block.Page && first.Section == block.Section;
                if (!sameGroup || text.Length + piece.Length > maxLength || text.Length >= targetLength)
                {
                    Flush();
                }

                first ??= block;
                text.Append(text.Length > 0 && !EndsCjk(text) ? " " : "").Append(piece);
            }

            if (text.Length >= targetLength / 2)
            {
                Flush();
            }
        }

        Flush();
        return passages;
    }

    private static bool EndsCjk(StringBuilder text) => text[^1] is >= '\u3000' and <= '\u9fff' or >= '\uff00' and <= '\uffef';

    /// <summary>A paragraph cut into pieces no longer than the maximum, at 。；! ? where it must be cut.</summary>
    private IEnumerable<string> Sentences(string paragraph)
    {
        var collapsed = string.Join(' ', paragraph.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (collapsed.Length <= maxLength)
        {
            yield return collapsed;
            yield break;
        }

        var start = 0;
        for (var i = 0; i < collapsed.Length; i++)
        {
            var end = collapsed[i] is '。' or '；' or '！' or '？' or ';' || (collapsed[i] == '.' && i + 1 < collapsed.Length && collapsed[i + 1] == ' ');
            if ((end && i - start >= targetLength / 2) || i - start >= maxLength)
            {
                yield return collapsed[start..(i + 1)].Trim();
                start = i + 1;
            }
        }

        if (start < collapsed.Length && collapsed[start..].Trim() is { Length: > 0 } rest)
        {
            yield return rest;
        }
    }
}
