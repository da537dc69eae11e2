using ContentOps.Core.Knowledge.Embeddings;
using ContentOps.Core.Knowledge.Stores;
using Microsoft.Extensions.VectorData;

namespace ContentOps.Core.Tests.Knowledge;

public sealed class EmbeddedVectorCollectionTests : IDisposable
{
    private readonly HashedNgramEmbeddingGenerator _embedder = new(SharedTokenizer.Instance);
    private readonly string _folder = Directory.CreateTempSubdirectory("contentops-vectors-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Search_NeverReturns_WithdrawnDraftExpiredOrOtherProduct()
    {
        var collection = await Filled();

        var results = await collection.SearchAsync(_embedder.Embed("二甲双胍控制不佳 HbA1c"), 20,
            new VectorSearchOptions<KnowledgeRecord> { Filter = new KnowledgeFilter(KnowledgeFixtures.Today, Product: "康力平").ToExpression() }).ToListAsync();

        Assert.Equal(["klp-dosing", "klp-hba1c", "klp-hypo", "label#1"], results.Select(r => r.Record.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Search_HonoursKindAndCategory()
    {
        var collection = await Filled();
        var filter = new KnowledgeFilter(KnowledgeFixtures.Today, "claim", "康力平", "safety");

        var results = collection.Search(_embedder.Embed("低血糖"), 10, filter.Matches);

        Assert.Equal("klp-hypo", Assert.Single(results).Record.Id);
    }

    [Fact]
    public async Task Search_RanksTheClosestTextFirst()
    {
        var collection = await Filled();

        var results = collection.Search(_embedder.Embed("肾功能不全患者的剂量"), 1, new KnowledgeFilter(KnowledgeFixtures.Today).Matches);

        Assert.Equal("klp-dosing", results[0].Record.Id);
    }

    [Fact]
    public async Task SaveAndLoad_GiveTheSameResults()
    {
        var collection = await Filled();
        var path = Path.Combine(_folder, "knowledge", "vectors.bin");
        var query = _embedder.Embed("二甲双胍 HbA1c 降低");
        var filter = new KnowledgeFilter(KnowledgeFixtures.Today).Matches;

        collection.Save(path);
        var reloaded = EmbeddedVectorCollection.Load(path, "knowledge", _embedder.Dimensions);

        Assert.NotNull(reloaded);
        Assert.Equal(collection.Count, reloaded.Count);
        Assert.Equal(collection.Search(query, 5, filter).Select(r => (r.Record.Id, r.Score)), reloaded.Search(query, 5, filter).Select(r => (r.Record.Id, r.Score)));
    }

    [Fact]
    public async Task Delete_RemovesTheRecord_AndKeepsTheOthersSearchable()
    {
        var collection = await Filled();

        await collection.DeleteAsync("klp-hba1c");

        Assert.Null(await collection.GetAsync("klp-hba1c"));
        var ids = collection.Search(_embedder.Embed("剂量"), 10, (Func<KnowledgeRecord, bool>?)null).Select(r => r.Record.Id).ToList();
        Assert.DoesNotContain("klp-hba1c", ids);
        Assert.Contains("klp-dosing", ids);
        Assert.Equal("klp-dosing", (await collection.GetAsync("klp-dosing"))!.Id);
    }

    private async Task<EmbeddedVectorCollection> Filled()
    {
        var collection = new EmbeddedVectorCollection("knowledge", _embedder.Dimensions, _embedder);
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
