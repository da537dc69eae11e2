using System.ComponentModel.DataAnnotations;

namespace ContentOps.Core.Api.Policies;

/// <summary>Length limits of a channel format.</summary>
public sealed record LengthLimits
{
    /// <summary>Maximum SMS segments of 70 characters.</summary>
    [Range(1, 20)]
    public int? SmsSegments { get; init; }

    /// <summary>Maximum title characters (WeChat: 64).</summary>
    [Range(1, 1000)]
    public int? TitleMaxChars { get; init; }

    /// <summary>Maximum email subject characters.</summary>
    [Range(1, 1000)]
    public int? SubjectMaxChars { get; init; }

    /// <summary>Maximum body characters.</summary>
    [Range(1, 1000000)]
    public int? BodyMaxChars { get; init; }
}
