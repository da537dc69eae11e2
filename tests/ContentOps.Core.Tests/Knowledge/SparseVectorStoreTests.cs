using ContentOps.Core.Knowledge.Embeddings;
using ContentOps.Core.Knowledge.Stores;

namespace ContentOps.Core.Tests.Knowledge;

/// <summary>The embedded store with sparse (hashed n-gram) vectors: posting lists, exact scores, persistence, deletion.</summary>
public sealed class SparseVectorStoreTests : IDisposable
{
    private readonly HashedNgramEmbeddingGenerator _embedder = new HashedNgramEmbeddingGenerator(SharedTokenizer.Instance, HashedNgramEmbeddingGenerator.RetrievalDimensions)
        .Fit(KnowledgeFixtures.Mixed().Select(r => r.Text));

    private readonly string _folder = Directory.CreateTempSubdirectory("contentops-sparse-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Search_GivesTheDenseDotProduct_ForEveryRecord()
    {
        var collection = Filled();
        var query = _embedder.EmbedSparse("二甲双胍控制不佳 HbA1c");
        var dense = query.ToDense(_embedder.Dimensions);

        var results = collection.Search(query, 20, new KnowledgeFilter(DateOnly.MinValue));

        foreach (var (record, score) in results)
        {
            var expected = System.Numerics.Tensors.TensorPrimitives.Dot(dense, _embedder.Embed(record.Text));
            Assert.Equal(expected, score, 4);
        }
    }

    [Fact]
    public void SaveAndLoad_KeepSparseRecordsAndScores()
    {
        var collection = Filled();
        var path = Path.Combine(_folder, "vectors.bin");
        var query = _embedder.EmbedSparse("低血糖发生率");
        var filter = new KnowledgeFilter(KnowledgeFixtures.Today);

        collection.Save(path);
        var reloaded = EmbeddedVectorCollection.Load(path, "knowledge", _embedder.Dimensions);

        Assert.NotNull(reloaded);
        Assert.Equal(collection.Count, reloaded.Count);
        Assert.Equal(collection.Search(query, 5, filter).Select(r => (r.Record.Id, Math.Round(r.Score, 5))), reloaded.Search(query, 5, filter).Select(r => (r.Record.Id, Math.Round(r.Score, 5))));
    }

    [Fact]
    public void Upsert_OfAnExistingId_ReplacesIt_AndDeletedRecordsAreNeverReturned()
    {
        var collection = Filled();
        var replaced = KnowledgeFixtures.Claim("klp-hypo", "肾功能不全患者的剂量调整。", "dosing");

        collection.Upsert(replaced, _embedder.EmbedSparse(replaced.Text));
        Assert.True(collection.Delete("klp-dosing"));
        var hits = collection.Search(_embedder.EmbedSparse("低血糖 剂量"), 20, new KnowledgeFilter(KnowledgeFixtures.Today));

        Assert.Equal(KnowledgeFixtures.Mixed().Count - 1, collection.Count);
        Assert.DoesNotContain(hits, h => h.Record.Id == "klp-dosing");
        Assert.Equal("肾功能不全患者的剂量调整。", Assert.Single(hits, h => h.Record.Id == "klp-hypo").Record.Text);
    }

    [Fact]
    public void Idf_MakesARareTermOutweighACommonOne()
    {
        var fitted = _embedder.EmbedSparse("LANTERN-2 二甲双胍");
        var hits = Filled().Search(fitted, 1, new KnowledgeFilter(KnowledgeFixtures.Today));

        // 二甲双胍 is in most records; LANTERN-2 in two: the record with both wins, then the passage naming the trial.
        Assert.Contains(hits[0].Record.Id, (string[])["klp-hba1c", "label#1"]);
    }

    private EmbeddedVectorCollection Filled()
    {
        var collection = new EmbeddedVectorCollection("knowledge", _embedder.Dimensions, _embedder);
        foreach (var record in KnowledgeFixtures.Mixed())
        {
            collection.Upsert(record, _embedder.EmbedSparse(record.Text));
        }

        return collection;
    }
}
