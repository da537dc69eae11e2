using ContentOps.Core.Api;
using ContentOps.Operator.Controller;
using ContentOps.Operator.Tests.TestSupport;

namespace ContentOps.Operator.Tests.Reconcilers;

/// <summary>
/// Table-driven: each case arranges the declarations, reconciles one piece once and asserts the full condition set
/// (Reconciling and Stalled only when true), the phase and what the controller does next.
/// </summary>
public sealed class ContentPieceReconcilerTests
{
    private const string Wechat = FixtureRepository.Wechat;
    private const string Email = FixtureRepository.Email;
    private const string True = ConditionStatus.True;
    private const string False = ConditionStatus.False;
    private const string Unknown = ConditionStatus.Unknown;

    private static readonly Dictionary<string, Case> _cases = new()
    {
        ["published without approval"] = new(Wechat, _ => { }, [],
            ContentPiecePhase.Published, ReconcileResult.Done,
            ("Ready", True, "Succeeded"), ("Generated", True, "Succeeded"), ("Reviewed", True, "Succeeded"),
            ("Approved", True, "NotRequired"), ("Published", True, "Succeeded")),
        ["awaiting approval"] = new(Email, _ => { }, [],
            ContentPiecePhase.AwaitingApproval, ReconcileResult.Done,
            ("Ready", False, "MissingApproval"), ("Generated", True, "Succeeded"), ("Reviewed", True, "Succeeded"),
            ("Approved", False, "MissingApproval"), ("Published", False, "MissingApproval")),
        ["scheduled"] = new(Wechat, r => Schedule(r, "publishAt", EmbeddedHarness.Start.AddHours(3)), [],
            ContentPiecePhase.Scheduled, ReconcileResult.RequeueAfter(TimeSpan.FromHours(3), "publishAt"),
            ("Ready", False, "Scheduled"), ("Generated", True, "Succeeded"), ("Reviewed", True, "Succeeded"),
            ("Approved", True, "NotRequired"), ("Published", False, "Scheduled")),
        ["live until expireAt"] = new(Wechat, r => Schedule(r, "expireAt", EmbeddedHarness.Start.AddDays(2)), [],
            ContentPiecePhase.Published, ReconcileResult.RequeueAfter(TimeSpan.FromDays(2), "expireAt"),
            ("Ready", True, "Succeeded"), ("Generated", True, "Succeeded"), ("Reviewed", True, "Succeeded"),
            ("Approved", True, "NotRequired"), ("Published", True, "Succeeded")),
        ["expired"] = new(Wechat, r => Schedule(r, "expireAt", EmbeddedHarness.Start.AddHours(-1)), [],
            ContentPiecePhase.Expired, ReconcileResult.Done,
            ("Ready", True, "Expired"), ("Generated", True, "Succeeded"), ("Reviewed", True, "Succeeded"),
            ("Approved", True, "NotRequired"), ("Published", False, "Expired")),
        ["blocking finding"] = new(Wechat, BlockDosing, [],
            ContentPiecePhase.ReviewFailed, ReconcileResult.Done,
            ("Ready", False, "BlockingFindings"), ("Generated", True, "Succeeded"), ("Reviewed", False, "BlockingFindings"),
            ("Approved", Unknown, "BlockingFindings"), ("Published", False, "BlockingFindings")),
        ["missing campaign"] = new(Wechat, _ => { }, ["Campaign/atp-launch"],
            ContentPiecePhase.Failed, ReconcileResult.Stalled("MissingDependency"),
            ("Ready", False, "MissingDependency"), ("Stalled", True, "MissingDependency"), ("Generated", Unknown, "MissingDependency"),
            ("Reviewed", Unknown, "MissingDependency"), ("Approved", Unknown, "MissingDependency"), ("Published", Unknown, "MissingDependency")),
    };

