using System.ComponentModel.DataAnnotations;

namespace ContentOps.Core.Api.ContentPieces;

/// <summary>What the reader is asked to do.</summary>
public sealed record CallToAction
{
    /// <summary>The sentence, e.g. 点击报名 12 月 18 日线上学术会.</summary>
    [Required]
    public string Text { get; init; } = "";

    /// <summary>Link target (https), if any.</summary>
    [SchemaFormat("uri")]
    public string? Url { get; init; }
}
