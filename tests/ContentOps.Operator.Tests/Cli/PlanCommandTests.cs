using System.Text.Json;
using ContentOps.Operator.Cli;
using ContentOps.Operator.Declarations;
using ContentOps.Operator.Embedded;
using ContentOps.Operator.Stores.Local;
using ContentOps.Operator.Tests.Planning;

namespace ContentOps.Operator.Tests.Cli;

public sealed class PlanCommandTests
{
    private const string ClaimOld = "HbA1c较基线平均降低0.76%，安慰剂联合二甲双胍组降低0.12%；";
    private const string ClaimNew = "HbA1c较基线平均降低0.78%，安慰剂联合二甲双胍组降低0.12%；";

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliRunner.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static string[] Blocks(string output) => output.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);

    private static string Block(string output, string header) => Assert.Single(Blocks(output), b => b.StartsWith(header, StringComparison.Ordinal));

    [Fact]
    public async Task Plan_BaseParentOfHead_ExplainsClaimEdit_RegeneratesOnlyItsPieces_AndNamesTheClaimLine()
    {
        using var repo = new ExampleRepository();
        repo.Replace("claims/klp-claims.yaml", ClaimOld, ClaimNew);
        repo.Commit("Correct the LANTERN-2 HbA1c reduction");
        var claimLine = File.ReadAllLines(Path.Combine(repo.Examples, "claims/klp-claims.yaml")).ToList().FindIndex(l => l.Contains("- id: klp-hba1c-24w-met", StringComparison.Ordinal)) + 3;

        var (exit, output, _) = await RunAsync("plan", repo.Examples, "--base", repo.Branch + "~1", "--head", repo.Branch);

        Assert.Equal(CliRunner.Success, exit);
        var library = Block(output, "~ ClaimLibrary diabetes/klp-claims");
        Assert.Contains($"claim klp-hba1c-24w-met text changed  ({repo.Examples}/claims/klp-claims.yaml:{claimLine})", library);
        Assert.Contains("affects: diabetes/klp-wechat-efficacy-metformin", library);
        var piece = Block(output, "~ ContentPiece diabetes/klp-wechat-efficacy-metformin");
        Assert.Contains($"regenerate: claim klp-hba1c-24w-met text changed  ({repo.Examples}/claims/klp-claims.yaml:{claimLine})", piece);
        Assert.Contains("approval: legal, medical, regulatory needed again (content digest will change)", piece);
        Assert.Single(Blocks(output), b => b.StartsWith("~ ContentPiece", StringComparison.Ordinal));
        Assert.Contains("Plan: 1 to generate, 0 to re-review", output);
    }

    [Fact]
    public async Task Plan_DefaultsToTheAppliedState_AndReportsAClaimEditRelativeToIt()
    {
        using var repo = new ExampleRepository(git: false);
        var declarations = new DeclarationLoader().Load(repo.Examples);
        using (var runtime = EmbeddedRuntime.Open(LocalStateStore.DefaultFolderFor(repo.Examples), declarations.Root, null, new EmbeddedOptions { Workers = 1 }, TimeProvider.System))
        {
            await runtime.ReconcileAsync([.. declarations.Resources.Select(d => d.Resource)], null, null, CancellationToken.None);
        }

        var (_, unchanged, _) = await RunAsync("plan", repo.Examples);
        repo.Replace("claims/klp-claims.yaml", ClaimOld, ClaimNew);
        var (exit, output, _) = await RunAsync("plan", repo.Examples);

        Assert.Equal(CliRunner.Success, exit);
        Assert.Contains("No changes", unchanged);
        Assert.StartsWith("ContentOps plan: base applied state in ", output);
        var piece = Block(output, "~ ContentPiece diabetes/klp-wechat-efficacy-metformin");
        Assert.Contains("regenerate: claim klp-hba1c-24w-met text changed", piece);
        Assert.Contains("needed again (content digest will change)", piece);
        Assert.Single(Blocks(output), b => b.StartsWith("~ ContentPiece", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Plan_HasNoSideEffects_OnStateOrDeclarations()
    {
        using var repo = new ExampleRepository();
        var declarations = new DeclarationLoader().Load(repo.Examples);
        using (var runtime = EmbeddedRuntime.Open(LocalStateStore.DefaultFolderFor(repo.Examples), declarations.Root, declarations.SourceRevision, new EmbeddedOptions { Workers = 1 }, TimeProvider.System))
        {
            await runtime.ReconcileAsync([.. declarations.Resources.Select(d => d.Resource)], declarations.SourceRevision, null, CancellationToken.None);
        }

        repo.Replace("claims/klp-claims.yaml", ClaimOld, ClaimNew);
        repo.Delete("pieces/klp-sms-webinar-reminder.yaml");
        var before = repo.Fingerprint();

        await RunAsync("plan", repo.Examples);
        await RunAsync("plan", repo.Examples, "--format", "markdown");
        await RunAsync("plan", repo.Examples, "--base", repo.Branch, "--format", "json");

        Assert.Equal(before, repo.Fingerprint());
        Assert.False(Directory.Exists(Path.Combine(repo.Examples, "out")) && !before.Keys.Any(k => k.StartsWith("examples/out", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Plan_ShowsTheClaimsRecalledForAPiece_WithScoreAndWhy()
    {
        using var repo = new ExampleRepository();
        repo.Replace("pieces/klp-wechat-mechanism.yaml", "    variants: single", "    variants: single\n    recallClaims: 1");
        repo.Commit("Recall one more claim for the mechanism article");

        var (exit, output, _) = await RunAsync("plan", repo.Examples, "--base", repo.Branch + "~1", "--head", repo.Branch);

        Assert.Equal(CliRunner.Success, exit);
        var piece = Block(output, "~ ContentPiece diabetes/klp-wechat-mechanism");
        var recalled = Assert.Single(piece.Split('\n'), l => l.TrimStart().StartsWith("recalled: ", StringComparison.Ordinal));
        Assert.Matches(@"recalled: klp-[a-z0-9-]+ \(score \d\.\d{4}; (keyword rank \d+( \([^)]+\))?(, )?)?(vector rank \d+)?(, concepts \([^)]+\))?\): ", recalled);
    }

    [Fact]
    public async Task Plan_DeletedPiece_IsWithdrawnFromItsChannels()
    {
        using var repo = new ExampleRepository();
        repo.Delete("pieces/klp-sms-webinar-reminder.yaml");

        var (exit, output, _) = await RunAsync("plan", repo.Examples, "--base", "HEAD");

        Assert.Equal(CliRunner.Success, exit);
        var block = Block(output, "- ContentPiece diabetes/klp-sms-webinar-reminder");
        Assert.Contains("withdraw: from hcp-sms (deleted)", block);
        Assert.Contains("1 to withdraw", output);
    }

    [Fact]
    public async Task Plan_Markdown_HasSummaryTable_AndCollapsibleDetails()
    {
        using var repo = new ExampleRepository();
        repo.Replace("claims/klp-claims.yaml", ClaimOld, ClaimNew);

        var (exit, output, _) = await RunAsync("plan", repo.Examples, "--base", "HEAD", "--format", "markdown");

        Assert.Equal(CliRunner.Success, exit);
        Assert.Contains("| to generate | to re-review | to publish | to withdraw | blocking findings | unchanged |", output);
        Assert.Contains("<details><summary><code>~</code> ContentPiece diabetes/klp-wechat-efficacy-metformin: regenerate: claim klp-hba1c-24w-met text changed", output);
        Assert.Contains("</details>", output);
        Assert.Contains("**Plan: 1 to generate", output);
    }

    [Fact]
    public async Task Plan_Json_IsParseable_WithCountsAndResources()
    {
        using var repo = new ExampleRepository();
        repo.Replace("claims/klp-claims.yaml", ClaimOld, ClaimNew);

        var (exit, output, _) = await RunAsync("plan", repo.Examples, "--base", "HEAD", "--format", "json");

        Assert.Equal(CliRunner.Success, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(1, json.RootElement.GetProperty("toGenerate").GetInt32());
        var piece = json.RootElement.GetProperty("resources").EnumerateArray().Single(r => r.GetProperty("kind").GetString() == "ContentPiece");
        Assert.Equal("regenerate", piece.GetProperty("piece").GetProperty("generate").GetString());
    }

    [Fact]
    public async Task Plan_InvalidHead_ExitsOne_WithDiagnostics()
    {
        using var repo = new ExampleRepository();
        repo.Replace("pieces/klp-sms-webinar-reminder.yaml", "  campaign: klp-launch-2026", "  campaing: klp-launch-2026");

        var (exit, output, error) = await RunAsync("plan", repo.Examples);

        Assert.Equal(CliRunner.Failure, exit);
        Assert.Contains("klp-sms-webinar-reminder.yaml:", output);
        Assert.Contains("error CO", output);
        Assert.Contains("nothing was planned", error);
    }

    [Fact]
    public async Task Plan_UnknownBaseRevision_ExitsOne()
    {
        using var repo = new ExampleRepository();

        var (exit, _, error) = await RunAsync("plan", repo.Examples, "--base", "no-such-branch");

        Assert.Equal(CliRunner.Failure, exit);
        Assert.Contains("cannot be read", error);
    }

    [Fact]
    public async Task Plan_FailOnBlocking_ExitsOne_WhenPlannedContentHasBlockingFindings()
    {
        using var repo = new ExampleRepository();
        PlannerTests.AddForbiddenGenericName(repo);

        var (plain, _, _) = await RunAsync("plan", repo.Examples, "--base", "HEAD");
        var (gated, _, _) = await RunAsync("plan", repo.Examples, "--base", "HEAD", "--fail-on-blocking");

        Assert.Equal(CliRunner.Success, plain);
        Assert.Equal(CliRunner.Failure, gated);
    }

    [Fact]
    public async Task Plan_UnknownFormat_IsAUsageError_AndHelpHasExamples()
    {
        var (exit, _, _) = await RunAsync("plan", ".", "--format", "yaml");
        var (_, help, _) = await RunAsync("plan", "--help");

        Assert.Equal(CliRunner.UsageError, exit);
        Assert.Contains("contentops plan examples --base main --head HEAD --format markdown", help);
    }
}
