namespace ContentOps.Core.Generation.Parts;

/// <summary>Names of rendition parts; channels look parts up by them.</summary>
public static class PartNames
{
    /// <summary>Email subject (text/plain); the same as the rendition's title.</summary>
    public const string Subject = "subject";

    /// <summary>Email preheader (text/plain): the opening sentence of the body.</summary>
    public const string Preheader = "preheader";

    /// <summary>WeChat article digest (text/plain, ≤ 120 characters).</summary>
    public const string Digest = "digest";

    /// <summary>HTML (text/html): the email's responsive HTML, the WeChat-editor HTML, the web page.</summary>
    public const string Html = "html";

    /// <summary>Plain text (text/plain): the email's text alternative.</summary>
    public const string Text = "text";

    /// <summary>Markdown (text/markdown): the article as written.</summary>
    public const string Markdown = "markdown";

    /// <summary>An image (image/png, base64): banner or cover image.</summary>
    public const string Png = "png";

    /// <summary>An image-generation prompt for a designer (text/plain).</summary>
    public const string ImagePrompt = "image-prompt";
}
