using System.ComponentModel.DataAnnotations;

namespace ContentOps.Core.Api.Channels;

/// <summary>At most <c>count</c> events per <c>per</c> interval.</summary>
public sealed record RateLimit
{
    /// <summary>Maximum count.</summary>
    [Required]
    [Range(1, 1000000)]
    public int Count { get; init; }

    /// <summary>Interval, e.g. 1h, 24h, 30d.</summary>
    [Required]
    [SchemaFormat("duration")]
    public string Per { get; init; } = "";

    /// <summary>For frequency caps: rolling (default; at most count in any interval of length per) or calendar (per calendar day for 1d, ISO week for 7d, month for 28d–31d, in the channel's or campaign's time zone).</summary>
    [AllowedValues("rolling", "calendar")]
    public string? Window { get; init; }

    /// <summary>The calendar window value.</summary>
    public const string CalendarWindow = "calendar";
}
