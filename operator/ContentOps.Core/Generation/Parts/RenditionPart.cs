namespace ContentOps.Core.Generation.Parts;

/// <summary>
/// One published form of a rendition besides its reviewed text: email HTML and plain text, the WeChat-editor HTML,
/// the digest or preheader, a PNG (base64). Every part is derived from the reviewed text and hashed into the content
/// digest, so an approval pins it too.
/// </summary>
/// <param name="Name">Part name, e.g. html, text, preheader, digest, markdown, png, prompt.</param>
/// <param name="MediaType">text/html, text/plain, text/markdown or image/png.</param>
/// <param name="Content">The content; binary parts are base64.</param>
public sealed record RenditionPart(string Name, string MediaType, string Content);
