using ContentOps.Core.Generation;

namespace ContentOps.Core.Review.Fixes;

/// <summary>The fixed rendition and what changed; review it again, the fixes may not answer every finding.</summary>
public sealed record AutoFixResult(Rendition Rendition, IReadOnlyList<AutoFixChange> Changes)
{
    /// <summary>Whether anything was changed.</summary>
    public bool Changed => Changes.Count > 0;
}
