namespace ContentOps.Core.Api.ContentPieces;

/// <summary>A stored rendition of the piece for one channel.</summary>
public sealed record RenditionRef
{
    /// <summary>ChannelTarget the rendition is for.</summary>
    public string Channel { get; init; } = "";

    /// <summary>Audience segment, for per-segment variants.</summary>
    public string? Segment { get; init; }

    /// <summary>Digest of the rendition's text; the artifact is stored under it.</summary>
    public string Digest { get; init; } = "";

    /// <summary>Characters of body text.</summary>
    public int? Length { get; init; }

    /// <summary>The rendition's other published forms (email HTML and plain text, preheader, WeChat digest and HTML, PNG).</summary>
    public IReadOnlyList<RenditionPartRef>? Parts { get; init; }
}
