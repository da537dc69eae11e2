using ContentOps.Core.Api;
using ContentOps.Operator.Declarations;
using ContentOps.Operator.Declarations.Diagnostics;
using ContentOps.Operator.Embedded;
using ContentOps.Operator.Planning;
using Microsoft.Extensions.Time.Testing;

namespace ContentOps.Operator.Tests.Planning;

public sealed class PlannerTests
{
    private const string MlrPieces = "klp-banner-webinar klp-email-launch klp-email-webinar-invite klp-sms-webinar-reminder klp-video-mechanism klp-wechat-efficacy-metformin klp-wechat-mechanism";

    /// <summary>Before every publishAt of the examples, so nothing depends on the day the tests run.</summary>
    private static readonly DateTimeOffset _now = new(2026, 11, 20, 9, 0, 0, TimeSpan.FromHours(8));

    internal static void AddForbiddenGenericName(ExampleRepository repo) =>
        File.AppendAllText(Path.Combine(repo.Examples, "policies/company-sop.yaml"), """
                - id: no-generic-name
                  kind: forbiddenTerms
                  severity: block
                  terms:
                    - term: 澜格列汀片
                  message: 测试规则：不得出现通用名。

            """);

    private static async Task<PlanReport> PlanAsync(ExampleRepository repo, string? baseRevision)
    {
        var loader = new DeclarationLoader();
        var head = loader.Load(repo.Examples);
        Assert.False(head.HasErrors, string.Join("\n", head.Diagnostics));
        var paths = new DiagnosticPaths(head.Root, repo.Root);
        var before = baseRevision is null ? PlanSide.Empty : PlanSources.FromDeclarations(loader.Load(repo.Examples, baseRevision), baseRevision, paths);
        return await new Planner(new FakeTimeProvider(_now)).PlanAsync(before, PlanSources.FromDeclarations(head, null, paths), CancellationToken.None);
    }

    /// <summary>What the plan is checked against: a real run of the embedded runtime at the same clock (caller disposes it).</summary>
    private static async Task<(EmbeddedRuntime Runtime, RunReport Run)> RunAsync(ExampleRepository repo)
    {
        var time = new FakeTimeProvider(_now);
        var runtime = EmbeddedRuntime.Open(Path.Combine(repo.Root, "state"), repo.Examples, null, new EmbeddedOptions { Workers = 2 }, time);
        var declared = new DeclarationLoader(time, DeclarationLimits.Default).Load(repo.Examples);
        return (runtime, await runtime.ReconcileAsync([.. declared.Resources.Select(d => d.Resource)], null, null, CancellationToken.None));
    }

    private static IEnumerable<ResourcePlan> Pieces(PlanReport report) => report.Resources.Where(r => r.Kind == "ContentPiece");

    [Fact]
    public async Task Plan_PolicyEdit_ReReviewsExactlyTheSelectedPieces_WithTheNewBlockingFinding()
    {
        using var repo = new ExampleRepository();
        AddForbiddenGenericName(repo);

        var report = await PlanAsync(repo, "HEAD");

        Assert.Equal(MlrPieces.Split(' '), Pieces(report).Select(p => p.Name));
        // The appended rule's line, so edits elsewhere in the policy (the review rules grow) do not move this test.
        var ruleLine = Array.FindIndex(File.ReadAllLines(Path.Combine(repo.Examples, "policies/company-sop.yaml")), l => l.Contains("- id: no-generic-name", StringComparison.Ordinal)) + 1;
        Assert.All(Pieces(report), piece =>
        {
            Assert.Null(piece.Piece!.Generate);
            Assert.True(piece.Piece.ReReview);
            Assert.Contains(piece.Piece.ReviewReasons, r => r.Text == "policy company-sop-mlr-approval: rule no-generic-name added" && r.Location == $"examples/policies/company-sop.yaml:{ruleLine}");
            Assert.Contains(piece.Piece.Review!.Findings, f => f.Rule == "company-sop-mlr-approval/no-generic-name" && f.Match == "澜格列汀片" && f.Severity == "block" && f.Line > 0);
            Assert.StartsWith("blocked by ", piece.Piece.Publish);
        });
        var policy = Assert.Single(report.Resources, r => r.Kind == "SopPolicy");
        Assert.Equal(MlrPieces.Split(' ').Select(p => "diabetes/" + p), policy.Affects);
        Assert.Equal(MlrPieces.Split(' ').Length, report.ToReReview);
        Assert.Equal(0, report.ToGenerate);
    }

