using ContentOps.Core.Knowledge.Embeddings;
using ContentOps.Core.Knowledge.Stores;
using Microsoft.Extensions.VectorData;
using Qdrant.Client;
using Qdrant.Client.Grpc;

namespace ContentOps.Core.Tests.Knowledge;

public sealed class QdrantVectorCollectionTests
{
    private readonly HashedNgramEmbeddingGenerator _embedder = new(SharedTokenizer.Instance);
    private readonly FakeQdrant _server = new();

    [Fact]
    public async Task EnsureExists_CreatesACosineCollection_WithPayloadIndexes()
    {
        var collection = NewCollection();

        await collection.EnsureCollectionExistsAsync();

        var create = (CreateCollection)Assert.Single(_server.Requests, r => r.Method == "/qdrant.Collections/Create").Request;
        Assert.Equal(Distance.Cosine, create.VectorsConfig.Params.Distance);
        Assert.Equal((ulong)_embedder.Dimensions, create.VectorsConfig.Params.Size);
        Assert.Equal(["category", "expiresOn", "kind", "product", "status"],
            _server.Requests.Where(r => r.Method == "/qdrant.Points/CreateFieldIndex").Select(r => ((CreateFieldIndexCollection)r.Request).FieldName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Search_SendsTheFilter_AndNeverReturns_WithdrawnDraftExpiredOrOtherProduct()
    {
        var collection = await Filled();
        var filter = new KnowledgeFilter(KnowledgeFixtures.Today, Product: "康力平");

        var results = await collection.SearchAsync(_embedder.Embed("二甲双胍控制不佳 HbA1c"), 20,
            new VectorSearchOptions<KnowledgeRecord> { Filter = filter.ToExpression() }).ToListAsync();

        Assert.Equal(["klp-dosing", "klp-hba1c", "klp-hypo", "label#1"], results.Select(r => r.Record.Id).Order(StringComparer.Ordinal));
        var query = (QueryPoints)_server.Requests.Last(r => r.Method == "/qdrant.Points/Query").Request;
        Assert.Contains(query.Filter.Must, c => c.Field.Key == "status" && c.Field.Match.Keyword == "approved");
        Assert.Contains(query.Filter.Must, c => c.Field.Key == "expiresOn" && c.Field.Range.Gte == 20261204);
        Assert.Contains(query.Filter.Must, c => c.Field.Key == "product" && c.Field.Match.Keyword == "康力平");
    }

    [Fact]
    public async Task Search_HonoursKindAndCategory_AndRanksByCosine()
    {
        var collection = await Filled();
        var filter = new KnowledgeFilter(KnowledgeFixtures.Today, "claim", "康力平", "safety");

        var results = await collection.SearchAsync(_embedder.Embed("低血糖"), 10, new VectorSearchOptions<KnowledgeRecord> { Filter = filter.ToExpression() }).ToListAsync();

        Assert.Equal("klp-hypo", Assert.Single(results).Record.Id);
    }

    [Fact]
    public async Task ANewCollectionObject_OnTheSameServer_SeesThePersistedRecords()
    {
        await Filled();

        var reopened = NewCollection();
        var record = await reopened.GetAsync("klp-dosing");

        Assert.True(await reopened.CollectionExistsAsync());
        Assert.Equal("dosing", record!.Category);
        Assert.Equal(20271231, record.ExpiresOn);
        Assert.Equal(2, await reopened.GetAsync(r => r.Kind == "passage", 10).CountAsync());
    }

    [Fact]
    public async Task Delete_RemovesThePoint()
    {
        var collection = await Filled();

        await collection.DeleteAsync("klp-hba1c");

        Assert.Null(await collection.GetAsync("klp-hba1c"));
    }

    [Fact]
    public void Filter_ThatCannotBeTranslated_IsRefused_NotDropped()
    {
        Assert.Throws<NotSupportedException>(() => QdrantFilters.Translate(r => r.Text.Contains("二甲双胍")));
    }

    private QdrantVectorCollection NewCollection() =>
        new(new QdrantClient(new QdrantGrpcClient(_server)), "knowledge", _embedder.Dimensions, _embedder);

    private async Task<QdrantVectorCollection> Filled()
    {
        var collection = NewCollection();
        await collection.EnsureCollectionExistsAsync();
        var records = KnowledgeFixtures.Mixed();
        foreach (var record in records)
        {
            record.Vector = _embedder.Embed(record.Text);
        }

        await collection.UpsertAsync(records);
        return collection;
    }
}
