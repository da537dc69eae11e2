using ContentOps.Core.Api.Campaigns;
using ContentOps.Core.Distribution;
using ContentOps.Core.Distribution.Planning;
using ContentOps.Core.Distribution.Recommendation;
using static ContentOps.Core.Tests.Distribution.PlanScenario;

namespace ContentOps.Core.Tests.Distribution;

public sealed class NextBestActionEngineTests
{
    private static readonly NextBestActionEngine _engine = new(new RuleBasedEngagementScorer());

    private static RepSuggestions Suggest(SendPlanInput input, params SuggestionFeedback[] feedback) =>
        _engine.ForRep("rep-1", input, SendPlanner.Plan(input), feedback);

    [Fact]
    public void ForRep_RanksTheHcpWhoseInterestsMatch_First_WithTheDriverAsReason()
    {
        var keen = Hcp("a") with { PreferredChannel = "email", Engagement = new HcpEngagement { Opens = 5, Interests = ["km-1"] } };
        var piece = Piece("p", ["wechat"]) with { };
        piece = piece with { Spec = piece.Spec with { KeyMessages = ["km-1"] } };

        var result = Suggest(Input([Hcp("b"), keen], [piece]));

        Assert.Equal(["a", "b"], result.Ranked.Select(s => s.Hcp));
        Assert.Equal([1, 2], result.Ranked.Select(s => s.Priority));
        Assert.Contains("“km-1”", result.Ranked[0].Reason, StringComparison.Ordinal);
        Assert.Equal(SuggestionActions.ShareContent, result.Ranked[0].Action);
    }

    [Fact]
    public void ForRep_ReasonIsASentenceNamingTheContentsTitleAndTheKeyMessageText_NotIds()
    {
        var keen = Hcp("a") with { Engagement = new HcpEngagement { Opens = 1, Interests = ["km-low-hypo"] } };
        var piece = Piece("p", ["email"]);
        piece = piece with { Spec = piece.Spec with { KeyMessages = ["km-low-hypo"], Title = "康力平上市信息" } };
        var campaign = Campaign() with { KeyMessages = [new KeyMessage { Id = "km-low-hypo", Text = "低血糖风险低，适合老年患者。" }] };

        var reason = Assert.Single(Suggest(Input([keen], [piece], campaign: campaign)).Ranked).Reason;

        Assert.StartsWith("Share “康力平上市信息” by email", reason, StringComparison.Ordinal);
        Assert.Contains("“低血糖风险低，适合老年患者。”, a topic they engaged with before", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("km-low-hypo", reason, StringComparison.Ordinal);
        Assert.EndsWith(".", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ForRep_NeverRanksOptedOutHcps_AndGivesThemTheStandardSelection()
    {
        var result = Suggest(Input([Hcp("a", optOut: true), Hcp("b")], [Piece("p", ["email"])]));

        Assert.Equal(["b"], result.Ranked.Select(s => s.Hcp));
        var standard = Assert.Single(result.Standard);
        Assert.Equal(("a", false, null), (standard.Hcp, standard.Personalized, standard.Score));
    }

    [Fact]
    public void ForRep_SuppressesWhatConsentForbids_AndHcpsContactedRecently()
    {
        var noConsent = Hcp("a", email: ChannelConsent.None);
        var contacted = Hcp("b") with { Engagement = new HcpEngagement { LastContactAt = Now.AddDays(-1) } };

        var result = Suggest(Input([noConsent, contacted, Hcp("c")], [Piece("p", ["email"])]));

        Assert.Equal(["c"], result.All.Select(s => s.Hcp));
    }

    [Fact]
    public void ForRep_DismissedContent_IsNotSuggestedAgainToThatHcp()
    {
        var input = Input([Hcp("a"), Hcp("b")], [Piece("p", ["email"])]);
        var dismissed = new SuggestionFeedback { SuggestionId = "x", Rep = "rep-1", Hcp = "a", Content = "diabetes/p", Outcome = "dismissed", Reason = "not relevant", At = Now.AddDays(-1) };

        var result = Suggest(input, dismissed);

        Assert.Equal(["b"], result.All.Select(s => s.Hcp));
    }

    [Fact]
    public void ForRep_OnlyListsTheRepsOwnHcps_WithExpiryAtMostAWeek()
    {
        var result = Suggest(Input([Hcp("a"), Hcp("z") with { RepId = "rep-2" }], [Piece("p", ["email"], expireAt: Now.AddDays(2))]));

        var only = Assert.Single(result.All);
        Assert.Equal(("a", Now.AddDays(2)), (only.Hcp, only.ExpiresAt));
    }
}
