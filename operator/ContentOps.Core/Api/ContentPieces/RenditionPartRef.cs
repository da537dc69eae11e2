namespace ContentOps.Core.Api.ContentPieces;

/// <summary>A stored part of a rendition (email HTML, plain text, preheader, WeChat digest, PNG), hashed into the content digest.</summary>
public sealed record RenditionPartRef
{
    /// <summary>Part name: subject, preheader, digest, html, text, markdown, png, image-prompt.</summary>
    public string Name { get; init; } = "";

    /// <summary>Media type: text/html, text/plain, text/markdown, image/png (stored base64).</summary>
    public string MediaType { get; init; } = "";

    /// <summary>Digest of the part's content; the artifact is stored under it.</summary>
    public string Digest { get; init; } = "";
}