    public static TheoryData<string> Cases => [.. _cases.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Reconcile_SetsTheFullConditionSetAndRequeue(string name)
    {
        var @case = _cases[name];
        using var harness = new PieceReconcilerHarness();
        @case.Arrange(harness.Repository);
        await harness.SyncAsync(@case.Omit);

        var result = await harness.ReconcileAsync(@case.Piece);

        var status = harness.Status(@case.Piece);
        Assert.Equal(@case.Phase, status.Phase);
        Assert.Equal(
            @case.Conditions.Select(c => $"{c.Type}={c.Status}/{c.Reason}"),
            status.Conditions!.Select(c => $"{c.Type}={c.Status}/{c.Reason}"));
        Assert.All(status.Conditions!, c => Assert.Equal(1, c.ObservedGeneration));
        Assert.All(status.Conditions!, c => Assert.Equal(harness.Time.GetUtcNow(), c.LastTransitionTime));
        Assert.All(status.Conditions!, c => Assert.False(string.IsNullOrWhiteSpace(c.Message), $"{c.Type} needs a message a person can act on"));
        Assert.Equal((@case.Result.Outcome, @case.Result.After), (result.Outcome, result.After));
        Assert.Equal(1, status.ObservedGeneration);
    }

    [Fact]
    public async Task Reconcile_KeepsLastTransitionTime_UntilAConditionFlips()
    {
        using var harness = new PieceReconcilerHarness();
        await harness.SyncAsync();
        await harness.ReconcileAsync(Email);
        var t0 = harness.Time.GetUtcNow();

        harness.Time.Advance(TimeSpan.FromHours(1));
        Approve(harness, "medical");
        await harness.SyncAsync();
        await harness.ReconcileAsync(Email);
        var approved = harness.Condition(Email, ConditionTypes.Approved);
        Assert.Equal((False, t0), (approved.Status, approved.LastTransitionTime));
        Assert.Contains("legal", approved.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("medical", approved.Message.Split(" for ")[0], StringComparison.Ordinal);

        harness.Time.Advance(TimeSpan.FromHours(1));
        Approve(harness, "legal");
        await harness.SyncAsync();
        await harness.ReconcileAsync(Email);
        var t2 = harness.Time.GetUtcNow();
        Assert.Equal((True, t2), (harness.Condition(Email, "Approved").Status, harness.Condition(Email, "Approved").LastTransitionTime));
        Assert.Equal((True, t2), (harness.Condition(Email, "Ready").Status, harness.Condition(Email, "Ready").LastTransitionTime));
        Assert.Equal((True, t2), (harness.Condition(Email, "Published").Status, harness.Condition(Email, "Published").LastTransitionTime));
        Assert.Equal(t0, harness.Condition(Email, "Generated").LastTransitionTime);
        Assert.Equal(t0, harness.Condition(Email, "Reviewed").LastTransitionTime);
    }

    [Fact]
    public async Task Reconcile_ReportsReconcilingWhileTheChannelFails_AndDropsItOnceItRecovers()
    {
        using var harness = new PieceReconcilerHarness();
        await harness.SyncAsync();
        harness.Channel.Unreachable = true;

        var failed = await harness.ReconcileAsync(Wechat);

        Assert.Equal(ReconcileOutcome.Error, failed.Outcome);
        Assert.Equal(ContentPiecePhase.Failed, harness.Status(Wechat).Phase);
        Assert.Equal((True, ConditionReasons.ChannelError), (harness.Condition(Wechat, "Reconciling").Status, harness.Condition(Wechat, "Reconciling").Reason));
        Assert.Equal(False, harness.Condition(Wechat, "Ready").Status);
        Assert.DoesNotContain(harness.Status(Wechat).Conditions!, c => c.Type == ConditionTypes.Stalled);

        harness.Channel.Unreachable = false;
        harness.Time.Advance(TimeSpan.FromSeconds(30));
        var recovered = await harness.ReconcileAsync(Wechat);

        Assert.Equal(ReconcileOutcome.Done, recovered.Outcome);
        Assert.Equal(ContentPiecePhase.Published, harness.Status(Wechat).Phase);
        Assert.DoesNotContain(harness.Status(Wechat).Conditions!, c => c.Type is ConditionTypes.Reconciling or ConditionTypes.Stalled);
        Assert.Single(harness.Channel.Published);
    }

    [Fact]
    public async Task Reconcile_RecoversFromStalled_WhenTheMissingCampaignAppears()
    {
        using var harness = new PieceReconcilerHarness();
        await harness.SyncAsync("Campaign/atp-launch");
        Assert.Equal(ReconcileOutcome.Stalled, (await harness.ReconcileAsync(Wechat)).Outcome);

        await harness.SyncAsync();
        var result = await harness.ReconcileAsync(Wechat);

        Assert.Equal(ReconcileOutcome.Done, result.Outcome);
        Assert.Equal(ContentPiecePhase.Published, harness.Status(Wechat).Phase);
        Assert.DoesNotContain(harness.Status(Wechat).Conditions!, c => c.Type == ConditionTypes.Stalled);
    }

    private static void Schedule(FixtureRepository repository, string field, DateTimeOffset at) =>
        repository.Replace($"pieces/{Wechat}.yaml", "  claims: [atp-bp, atp-dose]",
            $"  claims: [atp-bp, atp-dose]\n  schedule:\n    {field}: \"{at:yyyy-MM-dd'T'HH:mm:sszzz}\"");

    [Fact]
    public async Task Reconcile_AutoFixesBlockingTerm_WithThePolicyReplacement_AndRecordsTheAttempt()
    {
        using var harness = new PieceReconcilerHarness();
        harness.Repository.Replace("policies/base-sop.yaml", "  rules:\n",
            "  rules:\n    - id: wording\n      kind: forbiddenTerms\n      severity: block\n      terms:\n        - {term: 尊敬的, replacement: 敬爱的}\n      message: 使用统一措辞。\n");
        await harness.SyncAsync();

        await harness.ReconcileAsync(Wechat);

        var status = harness.Status(Wechat);
        Assert.Equal(ContentPiecePhase.Published, status.Phase);
        Assert.Equal(2, status.Attempts);
        var published = Assert.Single(harness.Channel.Published);
        Assert.Contains("敬爱的", published.Rendition.Body);
        Assert.DoesNotContain("尊敬的", published.Rendition.Body);
        Assert.Contains(await harness.AuditAsync(Wechat), r => r.Action == "Remediated" && r.Message.Contains("auto-fixed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reconcile_StopsAtReviewFailed_WhenNoFixIsPossible_WithoutLooping()
    {
        using var harness = new PieceReconcilerHarness();
        BlockDosing(harness.Repository);
        await harness.SyncAsync();

        await harness.ReconcileAsync(Wechat);

        var status = harness.Status(Wechat);
        Assert.Equal(ContentPiecePhase.ReviewFailed, status.Phase);
        Assert.Equal(1, status.Attempts);
        Assert.Empty(harness.Channel.Published);
    }

    private static void BlockDosing(FixtureRepository repository) =>
        repository.Replace("policies/base-sop.yaml", "  rules:\n",
            "  rules:\n    - id: no-dosing\n      kind: forbiddenTerms\n      severity: block\n      terms:\n        - term: 每日一次\n      message: 暂停用法用量的推广表述。\n");

    private static void Approve(PieceReconcilerHarness harness, string role) =>
        harness.Repository.Write($"approvals/{Email}-{role}.yaml", $"""
            apiVersion: contentops.io/v1alpha1
            kind: Approval
            metadata:
              name: {Email}-{role}
              namespace: cardio
            spec:
              contentPiece: {Email}
              contentDigest: "{harness.Status(Email).ContentDigest}"
              role: {role}
              approvedBy: "医学部 王某"
            """);

    private sealed record Case(
        string Piece,
        Action<FixtureRepository> Arrange,
        string[] Omit,
        string Phase,
        ReconcileResult Result,
        params (string Type, string Status, string Reason)[] Conditions);
}
