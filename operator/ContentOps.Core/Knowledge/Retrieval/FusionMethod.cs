namespace ContentOps.Core.Knowledge.Retrieval;

/// <summary>How hybrid search combines the keyword and the vector list.</summary>
public enum FusionMethod
{
    /// <summary>Weighted reciprocal rank fusion.</summary>
    Rank,

    /// <summary>Weighted sum of each list's scores relative to its best.</summary>
    Score,
}
