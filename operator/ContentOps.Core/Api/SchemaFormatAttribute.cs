namespace ContentOps.Core.Api;

/// <summary>
/// The OpenAPI string format a field must have. Besides the standard <c>date-time</c>, <c>date</c> and <c>uri</c>,
/// ContentOps knows <c>duration</c> (Go style: <c>90m</c>, <c>24h</c>, <c>7d</c>), <c>cron</c> (five fields),
/// <c>time-of-day</c> (<c>22:00</c>), <c>time-zone</c> (IANA) and <c>digest</c> (<c>sha256:</c> + 64 hex).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SchemaFormatAttribute(string format) : Attribute
{
    /// <summary>The format name.</summary>
    public string Format { get; } = format;
}
