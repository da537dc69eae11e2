using System.Collections.Concurrent;
using ContentOps.Core.Api;
using ContentOps.Operator.Embedded;
using ContentOps.Operator.Reconcilers.ContentPieces.Withdrawal;
using ContentOps.Operator.Stores;
using ContentOps.Operator.Tests.TestSupport;

namespace ContentOps.Operator.Tests.Reconcilers;

/// <summary>A withdrawn or expired claim takes every piece that states it down from every channel in one run.</summary>
public sealed class ClaimRetractionTests
{
    private const string Wechat = FixtureRepository.Wechat;
    private const string Rep = FixtureRepository.Rep;
    private const string Email = FixtureRepository.Email;
    private const string DoseClaim = "      text: 推荐剂量为5 mg，每日一次口服。\n";

    [Fact]
    public async Task WithdrawingAClaim_TakesDownEveryPieceStatingIt_InOneRun_WithReasonClaimWithdrawn()
    {
        var hook = new RecordingHook();
        await using var scenario = await EmbeddedScenario.StartAsync(options: new EmbeddedOptions { Workers = 2, WithdrawalHooks = [hook] });
        var harness = scenario.Harness;
        await ConvergeAllPublishedAsync(harness);
        var livePosts = scenario.Receiver.Events("publish").Where(d => d.Path is "/wechat" or "/email").ToList();

        scenario.Repository.Replace("claims.yaml", DoseClaim, DoseClaim + "      status: withdrawn\n");
        harness.Time.Advance(TimeSpan.FromMinutes(5));
        var report = await harness.RunAsync();

        Assert.Equal(0, report.Generated);
        foreach (var piece in new[] { Wechat, Email })
        {
            Assert.Equal(ContentPiecePhase.Withdrawn, harness.Status(piece).Phase);
            var ready = harness.Condition(piece, ConditionTypes.Ready);
            Assert.Equal((ConditionStatus.False, ConditionReasons.ClaimWithdrawn), (ready.Status, ready.Reason));
            Assert.Contains("atp-dose (withdrawn)", ready.Message, StringComparison.Ordinal);
            Assert.Equal(ConditionReasons.ClaimWithdrawn, harness.Condition(piece, ConditionTypes.Published).Reason);
            Assert.All(await harness.LedgerAsync(piece), e => Assert.Equal(LedgerStates.Withdrawn, e.State));
        }

        var withdrawals = scenario.Receiver.Events("withdraw");
        Assert.Equal(livePosts.Select(p => p.IdempotencyKey).Order(), withdrawals.Select(w => w.IdempotencyKey).Order());
        Assert.All(withdrawals, w => Assert.Equal(ConditionReasons.ClaimWithdrawn, w.Reason));
        Assert.Equal(ContentPiecePhase.Published, harness.Status(Rep).Phase);

        Assert.Equal([Email, Wechat], hook.Notices.Select(n => n.Piece.Name).Order(StringComparer.Ordinal));
        Assert.All(hook.Notices, n => Assert.Equal((ConditionReasons.ClaimWithdrawn, "atp-dose"), (n.Reason, Assert.Single(n.Claims))));
    }

