using ContentOps.Core.Knowledge.Retrieval;
using ContentOps.Core.Knowledge.Stores;

namespace ContentOps.Core.Tests.Knowledge;

public sealed class KnowledgeIndexTests
{
    [Theory]
    [InlineData(RetrievalMode.Keyword)]
    [InlineData(RetrievalMode.Vector)]
    [InlineData(RetrievalMode.Hybrid)]
    public void Search_InEveryMode_NeverReturns_WithdrawnDraftOrExpired(RetrievalMode mode)
    {
        using var index = KnowledgeIndex.CreateInMemory(SharedTokenizer.Instance);
        index.Add(KnowledgeFixtures.Mixed());

        var ids = index.Search("二甲双胍控制不佳 HbA1c 降低", 20, new KnowledgeFilter(KnowledgeFixtures.Today), mode).Select(h => h.Record.Id).ToList();

        Assert.DoesNotContain("klp-old", ids);
        Assert.DoesNotContain("klp-draft", ids);
        Assert.DoesNotContain("klp-expired", ids);
        Assert.DoesNotContain("old-label#1", ids);
        Assert.Contains("klp-hba1c", ids);
    }

    [Fact]
    public void Hybrid_SaysWhy_WithBothRanks()
    {
        using var index = KnowledgeIndex.CreateInMemory(SharedTokenizer.Instance);
        index.Add(KnowledgeFixtures.Mixed());

        var hit = index.Search("低血糖发生率", 1, new KnowledgeFilter(KnowledgeFixtures.Today, "claim"))[0];

        Assert.Equal("klp-hypo", hit.Record.Id);
        Assert.Equal(1, hit.KeywordRank);
        Assert.Equal(1, hit.VectorRank);
        Assert.Contains("keyword rank 1", hit.Why, StringComparison.Ordinal);
        Assert.Contains("vector rank 1", hit.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Why_NamesMatchedWordsWhole_EvenWhereTheAnalyzerSplitsThemIntoCharacters()
    {
        using var index = KnowledgeIndex.CreateInMemory(SharedTokenizer.Instance);
        index.Add(KnowledgeFixtures.Mixed());

        var hit = index.Search("二甲双胍控制不佳", 1, new KnowledgeFilter(KnowledgeFixtures.Today, "claim"), RetrievalMode.Keyword)[0];

        Assert.Contains(hit.MatchedTerms, t => t.Contains("二甲双胍", StringComparison.Ordinal));
        Assert.DoesNotContain(hit.MatchedTerms, t => t.Length == 1);
        Assert.All(hit.MatchedTerms, t => Assert.Contains(t, hit.Record.Text, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Hybrid_FusesByReciprocalRank()
    {
        using var index = KnowledgeIndex.CreateInMemory(SharedTokenizer.Instance, FusionOptions.Default with { ConceptBoost = 0 });
        index.Add(KnowledgeFixtures.Mixed());

        var hit = index.Search("低血糖发生率", 1, new KnowledgeFilter(KnowledgeFixtures.Today, "claim"))[0];

        var fusion = FusionOptions.Default;
        Assert.Equal((fusion.KeywordWeight / (fusion.RrfK + 1)) + (fusion.VectorWeight / (fusion.VectorRrfK + 1)), hit.Score, 9);
    }

    [Fact]
    public void Hybrid_RanksItsKeywordCandidates_AsFullBm25Does()
    {
        using var index = KnowledgeIndex.CreateInMemory(SharedTokenizer.Instance);
        index.Add(KnowledgeFixtures.Mixed());
        var filter = new KnowledgeFilter(KnowledgeFixtures.Today);

        var keyword = index.Search("二甲双胍控制不佳 HbA1c 降低", 20, filter, RetrievalMode.Keyword).Select(h => h.Record.Id).ToList();
        var hybridKeywordOrder = index.Search("二甲双胍控制不佳 HbA1c 降低", 20, filter)
            .Where(h => h.KeywordRank is not null).OrderBy(h => h.KeywordRank).Select(h => h.Record.Id).ToList();

        Assert.Equal(keyword.Where(hybridKeywordOrder.Contains), hybridKeywordOrder);
    }

    [Fact]
    public void Hybrid_HonoursEachListsK_FromTheFusionOptions()
    {
        using var index = KnowledgeIndex.CreateInMemory(SharedTokenizer.Instance, new FusionOptions(RrfK: 60, VectorRrfK: 60, ConceptBoost: 0));
        index.Add(KnowledgeFixtures.Mixed());

        var hit = index.Search("低血糖发生率", 1, new KnowledgeFilter(KnowledgeFixtures.Today, "claim"))[0];

        Assert.Equal((1.0 + 0.25) / 61, hit.Score, 9);
    }

    [Fact]
    public void Hybrid_AddsTheConceptBoost_ForTheShareOfTheQuerysConceptsARecordMentions()
    {
        using var index = KnowledgeIndex.CreateInMemory(SharedTokenizer.Instance, FusionOptions.Default with { ConceptBoost = 0.5 });
        index.Add(KnowledgeFixtures.Mixed());

        // 低血糖 and 发生率 (两个概念): klp-hypo mentions both, so it gains the whole boost over its fused score.
        var hit = index.Search("低血糖发生率", 1, new KnowledgeFilter(KnowledgeFixtures.Today, "claim"))[0];

        var fusion = FusionOptions.Default;
        Assert.Equal("klp-hypo", hit.Record.Id);
        Assert.Equal((fusion.KeywordWeight / (fusion.RrfK + 1)) + (fusion.VectorWeight / (fusion.VectorRrfK + 1)) + 0.5, hit.Score, 9);
        Assert.EndsWith("concepts (低血糖, 发生率)", hit.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Hybrid_ConceptBoost_LiftsTheRecordThatCoversWhatTheQueryAsks_AboveACloserWording()
    {
        var records = new[]
        {
            KnowledgeFixtures.Claim("wording", "问题和血糖监测的问题，太多问题"),
            KnowledgeFixtures.Claim("meaning", "不良反应：低血糖发生率为1.2%。", "safety"),
        };
        using var plain = KnowledgeIndex.CreateInMemory(SharedTokenizer.Instance, FusionOptions.Default with { ConceptBoost = 0 });
        using var boosted = KnowledgeIndex.CreateInMemory(SharedTokenizer.Instance, FusionOptions.Default with { ConceptBoost = 0.1 });
        plain.Add(records);
        boosted.Add(records);
        var filter = new KnowledgeFilter(KnowledgeFixtures.Today, "claim");

        // The query asks about 不良反应 and 低血糖: "wording" shares its words but neither concept, "meaning" both.
        const string query = "副作用问题和血糖太低";
        Assert.Equal("wording", plain.Search(query, 1, filter)[0].Record.Id);
        Assert.Equal("meaning", boosted.Search(query, 1, filter)[0].Record.Id);
    }

    [Fact]
    public void Hybrid_FindsALayQueryThroughTheVectorList_WhereBm25FindsNothing()
    {
        using var index = KnowledgeIndex.CreateInMemory(SharedTokenizer.Instance);
        index.Add([.. KnowledgeFixtures.Mixed(), KnowledgeFixtures.Passage("label#ae", "临床研究中最常见的不良反应为鼻咽炎、上呼吸道感染和头痛。"),
            KnowledgeFixtures.Passage("label#storage", "密封，不超过25℃保存。")]);
        var filter = new KnowledgeFilter(KnowledgeFixtures.Today, "passage");

        // 副作用 shares no character with 不良反应: only the lexicon's concept links them.
        Assert.Empty(index.Search("副作用有哪些", 3, filter, RetrievalMode.Keyword));
        Assert.Equal("label#ae", index.Search("副作用有哪些", 1, filter)[0].Record.Id);
    }

    [Theory]
    [InlineData(RetrievalMode.Keyword)]
    [InlineData(RetrievalMode.Vector)]
    [InlineData(RetrievalMode.Hybrid)]
    public void SavedAndReopened_AnswersAsBefore_AndStillFilters(RetrievalMode mode)
    {
        var folder = Directory.CreateTempSubdirectory("contentops-index-").FullName;
        try
        {
            using var index = KnowledgeIndex.CreateInMemory(SharedTokenizer.Instance);
            index.Add(KnowledgeFixtures.Mixed());
            var filter = new KnowledgeFilter(KnowledgeFixtures.Today);
            var before = index.Search("二甲双胍控制不佳 HbA1c 降低", 10, filter, mode).Select(h => (h.Record.Id, Math.Round(h.Score, 5))).ToList();

            index.Save(folder);
            using var reopened = KnowledgeIndex.Open(folder, SharedTokenizer.Instance);

            Assert.NotNull(reopened);
            Assert.Equal(index.Count, reopened.Count);
            Assert.Equal(before, reopened.Search("二甲双胍控制不佳 HbA1c 降低", 10, filter, mode).Select(h => (h.Record.Id, Math.Round(h.Score, 5))));
            Assert.DoesNotContain(before, b => b.Id is "klp-old" or "klp-draft" or "klp-expired");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Open_OfAFolderWithoutAnIndex_IsNull()
    {
        var folder = Directory.CreateTempSubdirectory("contentops-index-").FullName;
        try
        {
            Assert.Null(KnowledgeIndex.Open(folder, SharedTokenizer.Instance));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
