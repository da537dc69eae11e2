using Microsoft.Extensions.VectorData;

namespace ContentOps.Core.Knowledge.Stores;

/// <summary>A claim or a passage as the vector and keyword stores hold it: text, what filters need, and its vector.</summary>
public sealed class KnowledgeRecord
{
    /// <summary>No expiry: the largest <see cref="ExpiresOn"/>.</summary>
    public const int NeverExpires = 99991231;

    /// <summary>The claim id, or the passage id (<c>source#file:n</c>).</summary>
    [VectorStoreKey]
    public string Id { get; set; } = "";

    /// <summary>claim or passage.</summary>
    [VectorStoreData(IsIndexed = true)]
    public string Kind { get; set; } = "";

    /// <summary>Trade name of the product.</summary>
    [VectorStoreData(IsIndexed = true)]
    public string Product { get; set; } = "";

    /// <summary>efficacy, safety, dosing, mechanism, indication or other (a passage's class when classified).</summary>
    [VectorStoreData(IsIndexed = true)]
    public string Category { get; set; } = "";

    /// <summary>approved, draft or withdrawn (passages of a source: approved).</summary>
    [VectorStoreData(IsIndexed = true)]
    public string Status { get; set; } = "approved";

    /// <summary>Last day of use as yyyymmdd (<see cref="NeverExpires"/> when none): a range filter in every store.</summary>
    [VectorStoreData(IsIndexed = true)]
    public int ExpiresOn { get; set; } = NeverExpires;

    /// <summary>The claim's library or the passage's source (<c>namespace/name</c>).</summary>
    [VectorStoreData]
    public string Source { get; set; } = "";

    /// <summary>Where a passage is (file, page, section); empty for claims.</summary>
    [VectorStoreData]
    public string Location { get; set; } = "";

    /// <summary>The text.</summary>
    [VectorStoreData(IsFullTextIndexed = true)]
    public string Text { get; set; } = "";

    /// <summary>The embedding (normalised).</summary>
    [VectorStoreVector(HashedDimensions, DistanceFunction = DistanceFunction.CosineSimilarity)]
    public ReadOnlyMemory<float> Vector { get; set; }

    private const int HashedDimensions = Embeddings.HashedNgramEmbeddingGenerator.DefaultDimensions;

    /// <summary>yyyymmdd of a date.</summary>
    public static int DayNumber(DateOnly date) => (date.Year * 10000) + (date.Month * 100) + date.Day;
}
