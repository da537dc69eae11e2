using System.ComponentModel.DataAnnotations;

namespace ContentOps.Core.Api.Channels;

/// <summary>A daily window in which nothing is sent, e.g. 21:00–08:00 Asia/Shanghai.</summary>
public sealed record QuietHours
{
    /// <summary>Start of the window, HH:mm.</summary>
    [Required]
    [SchemaFormat("time-of-day")]
    public string Start { get; init; } = "";

    /// <summary>End of the window, HH:mm; may be earlier than start (crosses midnight).</summary>
    [Required]
    [SchemaFormat("time-of-day")]
    public string End { get; init; } = "";

    /// <summary>IANA time zone, default Asia/Shanghai.</summary>
    [SchemaFormat("time-zone")]
    public string? TimeZone { get; init; }
}
