namespace ContentOps.Core.Review.Text;

/// <summary>
/// Folds text so that evasions match the dictionary: full-width to half-width (１００％ → 100%), Latin case
/// (ＮＯ．１ → no.1), common traditional characters to simplified (療效 → 疗效), and removes whitespace, zero-width
/// characters and separator punctuation inserted between CJK characters (最 有 效, 最-有-效 → 最有效).
/// Clause punctuation (，。、；：！？ and brackets) is kept, so words of neighbouring clauses never join.
/// </summary>
internal static class TextNormalizer
{
    private const byte Keep = 0;
    private const byte Drop = 1;
    private const byte Separator = 2;

    private static readonly char[] _fold = BuildFold();
    private static readonly byte[] _class = BuildClasses();

    /// <summary>Normalises <paramref name="text"/> and keeps the map back to it.</summary>
    public static NormalizedText Normalize(string text)
    {
        // Pooled: the buffer is garbage as soon as the string is made, and on large documents it is a large-object allocation.
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length);
        var segments = new SegmentMapBuilder();
        var count = 0;
        var fold = _fold;
        var classes = _class;
        for (var i = 0; i < text.Length; i++)
        {
            var c = fold[text[i]];
            var kind = classes[c];
            if (kind == Drop)
            {
                continue;
            }

            if (kind == Separator)
            {
                var next = NextSignificant(text, i + 1);
                if (count > 0 && IsCjk(buffer[count - 1]) && next < text.Length && IsCjk(fold[text[next]]))
                {
                    i = next - 1;
                    continue;
                }
            }

            segments.Add(count, i);
            buffer[count++] = c;
        }

        var normalized = new string(buffer, 0, count);
        System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        return segments.Build(text, normalized);
    }

    /// <summary>The normalised form of a dictionary entry.</summary>
    public static string NormalizeTerm(string term) => Normalize(term).Text;

    /// <summary>Whether a (folded) character is a CJK ideograph.</summary>
    public static bool IsCjk(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF');

    /// <summary>Records where the shift between original and normalised index changes.</summary>
    private struct SegmentMapBuilder()
    {
        private int[] _starts = new int[16];
        private int[] _shifts = new int[16];
        private int _count;

        /// <summary>Notes that normalised index <paramref name="index"/> comes from original index <paramref name="original"/>.</summary>
        public void Add(int index, int original)
        {
            if (_count > 0 && _shifts[_count - 1] == original - index)
            {
                return;
            }

            if (_count == _starts.Length)
            {
                Array.Resize(ref _starts, _count * 2);
                Array.Resize(ref _shifts, _count * 2);
            }

            _starts[_count] = index;
            _shifts[_count++] = original - index;
        }

        public readonly NormalizedText Build(string original, string normalized) =>
            _count == 0 ? new NormalizedText(original, normalized, [0], [0], 1) : new NormalizedText(original, normalized, _starts, _shifts, _count);
    }

    private static int NextSignificant(string text, int from)
    {
        var i = from;
        while (i < text.Length && _class[_fold[text[i]]] != Keep)
        {
            i++;
        }

        return i;
    }

    private static char[] BuildFold()
    {
        var fold = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            if (c is >= '\uFF01' and <= '\uFF5E')
            {
                c = (char)(c - 0xFEE0);
            }
            else if (c is '\u3000')
            {
                c = ' ';
            }
            else if (c is '\uFE6A' or '\u2030')
            {
                c = '%';
            }

            fold[i] = char.IsSurrogate(c) ? c : char.ToLowerInvariant(c);
        }

        TraditionalChinese.FillInto(fold);
        return fold;
    }

    private static byte[] BuildClasses()
    {
        var classes = new byte[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD'
                || (char.IsControl(c) && c != '\n'))
            {
                classes[i] = Drop;
            }
            else if (IsSeparator(c))
            {
                classes[i] = Separator;
            }
        }

        classes['\n'] = Drop;
        return classes;
    }

    private static bool IsSeparator(char c)
    {
        if (c is '-' or '_' or '.' or '*' or '~' or '`' or '\'' or '"' or '/' or '\\' or '|' or '^' or '+' or '=' or '#' or '@' or '&'
            or '·' or '•' or '・' or '‧' or '“' or '”' or '‘' or '’' or '〜' or '﹏' or '…')
        {
            return true;
        }

        var category = char.GetUnicodeCategory(c);
        return category is System.Globalization.UnicodeCategory.DashPunctuation or System.Globalization.UnicodeCategory.ConnectorPunctuation;
    }
}
