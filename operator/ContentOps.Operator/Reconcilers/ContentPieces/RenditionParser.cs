using ContentOps.Core.Api.ContentPieces;
using ContentOps.Core.Generation;
using ContentOps.Core.Generation.Parts;
using ContentOps.Operator.Stores;

namespace ContentOps.Operator.Reconcilers.ContentPieces;

/// <summary>Reads a stored rendition text ("# title" + body) back into a <see cref="Rendition"/>.</summary>
internal static class RenditionParser
{
    public static Rendition Parse(string text, RenditionRef reference, string format)
    {
        text = text.TrimEnd('\n');
        string? title = null;
        if (text.StartsWith("# ", StringComparison.Ordinal))
        {
            var newline = text.IndexOf('\n');
            title = newline < 0 ? text[2..] : text[2..newline];
            text = newline < 0 ? "" : text[(newline + 1)..].TrimStart('\n');
        }

        return new Rendition { Channel = reference.Channel, Segment = reference.Segment, Format = format, Title = title, Body = text };
    }

    /// <summary>Reads a stored rendition and its parts (email HTML, digest, PNG…) back.</summary>
    public static async Task<Rendition> LoadAsync(IArtifactStore artifacts, RenditionRef reference, string format, CancellationToken cancellationToken)
    {
        var rendition = Parse(await artifacts.GetAsync(reference.Digest, cancellationToken) ?? "", reference, format);
        var parts = new List<RenditionPart>();
        foreach (var part in reference.Parts ?? [])
        {
            parts.Add(new RenditionPart(part.Name, part.MediaType, await artifacts.GetAsync(part.Digest, cancellationToken) ?? ""));
        }

        return rendition with { Parts = parts };
    }
}
