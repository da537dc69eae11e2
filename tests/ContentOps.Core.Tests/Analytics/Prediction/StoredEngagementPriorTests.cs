using ContentOps.Core.Analytics.Kpis;
using ContentOps.Core.Analytics.Prediction;

namespace ContentOps.Core.Tests.Analytics.Prediction;

public sealed class StoredEngagementPriorTests
{
    private static EngagementCount Count(string piece, string region, string type, long n) =>
        new("diabetes/klp-launch-2026", piece, "diabetes/approved-email", "tier2-endocrinology", region, "", type, n, 0) { Day = new DateOnly(2026, 12, 1) };

    private static readonly EngagementCount[] _counts =
    [
        Count("diabetes/a", "上海", "delivered", 100), Count("diabetes/a", "上海", "opened", 60),
        Count("diabetes/a", "四川", "delivered", 100), Count("diabetes/a", "四川", "opened", 20),
        Count("diabetes/b", "上海", "delivered", 200), Count("diabetes/b", "上海", "opened", 20),
    ];

    [Fact]
    public void Predict_RanksPiecesByTheirStoredEngagement_AndRegionsWithinAPiece()
    {
        var prior = new StoredEngagementPrior(_counts);

        Assert.Equal(0.25, prior.Overall, 3);
        Assert.True(prior.Predict("diabetes/a", null).Probability > prior.Predict("diabetes/b", null).Probability);
        Assert.True(prior.Predict("diabetes/a", "上海").Probability > prior.Predict("diabetes/a", "四川").Probability);
    }

    [Fact]
    public void Predict_AThinOrUnknownCell_StaysNearItsParent_AndCarriesTheModelVersion()
    {
        var prior = new StoredEngagementPrior(_counts);

        var unknownPiece = prior.Predict("diabetes/never-sent", "北京");
        var unknownRegion = prior.Predict("diabetes/a", "北京");

        Assert.Equal(prior.Overall, unknownPiece.Probability, 3);
        Assert.Equal(prior.Predict("diabetes/a", null).Probability, unknownRegion.Probability, 3);
        Assert.Equal("prior-piece-region@20261201-n400", unknownPiece.ModelVersion);
    }
}
