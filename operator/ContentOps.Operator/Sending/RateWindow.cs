using System.Globalization;
using System.Text.RegularExpressions;

namespace ContentOps.Operator.Sending;

/// <summary>Parses a rate-limit interval as declared in ChannelTarget.spec.rateLimit.per: 500ms, 30s, 15m, 1h30m, 7d.</summary>
internal static partial class RateWindow
{
    public static TimeSpan? Parse(string per)
    {
        if (string.IsNullOrWhiteSpace(per) || !Whole().IsMatch(per))
        {
            return null;
        }

        var total = TimeSpan.Zero;
        foreach (Match part in Part().Matches(per))
        {
            var n = long.Parse(part.Groups[1].Value, CultureInfo.InvariantCulture);
            total += part.Groups[2].Value switch
            {
                "ms" => TimeSpan.FromMilliseconds(n),
                "s" => TimeSpan.FromSeconds(n),
                "m" => TimeSpan.FromMinutes(n),
                "h" => TimeSpan.FromHours(n),
                _ => TimeSpan.FromDays(n),
            };
        }

        return total > TimeSpan.Zero ? total : null;
    }

    [GeneratedRegex("^([0-9]+(ms|s|m|h|d))+$")]
    private static partial Regex Whole();

    [GeneratedRegex("([0-9]+)(ms|s|m|h|d)")]
    private static partial Regex Part();
}