    [Fact]
    public async Task Plan_NewPiece_IsGenerated_AndReviewedWithItsFindings()
    {
        using var repo = new ExampleRepository();
        var sms = File.ReadAllText(Path.Combine(repo.Examples, "pieces/klp-sms-webinar-reminder.yaml"));
        repo.Write("pieces/klp-sms-webinar-reminder-2.yaml", sms.Replace("name: klp-sms-webinar-reminder", "name: klp-sms-webinar-reminder-2", StringComparison.Ordinal)
            .Replace("不写疗效数据", "写“疗效最佳，绝对安全”", StringComparison.Ordinal));

        var report = await PlanAsync(repo, "HEAD");

        var added = Assert.Single(report.Resources);
        Assert.Equal("+", added.Action);
        Assert.Equal("klp-sms-webinar-reminder-2", added.Name);
        Assert.Equal("examples/pieces/klp-sms-webinar-reminder-2.yaml:2", added.Location);
        Assert.Equal("generate", added.Piece!.Generate);
        Assert.NotNull(added.Piece.Review);
        Assert.Equal(added.Piece.Review.Blocking + added.Piece.Review.Warnings, added.Piece.Review.Findings.Count);
        Assert.Equal("legal, medical, regulatory needed (new content)", added.Piece.Approval);
    }

    /// <summary>
    /// A blocking finding the policy can fix (a forbidden term with a replacement) is auto-fixed by the run, which then
    /// publishes; the plan must say the same, not "blocked".
    /// </summary>
    [Fact]
    public async Task Plan_AutoFixableFinding_IsRemediated_AndPublishes_AsTheRunDoes()
    {
        const string Piece = "klp-rep-talk-track-community";
        using var repo = new ExampleRepository();
        repo.Replace($"pieces/{Piece}.yaml", "基层全科医生拜访话术：每日一次与低血糖风险", "基层全科医生拜访话术：最佳每日一次方案与低血糖风险");

        var report = await PlanAsync(repo, "HEAD");

        var plan = Assert.Single(Pieces(report)).Piece!;
        var remediation = Assert.Single(plan.Remediations);
        Assert.Contains("auto-fixed 1 finding(s) on rep-talk-tracks", remediation, StringComparison.Ordinal);
        Assert.Contains("china-drug-ad/absolute-terms «最佳»", remediation, StringComparison.Ordinal);
        Assert.Equal(0, plan.Review!.Blocking);
        Assert.DoesNotContain("blocked", plan.Publish, StringComparison.Ordinal);

        var (runtime, run) = await RunAsync(repo);
        using var _ = runtime;

        var piece = run.Pieces.Single(p => p.Metadata.Name == Piece);
        Assert.Equal(plan.Publish!.StartsWith("publish to", StringComparison.Ordinal) ? ContentPiecePhase.Published : ContentPiecePhase.Scheduled, piece.Status!.Phase);
        var audit = await runtime.State.Audit.ReadAsync($"ContentPiece/diabetes/{Piece}", 10, CancellationToken.None);
        Assert.Contains(audit, a => a.Action == "Remediated");
    }

    /// <summary>A piece whose expireAt has passed is not published by the run: the plan says expired, not "publish".</summary>
    [Fact]
    public async Task Plan_PieceExpiredAtHead_IsPlannedAsExpired_AsTheRunDoes()
    {
        const string Piece = "klp-wechat-efficacy-metformin";
        using var repo = new ExampleRepository();
        repo.Replace($"pieces/{Piece}.yaml", "publishAt: \"2026-11-20T09:30:00+08:00\"", "publishAt: \"2026-11-17T09:30:00+08:00\"");
        repo.Replace($"pieces/{Piece}.yaml", "expireAt: \"2027-11-30T23:59:59+08:00\"", "expireAt: \"2026-11-19T23:59:59+08:00\"");

        var report = await PlanAsync(repo, "HEAD");

        var plan = Assert.Single(Pieces(report)).Piece!;
        Assert.StartsWith("expired at 2026-11-19", plan.Publish, StringComparison.Ordinal);
        Assert.Empty(plan.PublishTo);

        var (runtime, run) = await RunAsync(repo);
        using var _ = runtime;
        Assert.Equal(ContentPiecePhase.Expired, run.Pieces.Single(p => p.Metadata.Name == Piece).Status!.Phase);
    }

