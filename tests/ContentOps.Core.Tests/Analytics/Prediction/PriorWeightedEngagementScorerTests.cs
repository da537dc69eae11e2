using ContentOps.Core.Analytics.Prediction;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Core.Distribution;
using ContentOps.Core.Distribution.Planning;
using ContentOps.Core.Distribution.Recommendation;

namespace ContentOps.Core.Tests.Analytics.Prediction;

public sealed class PriorWeightedEngagementScorerTests
{
    private sealed class FixedPrior(double overall, double piece) : IEngagementPrior
    {
        public string ModelVersion => "test-v1";

        public double Overall => overall;

        public EngagementPrediction Predict(string pieceRef, string? region) => new(piece, ModelVersion);
    }

    private static CandidateSignals Candidate(bool optOut = false) => new()
    {
        Hcp = new HcpProfile { Id = "hcp-0001", Name = "任敏", Region = "上海", PersonalizationOptOut = optOut },
        Content = new DistributionPiece { Ref = new PieceRef("diabetes", "klp-email-launch"), Spec = new ContentPieceSpec(), ContentDigest = "sha256:1" },
        Channel = "email",
    };

    [Fact]
    public void Score_RisesForContentThatEngagedTheRegion_AndTheDriverNamesTheModelVersion()
    {
        var rules = new RuleBasedEngagementScorer();
        var (baseScore, _) = rules.Score(Candidate());

        var (score, driver) = new PriorWeightedEngagementScorer(rules, new FixedPrior(0.2, 0.4)).Score(Candidate());
        var (lower, _) = new PriorWeightedEngagementScorer(rules, new FixedPrior(0.2, 0.05)).Score(Candidate());

        Assert.True(score > baseScore && lower < baseScore, $"{lower} < {baseScore} < {score}");
        Assert.Contains("上海", driver, StringComparison.Ordinal);
        Assert.Contains("test-v1", driver, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_IgnoresThePrior_ForAnHcpWhoRefusedPersonalisation()
    {
        var rules = new RuleBasedEngagementScorer();

        Assert.Equal(rules.Score(Candidate(optOut: true)), new PriorWeightedEngagementScorer(rules, new FixedPrior(0.2, 0.4)).Score(Candidate(optOut: true)));
    }

    [Fact]
    public void Score_FollowsTheAllocatorsPreferenceForThePlannedChannelAndVariant_AndNamesIt()
    {
        var scorer = new PriorWeightedEngagementScorer(new RuleBasedEngagementScorer(), new FixedPrior(0.2, 0.2));
        var (neutral, _) = scorer.Score(Candidate());

        var (preferred, driver) = scorer.Score(Candidate() with { Preference = new EngagementPrediction(0.36, "thompson-probit@lgbm-9") });
        var (avoided, _) = scorer.Score(Candidate() with { Preference = new EngagementPrediction(0.05, "thompson-probit@lgbm-9") });

        Assert.True(preferred > neutral && avoided < neutral, $"{avoided} < {neutral} < {preferred}");
        Assert.StartsWith("the allocator rates this channel, variant and hour 1.8× the average (predicted 36% by thompson-probit@lgbm-9)", driver, StringComparison.Ordinal);
        Assert.Equal(new RuleBasedEngagementScorer().Score(Candidate(optOut: true)),
            scorer.Score(Candidate(optOut: true) with { Preference = new EngagementPrediction(0.36, "thompson-probit@lgbm-9") }));
    }
}
