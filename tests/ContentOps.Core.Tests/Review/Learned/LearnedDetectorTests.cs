using ContentOps.Core.Generation;
using ContentOps.Core.Review;
using ContentOps.Core.Review.Learned;

namespace ContentOps.Core.Tests.Review.Learned;

public sealed class LearnedDetectorTests
{
    private static readonly ContentReviewer _reviewer = LearnedFixtures.Reviewer();

    [Theory]
    [InlineData("两周见效，一个疗程断根。", "efficacy-guarantee")]
    [InlineData("下单立返现金五十元。", "inducement")]
    public void Review_FlagsParaphraseOfTrainedViolation_WithPredictedRuleIdAtWarnLevel(string text, string ruleId)
    {
        var verdict = Review(text);

        var finding = Assert.Single(verdict.Findings);
        Assert.Equal(ruleId, finding.RuleId);
        Assert.Equal(LearnedFinding.Kind, finding.Kind);
        Assert.Equal(Severities.Warn, finding.Severity);
        Assert.False(verdict.Blocked);
        Assert.InRange(finding.Confidence!.Value, 0.5, 1.0);
        Assert.Contains("学习型检测器", finding.Message, StringComparison.Ordinal);
        Assert.Contains(finding.Confidence.Value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), finding.Message, StringComparison.Ordinal);
        Assert.Equal(ruleId == "inducement" ? "市场监管总局令第21号" : "《广告法》第十六条", finding.Basis);
        Assert.Equal($"删除（{ruleId}）", finding.Fix);
    }

    [Fact]
    public void Review_PlacesSuggestion_AtItsSentence()
    {
        var verdict = Review("本品为非处方药。\n请仔细阅读说明书。两周见效，一个疗程断根。");

        var finding = Assert.Single(verdict.Findings);
        Assert.Equal((2, 10), (finding.Line, finding.Column));
        Assert.Equal("两周见效，一个疗程断根。", finding.Match);
    }

    [Theory]
    [InlineData("最常见的不良反应为头痛和恶心。")]
    [InlineData("请咨询医师或药师。")]
    [InlineData("孕妇及哺乳期妇女慎用。")]
    public void Review_DoesNotFlag_CompliantLabelText(string text) => Assert.Empty(Review(text).Findings);

    [Fact]
    public void Review_DoesNotFlag_ViolationInsideLabelSection()
    {
        var verdict = Review("注意事项：\n两周见效，一个疗程断根。");

        Assert.Empty(verdict.Findings);
    }

    [Fact]
    public void Review_DoesNotFlag_SentenceWithExceptInSentenceConcept()
    {
        var verdict = _reviewer.Review(Rendition("两周见效，一个疗程断根，请咨询医师。"), Contexts.PublicOtcAd, [LearnedFixtures.Policy(exceptInSentence: ["advice"])]);

        Assert.Empty(verdict.Findings);
    }

    [Fact]
    public void Review_AddsNoSuggestion_WhereContextIsOutsideAppliesTo()
    {
        var policy = LearnedFixtures.Policy(appliesTo: new() { AudienceRoles = ["public"] });

        Assert.Empty(_reviewer.Review(Rendition("两周见效，一个疗程断根。"), Contexts.HcpAcademic, [policy]).Findings);
        Assert.Single(_reviewer.Review(Rendition("两周见效，一个疗程断根。"), Contexts.PublicOtcAd, [policy]).Findings);
    }

    [Fact]
    public void Review_AddsNoSuggestion_WhenDetectorIsOff()
    {
        var verdict = new ContentReviewer().Review(Rendition("两周见效，一个疗程断根。"), Contexts.PublicOtcAd, [LearnedFixtures.Policy()]);

        Assert.Empty(verdict.Findings);
        Assert.Empty(verdict.Errors);
    }

    [Fact]
    public void Review_LeavesSentence_ARuleAlreadyFlagged()
    {
        var policy = LearnedFixtures.Policy();
        policy = new() { Metadata = policy.Metadata, Spec = policy.Spec with { Rules = [policy.Spec.Rules[0] with { Terms = [new() { Term = "断根" }] }, policy.Spec.Rules[1]] } };

        var verdict = _reviewer.Review(Rendition("两周见效，一个疗程断根。"), Contexts.PublicOtcAd, [policy]);

        var finding = Assert.Single(verdict.Findings);
        Assert.Equal("forbiddenTerms", finding.Kind);
    }

    [Fact]
    public void Review_GivesSameSuggestions_FromTwoSeparatelyTrainedReviewers()
    {
        const string text = "两周见效，一个疗程断根。下单立返现金五十元。";

        var first = LearnedFixtures.Reviewer().Review(Rendition(text), Contexts.PublicOtcAd, [LearnedFixtures.Policy()]);
        var second = LearnedFixtures.Reviewer().Review(Rendition(text), Contexts.PublicOtcAd, [LearnedFixtures.Policy()]);

        Assert.Equal(2, first.Findings.Count);
        Assert.Equal(first.Findings, second.Findings);
    }

    [Theory]
    [InlineData(null, "examples.tsv: examples file not found")]
    [InlineData("compliant\t请咨询医师\nefficacy-guarantee 三天见效\n", "examples.tsv:2: expected 'label<TAB>sentence'")]
    [InlineData("compliant\t请咨询医师\nunknown-rule\t三天见效\n", "examples.tsv:2: label 'unknown-rule' is neither a rule id")]
    [InlineData("efficacy-guarantee\t三天见效\n", "examples.tsv: needs 'compliant' examples")]
    public void Review_ReportsCompileError_WithFileLineAndFix_ForMissingOrMalformedExamples(string? examples, string expected)
    {
        var verdict = LearnedFixtures.Reviewer(examples).Review(Rendition("两周见效。"), Contexts.PublicOtcAd, [LearnedFixtures.Policy()]);

        var error = Assert.Single(verdict.Errors);
        Assert.Equal("learnedDetector", error.RuleId);
        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("fix", error.Message, StringComparison.Ordinal);
        Assert.True(verdict.Blocked);
    }

    private static Verdict Review(string text) => _reviewer.Review(Rendition(text), Contexts.PublicOtcAd, [LearnedFixtures.Policy()]);

    private static Rendition Rendition(string body) => new() { Channel = "test", Format = "wechat-article", Body = body };
}
