namespace ContentOps.Core.Review.Rules.Concepts;

/// <summary>
/// Numerals in normalised text, written in digits or Chinese (3, 0.5, 十几, 两, 三万多, 5-10, 1~2): what a concept
/// phrase's <c>{n}</c> stands for. Joining characters (- ~ . + 多 余 来) count only inside or after a numeral.
/// </summary>
internal static class Numerals
{
    private const string Digits = "0123456789零〇一二三四五六七八九十百千万亿两几半数";
    private const string Joiners = "-~～.+多余来";

    /// <summary>Start of the numeral that ends right before <paramref name="end"/>, or -1 when there is none.</summary>
    public static int StartBefore(string text, int end)
    {
        var start = end;
        while (start > 0 && IsPart(text[start - 1]))
        {
            start--;
        }

        while (start < end && !IsDigit(text[start]))
        {
            start++;
        }

        return start < end ? start : -1;
    }

    /// <summary>End of the numeral that starts at <paramref name="start"/>, or -1 when there is none.</summary>
    public static int EndAfter(string text, int start)
    {
        if (start >= text.Length || !IsDigit(text[start]))
        {
            return -1;
        }

        var end = start;
        while (end < text.Length && IsPart(text[end]))
        {
            end++;
        }

        return end;
    }

    private static bool IsDigit(char c) => Digits.Contains(c);

    private static bool IsPart(char c) => Digits.Contains(c) || Joiners.Contains(c);
}
