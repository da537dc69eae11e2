using System.Globalization;

namespace ContentOps.Operator.Sending;

/// <summary>Parses a rate-limit interval (30s, 15m, 1h, 24h, 7d) as declared in ChannelTarget.spec.rateLimit.per.</summary>
internal static class RateWindow
{
    public static TimeSpan? Parse(string per)
    {
        if (string.IsNullOrWhiteSpace(per) || per.Length < 2 || !int.TryParse(per[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0)
        {
            return null;
        }

        return per[^1] switch
        {
            's' => TimeSpan.FromSeconds(n),
            'm' => TimeSpan.FromMinutes(n),
            'h' => TimeSpan.FromHours(n),
            'd' => TimeSpan.FromDays(n),
            _ => null,
        };
    }
}
