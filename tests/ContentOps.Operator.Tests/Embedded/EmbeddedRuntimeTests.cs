using ContentOps.Core.Api;
using ContentOps.Operator.Cli.Run;
using ContentOps.Operator.Stores;
using ContentOps.Operator.Tests.TestSupport;

namespace ContentOps.Operator.Tests.Embedded;

/// <summary>A run converges: publish what needs no approval, hold the rest for named roles, then do nothing.</summary>
public sealed class EmbeddedRuntimeTests
{
    private const string Wechat = FixtureRepository.Wechat;
    private const string Rep = FixtureRepository.Rep;
    private const string Email = FixtureRepository.Email;

    [Fact]
    public async Task Run_PublishesPiecesThatNeedNoApproval_ToWebhookAndFile()
    {
        await using var scenario = await EmbeddedScenario.StartAsync();
        var report = await scenario.Harness.RunAsync();

        Assert.Equal(2, report.Published);
        Assert.Equal(ContentPiecePhase.Published, scenario.Harness.Status(Wechat).Phase);
        var post = Assert.Single(scenario.Receiver.Events("publish"));
        Assert.Equal("/wechat", post.Path);
        Assert.Equal($"cardio/{Wechat}", post.Piece);
        Assert.True(post.SignatureValid, "the HMAC-SHA256 signature must cover the exact body");
        Assert.Equal(scenario.Harness.Status(Wechat).ContentDigest, post.ContentDigest);
        Assert.Contains("安泰平®（阿莫地平片）", post.Body, StringComparison.Ordinal);

        Assert.Equal(ContentPiecePhase.Published, scenario.Harness.Status(Rep).Phase);
        var file = File.ReadAllText(scenario.Repository.File($"out/rep/cardio--{Rep}.md"));
        Assert.Contains(scenario.Harness.Status(Rep).ContentDigest!, file, StringComparison.Ordinal);
        Assert.Contains("头痛和踝部水肿", file, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_HoldsPieceNeedingApproval_NamingTheMissingRolesInStatusAndTable()
    {
        await using var scenario = await EmbeddedScenario.StartAsync();
        var report = await scenario.Harness.RunAsync();

        var status = scenario.Harness.Status(Email);
        Assert.Equal(ContentPiecePhase.AwaitingApproval, status.Phase);
        Assert.Equal(["legal", "medical"], status.Approvals!.Missing);
        Assert.Equal("approval: legal, medical", status.WaitingFor);
        var approved = scenario.Harness.Condition(Email, ConditionTypes.Approved);
        Assert.Equal((ConditionStatus.False, ConditionReasons.MissingApproval), (approved.Status, approved.Reason));
        Assert.DoesNotContain(scenario.Receiver.Deliveries, d => d.Path == "/email");
        var row = PieceTable.Render(report.Pieces).Split('\n').Single(line => line.Contains(Email, StringComparison.Ordinal));
        Assert.Contains("AwaitingApproval", row, StringComparison.Ordinal);
        Assert.Contains("approval: legal, medical", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_PublishesWaitingPiece_OnlyOnceEveryRequiredRoleApprovedItsDigest()
    {
        await using var scenario = await EmbeddedScenario.StartAsync();
        var harness = scenario.Harness;
        await harness.RunAsync();

        harness.Approve(Email, "medical");
        await harness.RunAsync();
        Assert.Equal(ContentPiecePhase.AwaitingApproval, harness.Status(Email).Phase);
        Assert.Equal("approval: legal", harness.Status(Email).WaitingFor);

        harness.Approve(Email, "legal");
        var report = await harness.RunAsync();
        Assert.Equal(1, report.Published);
        Assert.Equal(0, report.Generated);
        Assert.Equal(ContentPiecePhase.Published, harness.Status(Email).Phase);
        var post = Assert.Single(scenario.Receiver.Events("publish"), d => d.Path == "/email");
        Assert.True(post.SignatureValid);
        Assert.Equal(harness.Status(Email).ContentDigest, post.ContentDigest);
        Assert.True(harness.Approval($"{Email}-legal").Status!.Conditions!.Single(c => c.Type == ConditionTypes.Current).Status == ConditionStatus.True);
    }

    [Fact]
    public async Task SecondRun_DoesNothing_NoGenerationNoPublicationNoWrites()
    {
        await using var scenario = await EmbeddedScenario.StartAsync();
        var harness = scenario.Harness;
        await harness.RunAsync();
        harness.Approve(Email, "medical");
        harness.Approve(Email, "legal");
        await harness.RunAsync();
        var posts = scenario.Receiver.Deliveries.Count;
        var writes = harness.Runtime.State.WriteCount;
        var statuses = new[] { Wechat, Rep, Email }.Select(p => harness.Status(p).Conditions).ToList();

        var report = await harness.RunAsync();

        Assert.True(report.NothingDone && report.Sync.IsNoOp, $"generated {report.Generated}, reviewed {report.Reviewed}, published {report.Published}");
        Assert.Equal(0, report.Errors);
        Assert.Equal(posts, scenario.Receiver.Deliveries.Count);
        Assert.Equal(writes, harness.Runtime.State.WriteCount);
        Assert.Equal(statuses, new[] { Wechat, Rep, Email }.Select(p => harness.Status(p).Conditions).ToList());
        Assert.All(new[] { Wechat, Rep, Email }, p => Assert.Equal(ContentPiecePhase.Published, harness.Status(p).Phase));
    }

    [Fact]
    public async Task Run_ReconcilesEachPieceOnce_AStatusWriteDoesNotRequeueTheOtherPieces()
    {
        await using var scenario = await EmbeddedScenario.StartAsync();
        scenario.Repository.AddWechatArticles(4);

        await scenario.Harness.RunAsync();

        var reconciles = scenario.Harness.Runtime.Metrics.Reconciles;
        var pieceReconciles = reconciles.GetAllLabelValues().Where(l => l[0] == "ContentPiece").Sum(l => reconciles.WithLabels(l).Value);
        Assert.Equal(7, pieceReconciles);
        Assert.Equal(7, scenario.Harness.Runtime.Metrics.StatusWrites.WithLabels("ContentPiece").Value);
    }

    [Fact]
    public async Task Ledger_RecordsEveryPublicationOnce_UnderItsIdempotencyKey()
    {
        await using var scenario = await EmbeddedScenario.StartAsync();
        var harness = scenario.Harness;
        await harness.RunAsync();
        harness.Approve(Email, "medical");
        harness.Approve(Email, "legal");
        await harness.RunAsync();
        await harness.RunAsync();

        var entries = new List<LedgerEntry>();
        foreach (var piece in new[] { Wechat, Rep, Email })
        {
            entries.AddRange(await harness.LedgerAsync(piece));
        }

        Assert.Equal(3, entries.Count);
        Assert.All(entries, e => Assert.Equal(LedgerStates.Published, e.State));
        Assert.Equal(
            entries.Where(e => e.Channel != "rep-outbox").Select(e => e.IdempotencyKey).Order(StringComparer.Ordinal),
            scenario.Receiver.PublishedKeys);
        Assert.DoesNotContain(scenario.Receiver.Deliveries, d => d.Duplicate);
    }

    [Fact]
    public async Task SettledRerun_ReconcilesNothing_ButAfterAnUncleanRunEverythingAgain()
    {
        await using var scenario = await EmbeddedScenario.StartAsync();
        var harness = scenario.Harness;
        await harness.RunAsync();
        var afterFirst = Reconciles(harness);

        var settled = await harness.RunAsync();
        Assert.True(settled.NothingDone);
        Assert.Equal(afterFirst, Reconciles(harness));

        // A run killed mid-way leaves no clean-finish marker: the next run trusts nothing and looks at every resource.
        File.Delete(Path.Combine(harness.Runtime.State.Folder, "last-run-clean"));
        var recovered = await harness.RunAsync();
        Assert.True(recovered.NothingDone);
        Assert.True(Reconciles(harness) - afterFirst >= harness.Runtime.DeclaredInState().Count,
            "every declared resource should be reconciled after an unclean run");
    }

    private static double Reconciles(EmbeddedHarness harness) =>
        harness.Runtime.Metrics.Reconciles.GetAllLabelValues().Sum(labels => harness.Runtime.Metrics.Reconciles.WithLabels(labels).Value);

    /// <summary>Outside a Git repository the run has no revision; a piece's annotation then names its commit.</summary>
    [Fact]
    public async Task Run_OutsideGit_TakesTheSourceRevisionFromThePieceAnnotation_IntoStatusAndAudit()
    {
        const string Revision = "9f1c2ab4d0e7";
        await using var scenario = await EmbeddedScenario.StartAsync();
        scenario.Repository.AnnotateSourceRevision(Wechat, Revision);

        await scenario.Harness.RunAsync();

        Assert.Equal(Revision, scenario.Harness.Status(Wechat).SourceRevision);
        Assert.Null(scenario.Harness.Status(Rep).SourceRevision);
        var audit = await scenario.Harness.Runtime.State.Audit.ReadAsync($"ContentPiece/cardio/{Wechat}", 10, CancellationToken.None);
        Assert.NotEmpty(audit);
        Assert.All(audit, record => Assert.Equal(Revision, record.SourceRevision));
    }
}
