using ContentOps.Core.Api.Policies;
using ContentOps.Core.Review;

namespace ContentOps.Core.Tests.Review;

/// <summary>The composite rule kind: concepts combined in order within a sentence, numerals, negation, sentence exemptions, institution names.</summary>
public sealed class CompositeRuleTests
{
    private static readonly ReviewConcept[] _concepts =
    [
        new() { Name = "time-course", Terms = ["{n}天", "{n}个疗程", "马上"] },
        new() { Name = "outcome", Terms = ["见效", "断根", "好转"], Exceptions = ["见效率"] },
        new() { Name = "negation", Terms = ["不能保证", "尚无"] },
        new() { Name = "trial", Terms = ["安慰剂"] },
        new() { Name = "rank", Terms = ["第一"], ExceptBefore = ["institution"] },
        new() { Name = "institution", Terms = ["人民医院", "医院"] },
        new() { Name = "price", Terms = ["满{n}"] },
        new() { Name = "first-buyers", Terms = ["前{n}名"] },
    ];

    private static readonly SopRule _guarantee = new()
    {
        Id = "efficacy-guarantee",
        Kind = "composite",
        Message = "m",
        Match = [new ConceptMatch { All = ["time-course", "outcome"], Within = 10 }],
        NegatedBy = ["negation"],
        ExceptInSentence = ["trial"],
    };

    private static readonly ContentReviewer _reviewer = new();

    [Theory]
    [InlineData("服用三天见效。", "三天见效")]
    [InlineData("两个疗程断根。", "两个疗程断根")]
    [InlineData("坚持3天，症状好转。", "3天，症状好转")]
    [InlineData("十几天见效。", "十几天见效")]
    [InlineData("5-10天见效。", "5-10天见效")]
    public void Combination_InOrderWithinOneSentence_IsFlagged_WithItsNumerals(string text, string match)
    {
        var finding = Assert.Single(Review(text, _guarantee));

        Assert.Equal(match, finding.Match);
        Assert.Equal("组合：time-course + outcome", finding.Detail);
    }

    [Theory]
    [InlineData("服用三天。见效因人而异。")]
    [InlineData("见效后服用三天。")]
    [InlineData("个疗程结束后见效。")]
    [InlineData("服用三天后，多数人的症状在一到两周后逐渐好转。")]
    [InlineData("三天见效率。")]
    public void Combination_AcrossSentences_OutOfOrder_WithoutNumeral_TooFar_OrInsideAnException_IsNotFlagged(string text) =>
        Assert.Empty(Review(text, _guarantee));

    [Theory]
    [InlineData("本品不能保证三天见效。")]
    [InlineData("尚无证据表明服用三天见效。")]
    [InlineData("与安慰剂相比，服用三天见效。")]
    [InlineData("服用三天不能保证见效。")]
    public void NegatedOrTrialSentence_IsNotFlagged(string text) => Assert.Empty(Review(text, _guarantee));

    [Fact]
    public void LabelSection_IsNotFlagged()
    {
        Assert.Empty(Review("不良反应：\n服用三天见效者少见。", _guarantee));
    }

    [Fact]
    public void ExceptBefore_InstitutionName_VoidsTheRankWord()
    {
        var rule = new SopRule { Id = "absolute-terms", Kind = "composite", Message = "m", Match = [new ConceptMatch { All = ["rank"] }] };

        Assert.Empty(Review("讲者来自上海市第一人民医院。", rule));
        Assert.Equal("第一", Assert.Single(Review("销量全国第一。", rule)).Match);
    }

    [Fact]
    public void NumeralAfterTheLiteral_IsRequired_WhenTheTermEndsWithPlaceholder()
    {
        var rule = new SopRule { Id = "inducement", Kind = "composite", Message = "m", Match = [new ConceptMatch { All = ["price"] }] };

        Assert.Equal("满199", Assert.Single(Review("满199减50。", rule)).Match);
        Assert.Empty(Review("满意度调查。", rule));
    }

    [Theory]
    [InlineData("前100名下单送血压计。", "前100名")]
    [InlineData("前三十名到店有礼。", "前三十名")]
    public void NumeralInsideATerm_MatchesWithTheTextAfterIt(string text, string match)
    {
        var rule = new SopRule { Id = "inducement", Kind = "composite", Message = "m", Match = [new ConceptMatch { All = ["first-buyers"] }] };

        Assert.Equal(match, Assert.Single(Review(text, rule)).Match);
    }

    [Theory]
    [InlineData("前面的名单。")]
    [InlineData("前100位患者。")]
    [InlineData("前名。")]
    public void NumeralInsideATerm_NeedsBothTheNumeralAndTheTextAfterIt(string text)
    {
        var rule = new SopRule { Id = "inducement", Kind = "composite", Message = "m", Match = [new ConceptMatch { All = ["first-buyers"] }] };

        Assert.Empty(Review(text, rule));
    }

    [Fact]
    public void Terms_MatchAlone_WithReplacement()
    {
        var rule = new SopRule { Id = "absolute-terms", Kind = "composite", Message = "m", Terms = [new ForbiddenTerm { Term = "最佳", Replacement = "良好" }] };

        var finding = Assert.Single(Review("本品最佳。", rule));

        Assert.Equal("良好", finding.Expected);
        Assert.NotNull(finding.Edit);
    }

    [Theory]
    [InlineData("missing", "unknown concept 'missing'")]
    public void UnknownConcept_IsACompileError_NamingTheRule(string concept, string message)
    {
        var rule = _guarantee with { Match = [new ConceptMatch { All = ["outcome", concept] }] };

        var compiled = _reviewer.Compile(Policy(rule));

        var error = Assert.Single(compiled.Errors);
        Assert.Equal("efficacy-guarantee", error.RuleId);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void TwoPlaceholdersInsideATerm_AreACompileError_NamingTheConcept()
    {
        var policy = new SopPolicy
        {
            Metadata = new() { Name = "test" },
            Spec = new SopPolicySpec { Concepts = [.. _concepts, new ReviewConcept { Name = "bad", Terms = ["a{n}b{n}c"] }], Rules = [_guarantee] },
        };

        var compiled = _reviewer.Compile(policy);

        Assert.False(compiled.IsValid);
        Assert.Contains(compiled.Errors, e => e.RuleId == "bad" && e.Message.Contains("{n}", StringComparison.Ordinal));
    }

    [Fact]
    public void Combination_AnchoredOnItsRareConcept_FindsEveryStart_WhenTheFirstConceptIsFrequent()
    {
        // time-course hits in every sentence, outcome in two: each sentence with both is flagged once, from its first start.
        var text = string.Concat(Enumerable.Repeat("服用三天，再服两天。", 50)) + "服用三天，两天见效。" + string.Concat(Enumerable.Repeat("马上服用。", 50)) + "五天好转。";

        var findings = Review(text, _guarantee);

        Assert.Equal(["三天，两天见效", "五天好转"], findings.Select(f => f.Match));
    }

    [Fact]
    public void ConceptException_VoidsOnlyTheHitsItOverlaps()
    {
        var findings = Review("三天见效率高。三天见效。", _guarantee);

        Assert.Equal("三天见效", Assert.Single(findings).Match);
    }

    private static IReadOnlyList<Finding> Review(string text, SopRule rule) =>
        _reviewer.Review(Contexts.Body(text), Contexts.PublicOtcAd, [Policy(rule)]).Findings;

    private static SopPolicy Policy(SopRule rule) => new()
    {
        Metadata = new() { Name = "test" },
        Spec = new SopPolicySpec { Concepts = _concepts, Rules = [rule] },
    };
}
