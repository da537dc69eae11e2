namespace ContentOps.Core.Generation;

/// <summary>
/// The generated text of a piece for one channel (and segment): what review checks, humans approve
/// (through the content digest) and channels publish. Paragraphs in <see cref="Body"/> are separated by a blank line.
/// </summary>
public sealed record Rendition
{
    /// <summary>ChannelTarget name.</summary>
    public required string Channel { get; init; }

    /// <summary>Content format, e.g. wechat-article.</summary>
    public required string Format { get; init; }

    /// <summary>Audience segment for per-segment variants; null for a single variant.</summary>
    public string? Segment { get; init; }

    /// <summary>Title (WeChat article), subject (email), or null (SMS, talk track).</summary>
    public string? Title { get; init; }

    /// <summary>The body as plain text with blank-line paragraphs; references and statements included.</summary>
    public required string Body { get; init; }

    /// <summary>Which claim each stated fact comes from, with the character span in <see cref="Body"/>.</summary>
    public IReadOnlyList<ClaimUse> ClaimUses { get; init; } = [];
}
