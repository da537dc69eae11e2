using ContentOps.Core.Generation;

namespace ContentOps.Core.Publishing;

/// <summary>The single text form of a rendition that is hashed, approved, reviewed and published.</summary>
public static class RenditionText
{
    /// <summary>"# Title" (when there is one), a blank line, then the body.</summary>
    public static string Of(Rendition rendition) =>
        rendition.Title is { Length: > 0 } title ? $"# {title}\n\n{rendition.Body}\n" : rendition.Body + "\n";
}
