using System.Globalization;
using System.Text.RegularExpressions;

namespace ContentOps.Operator.Declarations.Validation;

/// <summary>The OpenAPI formats the API server knows (date-time, date, uri), checked as strictly as it does.</summary>
internal static partial class FormatChecks
{
    /// <summary>Null when <paramref name="value"/> is valid, otherwise a hint how to write it.</summary>
    public static string? Check(string value, string format) => format switch
    {
        "date-time" => Rfc3339().IsMatch(value) && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? null
            : "use RFC 3339 with an offset, e.g. 2026-12-01T09:30:00+08:00",
        "date" => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? null
            : "use yyyy-MM-dd, e.g. 2027-06-30",
        "uri" => Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto" or "file"
            ? null
            : "use an absolute URL such as https://example.com/page",
        _ => null,
    };

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339();
}
