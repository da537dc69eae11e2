using ContentOps.Core.Knowledge.Classification;
using ContentOps.Core.Knowledge.Embeddings;

namespace ContentOps.Core.Tests.Knowledge;

public sealed class EmbeddedClassifierTests
{
    private static readonly Taxonomy _taxonomy = new(
    [
        new TaxonomyDimension("category", null,
        [
            new TaxonomyClass("efficacy", ["HbA1c", "降低", "较基线"], ["HbA1c较基线平均降低0.8%。"]),
            new TaxonomyClass("safety", ["不良反应", "低血糖", "发生率"], ["最常见的不良反应为头痛。"]),
            new TaxonomyClass("dosing", ["剂量", "每日一次", "mg"], ["推荐剂量为5 mg，每日一次。"]),
        ]),
    ]);

    private readonly EmbeddedClassifier _classifier = new(_taxonomy, new HashedNgramEmbeddingGenerator(SharedTokenizer.Instance));

    [Theory]
    [InlineData("治疗52周后，HbA1c较基线降低1.0%，显著优于对照。", "efficacy")]
    [InlineData("低血糖发生率为2.1%，未见严重不良反应。", "safety")]
    [InlineData("肝功能不全患者无需调整剂量，每日一次10 mg。", "dosing")]
    public void Classify_PicksTheClassOfKeywordsAndNearestExamples(string text, string expected)
    {
        var result = Assert.Single(_classifier.Classify(text));

        Assert.Equal("category", result.Dimension);
        Assert.Equal(expected, result.Class);
        Assert.False(result.IsLowConfidence, $"confidence {result.Confidence}");
    }

    [Fact]
    public void Classify_TextOfNoClass_HasLowConfidence()
    {
        var result = Assert.Single(_classifier.Classify("本公司地址位于苏州工业园区。"));

        Assert.True(result.IsLowConfidence, $"confidence {result.Confidence}");
    }

    [Fact]
    public async Task ChatClassifier_UsesTheModelsAnswer_AndFallsBack_OnAClassTheTaxonomyLacks()
    {
        var valid = new ChatClassifier(new Generation.ScriptedChatClient("{\"category\": {\"class\": \"safety\", \"confidence\": 0.92}}"), _taxonomy, _classifier);
        var invented = new ChatClassifier(new Generation.ScriptedChatClient("{\"category\": {\"class\": \"pricing\", \"confidence\": 0.99}}"), _taxonomy, _classifier);

        var fromModel = Assert.Single(await valid.ClassifyAsync("推荐剂量为5 mg。"));
        var fallback = Assert.Single(await invented.ClassifyAsync("推荐剂量为5 mg。"));

        Assert.Equal(("safety", 0.92), (fromModel.Class, fromModel.Confidence));
        Assert.Equal("dosing", fallback.Class);
    }
}
