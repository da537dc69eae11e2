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
}
