using ContentOps.Core.Api.Policies;
using ContentOps.Core.Review;

namespace ContentOps.Core.Tests.Review;

public sealed class PolicyMatcherTests
{
    [Fact]
    public void Selects_NullOrEmptySelector()
    {
        Assert.True(PolicyMatcher.Selects(null, Contexts.HcpAcademic));
        Assert.True(PolicyMatcher.Selects(new ContentSelector { Formats = [] }, Contexts.HcpAcademic));
    }

    [Fact]
    public void Selects_RequiresEveryGivenListAndLabel()
    {
        var selector = new ContentSelector { ProductTypes = ["RX"], AudienceRoles = ["hcp"], MatchLabels = new Dictionary<string, string> { ["brand"] = "klp" } };

        Assert.False(PolicyMatcher.Selects(selector, Contexts.HcpAcademic));
        Assert.True(PolicyMatcher.Selects(selector, Contexts.HcpAcademic with { Labels = new Dictionary<string, string> { ["brand"] = "klp" } }));
        Assert.False(PolicyMatcher.Selects(selector with { MatchLabels = null }, Contexts.PublicOtcAd));
    }
}
