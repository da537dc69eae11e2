using ContentOps.Core.Api;
using ContentOps.Operator.Tests.Reconcilers;
using ContentOps.Operator.Tests.TestSupport;

namespace ContentOps.Operator.Tests.Generation;

/// <summary>generation.recallClaims: a piece asks the knowledge recall for further approved claims fitting its brief.</summary>
public sealed class ClaimRecallGenerationTests
{
    private const string Wechat = FixtureRepository.Wechat;

    [Fact]
    public async Task RecallClaims_AddsAnApprovedClaimFittingTheBrief_StatedVerbatimWithItsReference()
    {
        using var harness = new PieceReconcilerHarness();
        harness.Repository.Replace("pieces/atp-wechat-efficacy.yaml", "介绍安泰平的降压疗效与用法用量", "介绍安泰平的降压疗效、用法用量与常见不良反应（头痛、踝部水肿）");
        harness.Repository.Replace("pieces/atp-wechat-efficacy.yaml", "  claims: [atp-bp, atp-dose]", "  claims: [atp-bp, atp-dose]\n  generation: {recallClaims: 1}");
        await harness.SyncAsync();

        await harness.ReconcileAsync(Wechat);

        Assert.Equal(ContentPiecePhase.Published, harness.Status(Wechat).Phase);
        var published = Assert.Single(harness.Channel.Published);
        Assert.Contains("最常见的不良反应为头痛和踝部水肿[1]。", published.Rendition.Body);
    }

    [Fact]
    public async Task WithoutRecallClaims_OnlySpecClaimsAreStated()
    {
        using var harness = new PieceReconcilerHarness();
        await harness.SyncAsync();

        await harness.ReconcileAsync(Wechat);

        Assert.DoesNotContain("踝部水肿", Assert.Single(harness.Channel.Published).Rendition.Body);
    }
}