    /// <summary>
    /// The plan's promise for every piece (publish, scheduled, awaiting approval, expired) is the phase the run then
    /// reaches, including a piece the run auto-fixes and one past its expiry.
    /// </summary>
    [Fact]
    public async Task Plan_PredictsThePhaseTheRunReaches_ForEveryPiece()
    {
        using var repo = new ExampleRepository();
        repo.Replace("pieces/klp-rep-talk-track-community.yaml", "基层全科医生拜访话术：每日一次与低血糖风险", "基层全科医生拜访话术：最佳每日一次方案与低血糖风险");
        repo.Replace("pieces/klp-wechat-efficacy-metformin.yaml", "publishAt: \"2026-11-20T09:30:00+08:00\"", "publishAt: \"2026-11-17T09:30:00+08:00\"");
        repo.Replace("pieces/klp-wechat-efficacy-metformin.yaml", "expireAt: \"2027-11-30T23:59:59+08:00\"", "expireAt: \"2026-11-19T23:59:59+08:00\"");

        var report = await PlanAsync(repo, null);
        var (runtime, run) = await RunAsync(repo);
        using var _ = runtime;

        var predicted = Pieces(report).ToDictionary(p => p.Name, p => PhaseOf(p.Piece!.Publish!), StringComparer.Ordinal);
        var reached = run.Pieces.ToDictionary(p => p.Metadata.Name, p => p.Status!.Phase ?? "", StringComparer.Ordinal);
        Assert.Equal(predicted.OrderBy(p => p.Key, StringComparer.Ordinal), reached.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(ContentPiecePhase.Expired, reached["klp-wechat-efficacy-metformin"]);
        Assert.Equal(ContentPiecePhase.Published, reached["klp-rep-talk-track-community"]);
    }

    private static string PhaseOf(string publish) => publish switch
    {
        _ when publish.StartsWith("publish to", StringComparison.Ordinal) => ContentPiecePhase.Published,
        _ when publish.StartsWith("scheduled", StringComparison.Ordinal) => ContentPiecePhase.Scheduled,
        _ when publish.StartsWith("awaiting approval", StringComparison.Ordinal) => ContentPiecePhase.AwaitingApproval,
        _ when publish.StartsWith("blocked by", StringComparison.Ordinal) => ContentPiecePhase.ReviewFailed,
        _ when publish.StartsWith("expired at", StringComparison.Ordinal) => ContentPiecePhase.Expired,
        _ => publish,
    };

    [Fact]
    public async Task Plan_AgainstNothing_CreatesEverything_InDependencyOrder()
    {
        using var repo = new ExampleRepository();

        var report = await PlanAsync(repo, null);

        Assert.All(report.Resources, r => Assert.Equal("+", r.Action));
        Assert.Equal(["ClaimLibrary", "KnowledgeSource", "Audience", "ChannelTarget", "SopPolicy", "Campaign", "ContentPiece", "Approval"], report.Resources.Select(r => r.Kind).Distinct());
        Assert.Equal(Directory.GetFiles(Path.Combine(repo.Examples, "pieces"), "*.yaml").Length, report.ToGenerate);
        Assert.Equal(0, report.Unchanged);
    }

    [Fact]
    public async Task Plan_WithoutChanges_IsEmpty()
    {
        using var repo = new ExampleRepository();

        var report = await PlanAsync(repo, "HEAD");

        Assert.Empty(report.Resources);
        Assert.Equal(new ContentOps.Operator.Declarations.DeclarationLoader().Load(repo.Examples).Resources.Count, report.Unchanged);
        Assert.Equal("Plan: 0 to generate, 0 to re-review, 0 to publish, 0 to withdraw; 0 blocking findings.", report.Summary);
    }

    [Fact]
    public async Task Plan_ScheduleOnlyEdit_DoesNotRegenerate()
    {
        using var repo = new ExampleRepository();
        repo.Replace("pieces/klp-wechat-mechanism.yaml", "publishAt: \"2027-01-10T09:30:00+08:00\"", "publishAt: \"2027-01-11T09:30:00+08:00\"");

        var report = await PlanAsync(repo, "HEAD");

        var piece = Assert.Single(report.Resources);
        Assert.Null(piece.Piece!.Generate);
        Assert.False(piece.Piece.ReReview);
        Assert.Equal(["spec.schedule.publishAt changed"], piece.Changes.Select(c => c.Text));
    }
}
