namespace ContentOps.Operator.Declarations.Schema;

/// <summary>Patterns for ContentOps' own string formats, enforced both by the CLI and by the API server.</summary>
internal static class SchemaPatterns
{
    /// <summary>Go-style duration with a day unit: 90m, 24h, 7d, 1h30m.</summary>
    public const string Duration = "^([0-9]+(ms|s|m|h|d))+$";

    /// <summary>Five cron fields: minute hour day-of-month month day-of-week.</summary>
    public const string Cron = @"^(\*|[0-9,\-*/]+)(\s+(\*|[0-9A-Za-z,\-*/?]+)){4}$";

    /// <summary>HH:mm, 24-hour clock.</summary>
    public const string TimeOfDay = "^([01][0-9]|2[0-3]):[0-5][0-9]$";

    /// <summary>An IANA zone name such as Asia/Shanghai or UTC.</summary>
    public const string TimeZone = "^[A-Za-z]+(/[A-Za-z0-9_+\\-]+)*$";
}
