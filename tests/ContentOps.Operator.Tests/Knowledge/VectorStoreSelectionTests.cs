using ContentOps.Operator.Knowledge;

namespace ContentOps.Operator.Tests.Knowledge;

public sealed class VectorStoreSelectionTests
{
    [Fact]
    public void Resolve_Qdrant_TakesUrlAndCollectionFromFlags()
    {
        var (selection, error) = VectorStoreSelection.Resolve("qdrant", "http://qdrant:6334", "klp");

        Assert.Null(error);
        Assert.True(selection!.IsQdrant);
        Assert.Equal(new Uri("http://qdrant:6334"), selection.QdrantUrl);
        Assert.Equal("klp", selection.Collection);
    }

    [Theory]
    [InlineData("qdrant", "qdrant:6334", "not a Qdrant URL")]
    [InlineData("milvus", null, "unknown vector store 'milvus'")]
    public void Resolve_BadSetting_SaysWhatToFix(string kind, string? url, string expected)
    {
        var (selection, error) = VectorStoreSelection.Resolve(kind, url, null);

        Assert.Null(selection);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
