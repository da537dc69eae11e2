using ContentOps.Core.Generation.Parts;

namespace ContentOps.Core.Generation;

/// <summary>
/// The generated text of a piece for one channel (and segment): what review checks, humans approve (through the
/// content digest) and channels publish. Paragraphs in <see cref="Body"/> are separated by a blank line.
/// </summary>
public sealed record Rendition
{
    /// <summary>ChannelTarget name.</summary>
    public required string Channel { get; init; }

    /// <summary>Content format, e.g. wechat-article.</summary>
    public required string Format { get; init; }

    /// <summary>Audience segment for per-segment variants; null for a single variant.</summary>
    public string? Segment { get; init; }

    /// <summary>Title (WeChat article, web page), subject (email), or null (SMS).</summary>
    public string? Title { get; init; }

    /// <summary>The body as plain text with blank-line paragraphs; references and statements included.</summary>
    public required string Body { get; init; }

    /// <summary>Which claim each stated fact comes from, with the character span in <see cref="Body"/>.</summary>
    public IReadOnlyList<ClaimUse> ClaimUses { get; init; } = [];

    /// <summary>
    /// The published forms derived from the reviewed text (email HTML and plain text, preheader, WeChat digest and
    /// editor HTML, PNG images); hashed into the content digest with the text.
    /// </summary>
    public IReadOnlyList<RenditionPart> Parts { get; init; } = [];

    /// <summary>How the brief's intent shaped this rendition (purpose, tone, focus, claims in order), for plan and status; not published.</summary>
    public string? Outline { get; init; }

    /// <summary>The part named <paramref name="name"/>, or null.</summary>
    public RenditionPart? Part(string name) => Parts.FirstOrDefault(p => p.Name == name);
}
