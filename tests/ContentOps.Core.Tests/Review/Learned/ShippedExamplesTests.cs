using ContentOps.Core.Api.Policies;
using ContentOps.Core.Generation;
using ContentOps.Core.Review;
using ContentOps.Core.Review.Learned;

namespace ContentOps.Core.Tests.Review.Learned;

/// <summary>The China policy's shipped examples file: well-formed, trained from dev rows only, and quiet on label text.</summary>
public sealed class ShippedExamplesTests
{
    private static readonly string _examplesPath = Path.Combine(RepositoryRoot.Path, "examples", "policies",
        PolicyFixtures.ChinaPolicy.Spec.LearnedDetector!.Examples);

    [Fact]
    public void ShippedExamples_ContainNoHeldOutSentence()
    {
        var heldOut = File.ReadLines(Path.Combine(RepositoryRoot.Path, "tests", "corpora", "review", "sentences.tsv"))
            .Select(l => l.Split('\t'))
            .Where(f => f.Length == 6 && f[1] == "heldout")
            .Select(f => f[5].Trim())
            .ToHashSet(StringComparer.Ordinal);

        var examples = LearnedExamples.Parse(_examplesPath, File.ReadAllText(_examplesPath), RuleIds());

        Assert.NotEmpty(heldOut);
        Assert.True(examples.Count > 500);
        Assert.DoesNotContain(examples, e => heldOut.Contains(e.Text));
    }

    [Theory]
    [InlineData("不良反应：最常见的不良反应为头痛。")]
    [InlineData("请按药品说明书或者在药师指导下购买和使用。")]
    [InlineData("患者应在第三人民医院内分泌科复诊。")]
    public void ChinaPolicy_WithShippedDetector_DoesNotFlagLabelText(string text)
    {
        var reviewer = new ContentReviewer(new ReviewOptions { LearnedExamples = new ShippedFile() });

        var verdict = reviewer.Review(new Rendition { Channel = "test", Format = "wechat-article", Body = text }, Contexts.PublicOtcAd, [PolicyFixtures.ChinaPolicy]);

        Assert.Empty(verdict.Errors);
        Assert.DoesNotContain(verdict.Findings, f => f.Kind == LearnedFinding.Kind);
    }

    private static HashSet<string> RuleIds() => PolicyFixtures.ChinaPolicy.Spec.Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);

    private sealed class ShippedFile : ILearnedExamplesSource
    {
        public LearnedExamplesText? Read(SopPolicy policy) => new(_examplesPath, File.ReadAllText(_examplesPath));
    }
}
