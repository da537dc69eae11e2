using System.Text.RegularExpressions;

namespace ContentOps.Core.Publishing.Sms;

/// <summary>
/// The text a Chinese SMS gateway sends: exactly one 【signature】 at the start (from the channel's sender; brackets in
/// the body are removed, since a second signature is rejected by carriers), the body, and a working opt-out (回T退订)
/// unless the body already has one. Segments: 70 characters fit one message; longer texts are sent in parts of 67.
/// </summary>
public static partial class SmsText
{
    public const int SingleSegment = 70;
    public const int ConcatenatedSegment = 67;
    public const string OptOut = "回T退订";

    public static string Compose(string? sender, string body, string channel)
    {
        ArgumentNullException.ThrowIfNull(body);
        var signature = Brackets().Replace(sender ?? "", "$1").Trim();
        if (signature.Length == 0)
        {
            throw new ChannelException($"ChannelTarget {channel} needs spec.sender, the SMS signature registered with the carrier (e.g. 【远澜医学】).", permanent: true);
        }

        var text = Brackets().Replace(body, "").Replace("\n", " ", StringComparison.Ordinal).Trim();
        if (!text.Contains("退订", StringComparison.Ordinal))
        {
            text = $"{text.TrimEnd('。', ' ')}。{OptOut}";
        }

        return $"【{signature}】{text}";
    }

    /// <summary>Segments the carrier bills: 1 up to 70 characters, else one per 67 (every character counts as one, Chinese or not).</summary>
    public static int Segments(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var length = new System.Globalization.StringInfo(text).LengthInTextElements;
        return length <= SingleSegment ? 1 : (length + ConcatenatedSegment - 1) / ConcatenatedSegment;
    }

    [GeneratedRegex("【([^】]*)】")]
    private static partial Regex Brackets();
}
