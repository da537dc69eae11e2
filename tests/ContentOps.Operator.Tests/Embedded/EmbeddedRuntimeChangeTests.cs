using ContentOps.Core.Api;
using ContentOps.Operator.Stores;
using ContentOps.Operator.Tests.TestSupport;

namespace ContentOps.Operator.Tests.Embedded;

/// <summary>Edits to claims, policies and pieces, and the clock, change exactly what they should.</summary>
public sealed class EmbeddedRuntimeChangeTests
{
    private const string Wechat = FixtureRepository.Wechat;
    private const string Rep = FixtureRepository.Rep;
    private const string Email = FixtureRepository.Email;

    [Fact]
    public async Task EditingAClaim_RegeneratesOnlyPiecesUsingIt_AndInvalidatesTheirApprovals()
    {
        await using var scenario = await EmbeddedScenario.StartAsync();
        var harness = scenario.Harness;
        await ConvergeAllPublishedAsync(harness);
        var before = Snapshot(harness);
        var repLedger = await harness.LedgerAsync(Rep);
        var repGenerated = harness.Condition(Rep, ConditionTypes.Generated);

        scenario.Repository.Replace("claims.yaml", "推荐剂量为5 mg，每日一次口服。", "推荐剂量为5 mg，每日一次，早晨口服。");
        harness.Time.Advance(TimeSpan.FromMinutes(5));
        var report = await harness.RunAsync();

        Assert.Equal(2, report.Generated);
        Assert.NotEqual(before[Wechat], harness.Status(Wechat).ContentDigest);
        Assert.NotEqual(before[Email], harness.Status(Email).ContentDigest);
        Assert.Equal(before[Rep], harness.Status(Rep).ContentDigest);
        Assert.Equal(repLedger, await harness.LedgerAsync(Rep));
        Assert.Equal(repGenerated, harness.Condition(Rep, ConditionTypes.Generated));

        Assert.Equal(ContentPiecePhase.AwaitingApproval, harness.Status(Email).Phase);
        Assert.Equal(["legal", "medical"], harness.Status(Email).Approvals!.Missing);
        foreach (var role in new[] { "medical", "legal" })
        {
            var current = harness.Approval($"{Email}-{role}").Status!.Conditions!.Single(c => c.Type == ConditionTypes.Current);
            Assert.Equal((ConditionStatus.False, ConditionReasons.Stale), (current.Status, current.Reason));
        }

        // The wechat article needs no approval: the new content goes out and the old one comes down.
        Assert.Equal(ContentPiecePhase.Published, harness.Status(Wechat).Phase);
        var wechatPosts = scenario.Receiver.Events("publish").Where(d => d.Path == "/wechat").ToList();
        Assert.Equal(2, wechatPosts.Count);
        Assert.Equal(harness.Status(Wechat).ContentDigest, wechatPosts[1].ContentDigest);
        Assert.Contains("早晨口服", wechatPosts[1].Body, StringComparison.Ordinal);
        var superseded = Assert.Single(scenario.Receiver.Events("withdraw"));
        Assert.Equal((wechatPosts[0].IdempotencyKey, "Superseded"), (superseded.IdempotencyKey, superseded.Reason));
    }

    [Fact]
    public async Task EditingAPolicy_ReReviewsOnlyThePiecesItSelects()
    {
        await using var scenario = await EmbeddedScenario.StartAsync();
        var harness = scenario.Harness;
        await harness.RunAsync();
        var reviews = new[] { Wechat, Rep, Email }.ToDictionary(p => p, p => harness.Status(p).Review);
        var digests = Snapshot(harness);

        scenario.Repository.Replace("policies/wechat-tone.yaml", "- term: 超给力", "- term: 超给力\n        - term: 爆款");
        var report = await harness.RunAsync();

        Assert.Equal(1, report.Reviewed);
        Assert.Equal(0, report.Generated);
        Assert.NotEqual(reviews[Wechat]!.PolicyDigest, harness.Status(Wechat).Review!.PolicyDigest);
        Assert.Equal(reviews[Rep], harness.Status(Rep).Review);
        Assert.Equal(reviews[Email], harness.Status(Email).Review);
        Assert.Equal(digests, Snapshot(harness));
        Assert.Single(scenario.Receiver.Events("publish"));
    }

