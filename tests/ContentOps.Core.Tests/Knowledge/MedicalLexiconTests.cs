using ContentOps.Core.Knowledge.Embeddings;
using ContentOps.Core.Knowledge.Retrieval;
using ContentOps.Core.Knowledge.Stores;

namespace ContentOps.Core.Tests.Knowledge;

public sealed class MedicalLexiconTests
{
    [Theory]
    [InlineData("吃了会不会血糖太低", "低血糖")]
    [InlineData("有什么副作用", "不良反应")]
    [InlineData("肾不好的病人吃多少", "肾功能不全")]
    [InlineData("怀孕了能用吗", "妊娠")]
    [InlineData("透析病人能不能用", "终末期肾病")]
    [InlineData("T2DM患者", "2型糖尿病")]
    [InlineData("Hypoglycaemia was reported in 1.2%", "低血糖")]
    [InlineData("和格列美脲合用", "磺脲类药物")]
    public void BuiltIn_MapsLayAbbreviatedAndEnglishWording_ToTheLabelTerm(string text, string labelTerm)
    {
        var lexicon = MedicalLexicon.BuiltIn;

        Assert.Contains(labelTerm, lexicon.Find(text).Select(lexicon.Name));
    }

    [Fact]
    public void BuiltIn_NamesNoProduct()
    {
        Assert.Empty(MedicalLexicon.BuiltIn.Find("康力平 LANTERN-2"));
    }

    [Fact]
    public void Find_MatchesLatinTermsAsWholeWordsOnly()
    {
        var lexicon = MedicalLexicon.Parse("磺脲类药物 | su | sulfonylurea");

        Assert.Empty(lexicon.Find("the result was consistent"));
        Assert.Equal(["磺脲类药物"], lexicon.Find("SU or metformin").Select(lexicon.Name));
        Assert.Equal(["磺脲类药物"], lexicon.Find("联用SU时").Select(lexicon.Name));
    }

    [Fact]
    public void Find_NamesEachConceptOnce()
    {
        var lexicon = MedicalLexicon.Parse("# comment\n低血糖 | 血糖太低\n不良反应 | 副作用");

        Assert.Equal([0, 1], lexicon.Find("低血糖，血糖太低，副作用，低血糖"));
    }

    [Fact]
    public void Parse_RejectsALineWithOneTerm_NamingTheLineAndTheFix()
    {
        var error = Assert.Throws<FormatException>(() => MedicalLexicon.Parse("低血糖 | 血糖太低\n不良反应\n"));

        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("'|'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Embedding_WithTheLexicon_BringsALayParaphraseCloserToTheLabelWording()
    {
        var plain = new HashedNgramEmbeddingGenerator(SharedTokenizer.Instance, HashedNgramEmbeddingGenerator.RetrievalDimensions);
        var withLexicon = new HashedNgramEmbeddingGenerator(SharedTokenizer.Instance, HashedNgramEmbeddingGenerator.RetrievalDimensions, lexicon: MedicalLexicon.BuiltIn);
        const string query = "跟二甲双胍一起吃会不会血糖太低";
        const string label = "与磺脲类药物或胰岛素联合使用时低血糖发生率增加";

        Assert.True(Cosine(withLexicon, query, label) > Cosine(plain, query, label) + 0.1);
    }

    [Fact]
    public void VectorSearch_FindsTheLabelPassage_ForALayQuery()
    {
        using var index = KnowledgeIndex.CreateInMemory(SharedTokenizer.Instance);
        index.Add(
        [
            KnowledgeFixtures.Passage("label#dosing", "推荐剂量为5 mg，每日一次口服。中度或重度肾功能不全患者推荐剂量为2.5 mg。"),
            KnowledgeFixtures.Passage("label#ae", "临床研究中最常见的不良反应为鼻咽炎、上呼吸道感染和头痛。"),
            KnowledgeFixtures.Passage("label#storage", "密封，不超过25℃保存。"),
            KnowledgeFixtures.Passage("label#contraindication", "本品不得用于1型糖尿病患者，亦不得用于治疗糖尿病酮症酸中毒。"),
        ]);
        var filter = new KnowledgeFilter(KnowledgeFixtures.Today, "passage");

        Assert.Equal("label#ae", index.Search("吃了以后有哪些副作用", 1, filter, RetrievalMode.Vector)[0].Record.Id);
        Assert.Equal("label#storage", index.Search("药应该怎么储存", 1, filter, RetrievalMode.Vector)[0].Record.Id);
        Assert.Equal("label#dosing", index.Search("肾不好的人一天吃几次", 1, filter, RetrievalMode.Vector)[0].Record.Id);
    }

    private static float Cosine(HashedNgramEmbeddingGenerator embedder, string a, string b)
    {
        var (x, y) = (embedder.Embed(a), embedder.Embed(b));
        return System.Numerics.Tensors.TensorPrimitives.CosineSimilarity(x, y);
    }
}
