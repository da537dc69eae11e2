using ContentOps.Core.Api.Claims;

namespace ContentOps.Core.Api.Knowledge;

/// <summary>Observed state of a knowledge source.</summary>
public sealed class KnowledgeSourceStatus : ResourceStatus
{
    /// <summary>Files read.</summary>
    public int? Files { get; init; }

    /// <summary>Passages ingested from the files.</summary>
    public int? Passages { get; init; }

    /// <summary>Files that could not be read (named in the Ready condition).</summary>
    public int? UnreadableFiles { get; init; }

    /// <summary>sha256 over the digests of the files read, in path order: changes when any file changes.</summary>
    public string? Digest { get; init; }

    /// <summary>Passages per class of the taxonomy, e.g. category/efficacy: 4.</summary>
    public IReadOnlyDictionary<string, int>? Classes { get; init; }

    /// <summary>Passages classified with low confidence.</summary>
    public int? LowConfidencePassages { get; init; }

    /// <summary>
    /// Where-used: the claims citing this source and the pieces stating them, with the channels they are live on
    /// (what a change of the source regenerates and its retraction withdraws); absent when no claim cites it.
    /// </summary>
    public ClaimUsage? UsedBy { get; init; }
}