    [Fact]
    public async Task PolicyChangeThatMakesPublishedContentNonCompliant_WithdrawsIt()
    {
        await using var scenario = await EmbeddedScenario.StartAsync();
        var harness = scenario.Harness;
        await harness.RunAsync();
        var published = Assert.Single(scenario.Receiver.Events("publish"));

        scenario.Repository.Replace("policies/base-sop.yaml", "        - term: 神药\n      message: 口语化表达不符合学术语气。",
            "        - term: 神药\n      message: 口语化表达不符合学术语气。\n    - id: no-dosing-or-ae\n      kind: forbiddenTerms\n      severity: block\n"
            + "      terms:\n        - term: 每日一次\n        - term: 踝部水肿\n      message: 本季度暂停用法用量与不良反应的推广表述。");
        var report = await harness.RunAsync();

        Assert.Equal(ContentPiecePhase.ReviewFailed, harness.Status(Wechat).Phase);
        Assert.Equal(ContentPiecePhase.ReviewFailed, harness.Status(Rep).Phase);
        var withdraw = Assert.Single(scenario.Receiver.Events("withdraw"));
        Assert.Equal((published.IdempotencyKey, "NoLongerCompliant"), (withdraw.IdempotencyKey, withdraw.Reason));
        Assert.True(withdraw.SignatureValid);
        Assert.False(File.Exists(scenario.Repository.File($"out/rep/cardio--{Rep}.md")));
        Assert.True(File.Exists(scenario.Repository.File($"out/rep/withdrawn/cardio--{Rep}.md")));
        Assert.Equal(2, report.Withdrawn);
        foreach (var piece in new[] { Wechat, Rep })
        {
            Assert.All(await harness.LedgerAsync(piece), e => Assert.Equal(LedgerStates.Withdrawn, e.State));
            Assert.All(harness.Status(piece).Publications!, p => Assert.NotNull(p.WithdrawnAt));
            var condition = harness.Condition(piece, ConditionTypes.Published);
            Assert.Equal((ConditionStatus.False, ConditionReasons.Withdrawn), (condition.Status, condition.Reason));
        }

        var again = await harness.RunAsync();
        Assert.True(again.NothingDone, "a withdrawn piece is not withdrawn again");
        Assert.Single(scenario.Receiver.Events("withdraw"));
    }

    [Fact]
    public async Task DeletingAPiece_WithdrawsItFromItsChannels_ThenForgetsIt()
    {
        await using var scenario = await EmbeddedScenario.StartAsync();
        var harness = scenario.Harness;
        await harness.RunAsync();
        var published = Assert.Single(scenario.Receiver.Events("publish"));
        Assert.NotNull(harness.Piece(Wechat).Metadata.Finalizers);

        scenario.Repository.Delete($"pieces/{Wechat}.yaml");
        scenario.Repository.Delete($"pieces/{Rep}.yaml");
        var report = await harness.RunAsync();

        var withdraw = Assert.Single(scenario.Receiver.Events("withdraw"));
        Assert.Equal((published.IdempotencyKey, "Deleted", $"cardio/{Wechat}"), (withdraw.IdempotencyKey, withdraw.Reason, withdraw.Piece));
        Assert.True(File.Exists(scenario.Repository.File($"out/rep/withdrawn/cardio--{Rep}.md")));
        Assert.False(File.Exists(scenario.Repository.File($"out/rep/cardio--{Rep}.md")));
        Assert.Null(harness.Find(Wechat));
        Assert.Null(harness.Find(Rep));
        Assert.Equal(2, report.Withdrawn);
        var withdrawals = harness.Runtime.Metrics.Withdrawals;
        Assert.Equal((1, 1), (withdrawals.WithLabels("hcp-webhook", "Deleted").Value, withdrawals.WithLabels("rep-outbox", "Deleted").Value));
        Assert.DoesNotContain(report.Pieces, p => p.Metadata.Name is Wechat or Rep);

        var again = await harness.RunAsync();
        Assert.True(again.NothingDone && again.Sync.IsNoOp);
    }

