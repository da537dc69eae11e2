using ContentOps.Core.Api;
using ContentOps.Operator.Declarations.Schema;

namespace ContentOps.Operator.Declarations.Validation;

/// <summary>Says in words what a schema pattern accepts, so a mismatch tells the author what to write instead of a regex.</summary>
internal static class PatternDescriptions
{
    public static string Describe(string pattern) => pattern switch
    {
        Names.DnsLabelPattern => "a name of lowercase letters, digits and '-', at most 63 characters, starting and ending with a letter or digit (e.g. klp-launch-2026)",
        Names.IdPattern => "an id of lowercase letters, digits, '-', '.' and '_', starting and ending with a letter or digit (e.g. klp-hba1c-24w)",
        Names.DigestPattern => "'sha256:' followed by 64 lowercase hex digits, as 'contentops status' prints it",
        SchemaPatterns.Duration => "a duration such as 90m, 24h, 7d or 1h30m",
        SchemaPatterns.Cron => "five cron fields: minute hour day-of-month month day-of-week (e.g. '0 6 * * 1')",
        SchemaPatterns.TimeOfDay => "a time of day as HH:mm on a 24-hour clock (e.g. 22:00)",
        SchemaPatterns.TimeZone => "an IANA time zone name such as Asia/Shanghai or UTC",
        _ => $"a value matching {pattern}",
    };
}
