namespace ContentOps.Core.Knowledge.Retrieval;

/// <summary>How a query is answered.</summary>
public enum RetrievalMode
{
    /// <summary>BM25 keyword search alone.</summary>
    Keyword,

    /// <summary>Vector (embedding) search alone.</summary>
    Vector,

    /// <summary>Both, fused by reciprocal rank fusion.</summary>
    Hybrid,
}