    [Fact]
    public async Task ExpiredPiece_IsWithdrawn_AndShowsExpired()
    {
        await using var scenario = await EmbeddedScenario.StartAsync();
        var harness = scenario.Harness;
        var expireAt = EmbeddedHarness.Start.AddDays(1);
        scenario.Repository.Replace($"pieces/{Wechat}.yaml", "  claims: [atp-bp, atp-dose]",
            $"  claims: [atp-bp, atp-dose]\n  schedule:\n    expireAt: \"{expireAt:yyyy-MM-dd'T'HH:mm:sszzz}\"");
        var first = await harness.RunAsync();
        Assert.Equal(ContentPiecePhase.Published, harness.Status(Wechat).Phase);
        Assert.Equal(expireAt, first.Next?.Due);

        harness.Time.Advance(TimeSpan.FromDays(1));
        var report = await harness.RunAsync();

        Assert.Equal(ContentPiecePhase.Expired, harness.Status(Wechat).Phase);
        var withdraw = Assert.Single(scenario.Receiver.Events("withdraw"));
        Assert.Equal("Expired", withdraw.Reason);
        Assert.Equal(1, report.Withdrawn);
        var condition = harness.Condition(Wechat, ConditionTypes.Published);
        Assert.Equal((ConditionStatus.False, ConditionReasons.Expired), (condition.Status, condition.Reason));
        Assert.All(harness.Status(Wechat).Publications!, p => Assert.NotNull(p.WithdrawnAt));
        Assert.True((await harness.RunAsync()).NothingDone);
        Assert.Single(scenario.Receiver.Events("withdraw"));
    }

    [Fact]
    public async Task ExpiredPiece_IsWithdrawn_EvenWhileItsRegeneratedVersionAwaitsApproval()
    {
        await using var scenario = await EmbeddedScenario.StartAsync();
        var harness = scenario.Harness;
        var expireAt = EmbeddedHarness.Start.AddDays(1);
        scenario.Repository.Replace($"pieces/{Email}.yaml", "  claims: [atp-bp, atp-dose]",
            $"  claims: [atp-bp, atp-dose]\n  schedule:\n    expireAt: \"{expireAt:yyyy-MM-dd'T'HH:mm:sszzz}\"");
        await ConvergeAllPublishedAsync(harness);
        var live = Assert.Single(scenario.Receiver.Events("publish"), d => d.Path == "/email");
        scenario.Repository.Replace("claims.yaml", "推荐剂量为5 mg，每日一次口服。", "推荐剂量为5 mg，每日一次，早晨口服。");
        await harness.RunAsync();
        Assert.Equal(ContentPiecePhase.AwaitingApproval, harness.Status(Email).Phase);

        harness.Time.Advance(TimeSpan.FromDays(2));
        await harness.RunAsync();

        Assert.Equal(ContentPiecePhase.Expired, harness.Status(Email).Phase);
        var withdraw = Assert.Single(scenario.Receiver.Events("withdraw"), d => d.Path == "/email");
        Assert.Equal((live.IdempotencyKey, "Expired"), (withdraw.IdempotencyKey, withdraw.Reason));
        Assert.All(await harness.LedgerAsync(Email), e => Assert.Equal(LedgerStates.Withdrawn, e.State));
    }

    [Fact]
    public async Task ScheduledPiece_WaitsForPublishAt_ThenPublishes()
    {
        await using var scenario = await EmbeddedScenario.StartAsync();
        var harness = scenario.Harness;
        var publishAt = EmbeddedHarness.Start.AddHours(3);
        scenario.Repository.Replace($"pieces/{Wechat}.yaml", "  claims: [atp-bp, atp-dose]",
            $"  claims: [atp-bp, atp-dose]\n  schedule:\n    publishAt: \"{publishAt:yyyy-MM-dd'T'HH:mm:sszzz}\"");

        var first = await harness.RunAsync();
        Assert.Equal(ContentPiecePhase.Scheduled, harness.Status(Wechat).Phase);
        Assert.Empty(scenario.Receiver.Events("publish"));
        Assert.Equal(publishAt, first.Next!.Due);
        Assert.Equal(Wechat, first.Next.Key.Name);

        harness.Time.Advance(TimeSpan.FromHours(2));
        await harness.RunAsync();
        Assert.Equal(ContentPiecePhase.Scheduled, harness.Status(Wechat).Phase);
        Assert.Empty(scenario.Receiver.Events("publish"));

        harness.Time.Advance(TimeSpan.FromHours(1));
        var report = await harness.RunAsync();
        Assert.Equal(1, report.Published);
        Assert.Equal(ContentPiecePhase.Published, harness.Status(Wechat).Phase);
        Assert.Single(scenario.Receiver.Events("publish"));
    }

    private static async Task ConvergeAllPublishedAsync(EmbeddedHarness harness)
    {
        await harness.RunAsync();
        harness.Approve(Email, "medical");
        harness.Approve(Email, "legal");
        await harness.RunAsync();
        Assert.All(new[] { Wechat, Rep, Email }, p => Assert.Equal(ContentPiecePhase.Published, harness.Status(p).Phase));
    }

    private static Dictionary<string, string?> Snapshot(EmbeddedHarness harness) =>
        new[] { Wechat, Rep, Email }.ToDictionary(p => p, p => harness.Status(p).ContentDigest);
}
