using ContentOps.Core.Api;
using ContentOps.Core.Api.Claims;
using ContentOps.Core.Api.Knowledge;
using ContentOps.Operator.Declarations;
using ContentOps.Operator.Declarations.Diagnostics;
using ContentOps.Operator.Embedded;
using ContentOps.Operator.Planning;
using Microsoft.Extensions.Time.Testing;

namespace ContentOps.Operator.Tests.Planning;

/// <summary>Where-used in plan (a claim change in a real Git repository) and in ClaimLibrary/KnowledgeSource status after a run.</summary>
public sealed class WhereUsedPlanTests
{
    private const string Claims = "claims/klp-claims.yaml";
    private static readonly DateTimeOffset _now = new(2026, 11, 20, 9, 0, 0, TimeSpan.FromHours(8));

    private static async Task<PlanReport> PlanAgainstHeadAsync(ExampleRepository repo)
    {
        var loader = new DeclarationLoader();
        var head = loader.Load(repo.Examples);
        Assert.False(head.HasErrors, string.Join("\n", head.Diagnostics));
        var paths = new DiagnosticPaths(head.Root, repo.Root);
        var before = PlanSources.FromDeclarations(loader.Load(repo.Examples, "HEAD"), "HEAD", paths);
        return await new Planner(new FakeTimeProvider(_now)).PlanAsync(before, PlanSources.FromDeclarations(head, null, paths), CancellationToken.None);
    }

    [Fact]
    public async Task Plan_ClaimNumberChange_ListsThePiecesItRegenerates_WithTheClaimsLine()
    {
        using var repo = new ExampleRepository();
        repo.Replace(Claims, "HbA1c<7.0%的患者比例分别为41.3%和18.6%", "HbA1c<7.0%的患者比例分别为43.1%和18.6%");

        var report = await PlanAgainstHeadAsync(repo);

        var library = Assert.Single(report.Resources, r => r.Kind == "ClaimLibrary");
        var note = Assert.Single(library.WhereUsed);
        Assert.StartsWith("claim klp-hba1c-24w-met changed: regenerates 1 piece(s): diabetes/klp-wechat-efficacy-metformin", note.Text, StringComparison.Ordinal);
        var line = Array.FindIndex(File.ReadAllLines(Path.Combine(repo.Examples, Claims)), l => l.Contains("- id: klp-hba1c-24w-met", StringComparison.Ordinal)) + 1;
        Assert.Equal($"examples/{Claims}:{line}", note.Location);
        Assert.Contains("where-used: claim klp-hba1c-24w-met changed", PlanTextRenderer.Render(report), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_ClaimWithdrawn_SaysWhatTheRetractionWithdraws()
    {
        using var repo = new ExampleRepository();
        var yaml = File.ReadAllText(Path.Combine(repo.Examples, Claims));
        var at = yaml.IndexOf("- id: klp-hba1c-24w-met", StringComparison.Ordinal);
        var category = yaml.IndexOf("category: efficacy", at, StringComparison.Ordinal);
        repo.Write(Claims, yaml.Insert(category, "status: withdrawn\n      "));

        var report = await PlanAgainstHeadAsync(repo);

        var note = Assert.Single(Assert.Single(report.Resources, r => r.Kind == "ClaimLibrary").WhereUsed);
        Assert.StartsWith("claim klp-hba1c-24w-met withdrawn: withdraws ", note.Text, StringComparison.Ordinal);
        Assert.Contains("diabetes/klp-wechat-efficacy-metformin", note.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ReportsWhereUsed_InClaimLibraryAndKnowledgeSourceStatus()
    {
        using var repo = new ExampleRepository(git: false);
        var time = new FakeTimeProvider(_now);
        using var runtime = EmbeddedRuntime.Open(Path.Combine(repo.Root, "state"), repo.Examples, null, new EmbeddedOptions { Workers = 2 }, time);
        var declared = new DeclarationLoader(time, DeclarationLimits.Default).Load(repo.Examples);
        await runtime.ReconcileAsync([.. declared.Resources.Select(d => d.Resource)], null, null, CancellationToken.None);

        var library = (ClaimLibrary)runtime.State.Resources.Get(new ResourceKey("ClaimLibrary", "diabetes", "klp-claims"))!;
        var usage = Assert.Single(library.Status!.UsedBy!, u => u.Claim == "klp-hba1c-24w-met");
        Assert.Equal(["klp-wechat-efficacy-metformin"], usage.PieceNames);
        Assert.Equal(1, usage.Pieces);
        Assert.DoesNotContain(library.Status.UsedBy!, u => u.Claim == "klp-hba1c-12w-phase2");
        Assert.All(library.Status.UsedBy!, u => Assert.True(u.PieceNames!.Count <= ClaimUsage.MaxNames));

        var source = (KnowledgeSource)runtime.State.Resources.Get(new ResourceKey("KnowledgeSource", "diabetes", "lantern-2-publication"))!;
        Assert.NotNull(source.Status!.UsedBy);
        Assert.True(source.Status.UsedBy.Claims >= 2);
        Assert.Contains("klp-wechat-efficacy-metformin", source.Status.UsedBy.PieceNames!);
        Assert.Equal(source.Status.UsedBy.LivePieces > 0, source.Status.UsedBy.Channels is { Count: > 0 });
    }
}
