using System.Text.RegularExpressions;

namespace ContentOps.Core.Publishing.Email;

/// <summary>
/// The salutation an approved email opens with (尊敬的…：, addressed to a segment) and its footer. A per-doctor message
/// names the doctor in that salutation rather than adding a second one, and adds an unsubscribe footer only when the
/// approved text has none, so a doctor never reads two greetings or two unsubscribe lines.
/// </summary>
internal static partial class ApprovedGreeting
{
    /// <summary>The approved plain text with its salutation replaced by <paramref name="greeting"/> (kept when null),
    /// and <paramref name="footer"/> appended only when the text carries no unsubscribe merge field of its own.</summary>
    public static string PersonalizeText(string approved, string? greeting, string footer)
    {
        var firstBreak = approved.IndexOf('\n', StringComparison.Ordinal);
        var firstLine = (firstBreak < 0 ? approved : approved[..firstBreak]).Trim();
        var text = IsSalutation(firstLine)
            ? (greeting ?? firstLine) + (firstBreak < 0 ? "" : approved[firstBreak..])
            : (greeting ?? "尊敬的医生：") + "\n\n" + approved;
        return approved.Contains("{{unsubscribe_url}}", StringComparison.Ordinal) ? text : $"{text}\n\n--\n{footer}";
    }

    /// <summary>Where the salutation's text sits in the approved HTML (inside its first paragraph), or null.</summary>
    public static (int Start, int Length)? FindInHtml(string html)
    {
        var match = HtmlSalutation().Match(html);
        return match.Success ? (match.Groups["text"].Index, match.Groups["text"].Length) : null;
    }

    private static bool IsSalutation(string line) =>
        line.StartsWith("尊敬的", StringComparison.Ordinal) && (line.EndsWith('：') || line.EndsWith(':')) && line.Length <= 60;

    [GeneratedRegex("<p[^>]*>(?<text>尊敬的[^<\n]{0,56}[：:])</p>", RegexOptions.CultureInvariant)]
    private static partial Regex HtmlSalutation();
}