    [Fact]
    public async Task WithdrawingAClaim_TellsRepsOnTheCrmToStopUsingEachLivePiece_NamingTheClaim_OnceAcrossReruns()
    {
        await using var crm = await CrmReceiver.StartAsync(EmbeddedScenario.Secret);
        await using var scenario = await EmbeddedScenario.StartAsync(options: new EmbeddedOptions { Workers = 2 });
        var harness = scenario.Harness;
        scenario.Repository.Write("crm.yaml", $"""
            apiVersion: contentops.io/v1alpha1
            kind: ChannelTarget
            metadata:
              name: rep-crm
              namespace: cardio
            spec:
              type: crm
              endpoint: {crm.Url}
              secretRef: {"{"}name: {scenario.Repository.SecretVariable}{"}"}
              formats: [rep-talk-track]
              allowedAudienceRoles: [hcp]
            """);
        await ConvergeAllPublishedAsync(harness);
        Assert.Empty(crm.Requests);

        scenario.Repository.Replace("claims.yaml", DoseClaim, DoseClaim + "      status: withdrawn\n");
        harness.Time.Advance(TimeSpan.FromMinutes(5));
        await harness.RunAsync();
        harness.Time.Advance(TimeSpan.FromMinutes(5));
        await harness.RunAsync();
        scenario.Repository.Replace("campaign.yaml", "安泰平上市推广", "安泰平上市推广（更新）");
        await harness.RunAsync();

        Assert.All(crm.Requests, r => Assert.True(r.SignatureValid));
        Assert.Equal(2, crm.Requests.Count);
        var items = crm.Items.Select(b => b["item"]!).OrderBy(i => i["piece"]!.GetValue<string>(), StringComparer.Ordinal).ToList();
        Assert.Equal([$"cardio/{Email}", $"cardio/{Wechat}"], items.Select(i => i["piece"]!.GetValue<string>()));
        Assert.All(items, i =>
        {
            Assert.Equal("stop-using", i["kind"]!.GetValue<string>());
            Assert.Null(i["rep"]);
            Assert.Contains("claim atp-dose \"推荐剂量为5 mg，每日一次口服。\" (withdrawn)", i["reason"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.StartsWith("Stop using", i["body"]!.GetValue<string>(), StringComparison.Ordinal);
        });
        Assert.Contains("安泰平®（阿莫地平片）12周降压数据", items[1]["title"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithdrawnPiece_IsNotRegenerated_UntilItsSpecChanges()
    {
        var hook = new RecordingHook();
        await using var scenario = await EmbeddedScenario.StartAsync(options: new EmbeddedOptions { Workers = 2, WithdrawalHooks = [hook] });
        var harness = scenario.Harness;
        await ConvergeAllPublishedAsync(harness);
        scenario.Repository.Replace("claims.yaml", DoseClaim, DoseClaim + "      status: withdrawn\n");
        await harness.RunAsync();
        var digest = harness.Status(Wechat).ContentDigest;

        // Reinstating the claim alone does not put the content back: a person decides through the piece's spec.
        scenario.Repository.Replace("claims.yaml", DoseClaim + "      status: withdrawn\n", DoseClaim);
        harness.Time.Advance(TimeSpan.FromMinutes(5));
        var again = await harness.RunAsync();
        Assert.Equal(0, again.Generated);
        Assert.Equal(0, again.Published);
        Assert.Equal(ContentPiecePhase.Withdrawn, harness.Status(Wechat).Phase);
        Assert.Equal(2, hook.Notices.Count);

        scenario.Repository.Replace("claims.yaml", DoseClaim, DoseClaim + "      status: withdrawn\n");
        scenario.Repository.Replace($"pieces/{Wechat}.yaml", "claims: [atp-bp, atp-dose]", "claims: [atp-bp]");
        harness.Time.Advance(TimeSpan.FromMinutes(5));
        var edited = await harness.RunAsync();

        Assert.Equal(1, edited.Generated);
        Assert.Equal(ContentPiecePhase.Published, harness.Status(Wechat).Phase);
        Assert.NotEqual(digest, harness.Status(Wechat).ContentDigest);
        Assert.DoesNotContain("atp-dose", harness.Status(Wechat).Claims!);
        Assert.Equal(ContentPiecePhase.Withdrawn, harness.Status(Email).Phase);
    }

    [Fact]
    public async Task ClaimExpiring_WithdrawsItsPieces_OnTheFirstRunAfterItsDate_EvenOnUnchangedDeclarations()
    {
        await using var scenario = await EmbeddedScenario.StartAsync();
        var harness = scenario.Harness;
        scenario.Repository.Replace("claims.yaml", DoseClaim, DoseClaim + "      expires: 2026-12-02\n");
        await ConvergeAllPublishedAsync(harness);
        await harness.RunAsync();

        harness.Time.Advance(TimeSpan.FromDays(2));
        await harness.RunAsync();

        Assert.Equal(ContentPiecePhase.Withdrawn, harness.Status(Wechat).Phase);
        Assert.Contains("atp-dose (expired on 2026-12-02)", harness.Condition(Wechat, ConditionTypes.Ready).Message, StringComparison.Ordinal);
        Assert.Equal(ContentPiecePhase.Published, harness.Status(Rep).Phase);
        Assert.Contains(scenario.Receiver.Events("withdraw"), w => w.Path == "/wechat" && w.Reason == ConditionReasons.ClaimWithdrawn);
    }

    [Fact]
    public async Task ClaimStatedOnlyThroughAKeyMessage_StillWithdrawsThePiece()
    {
        await using var scenario = await EmbeddedScenario.StartAsync();
        var harness = scenario.Harness;
        await ConvergeAllPublishedAsync(harness);
        Assert.Contains("atp-bp", harness.Status(Rep).Claims!);

        scenario.Repository.Replace("claims.yaml", "      references: [atp-label]\n    - id: atp-dose", "      references: [atp-label]\n      status: withdrawn\n    - id: atp-dose");
        await harness.RunAsync();

        Assert.All(new[] { Wechat, Email, Rep }, p => Assert.Equal(ContentPiecePhase.Withdrawn, harness.Status(p).Phase));
        Assert.Contains("atp-bp (withdrawn)", harness.Condition(Rep, ConditionTypes.Ready).Message, StringComparison.Ordinal);
    }

    private static async Task ConvergeAllPublishedAsync(EmbeddedHarness harness)
    {
        await harness.RunAsync();
        harness.Approve(Email, "medical");
        harness.Approve(Email, "legal");
        await harness.RunAsync();
        Assert.All(new[] { Wechat, Rep, Email }, p => Assert.Equal(ContentPiecePhase.Published, harness.Status(p).Phase));
    }

    private sealed class RecordingHook : IWithdrawalHook
    {
        private readonly ConcurrentQueue<PieceWithdrawal> _notices = new();

        public IReadOnlyList<PieceWithdrawal> Notices => [.. _notices];

        public Task OnWithdrawnAsync(PieceWithdrawal withdrawal, CancellationToken cancellationToken)
        {
            _notices.Enqueue(withdrawal);
            return Task.CompletedTask;
        }
    }
}
