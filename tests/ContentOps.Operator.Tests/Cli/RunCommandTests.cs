using ContentOps.Operator.Cli;
using ContentOps.Operator.Tests.Planning;
using ContentOps.Operator.Tests.TestSupport;

namespace ContentOps.Operator.Tests.Cli;

/// <summary>`contentops run`, `approve` and `status` as a user types them.</summary>
public sealed class RunCommandTests
{
    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliRunner.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Run_Examples_ExitsZero_ShowsTheKnowledgeAndWhereToLookNext_AndASecondRunSaysNothingToDo()
    {
        using var examples = new ExampleRepository();

        var (exit, output, error) = await RunAsync("run", examples.Examples);
        Assert.True(exit == CliRunner.Success, output + error);
        Assert.Contains("PHASE", output, StringComparison.Ordinal);
        Assert.Contains("klp-sms-webinar-reminder", output, StringComparison.Ordinal);
        var claims = System.Text.RegularExpressions.Regex.Match(output, @"ClaimLibrary diabetes/klp-claims: (\d+) approved claim\(s\), (\d+) anchored");
        Assert.True(claims.Success, output);
        Assert.True(int.Parse(claims.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) > 0, claims.Value);
        Assert.Equal(claims.Groups[1].Value, claims.Groups[2].Value);
        Assert.Matches(@"KnowledgeSource diabetes/\S+: \d+ file\(s\), [1-9]\d* passage\(s\)", output);
        Assert.Contains("Look closer:", output, StringComparison.Ordinal);
        Assert.Contains("contentops report klp-launch-2026 ", output, StringComparison.Ordinal);

        var (again, secondOutput, secondError) = await RunAsync("run", examples.Examples);
        Assert.True(again == CliRunner.Success, secondOutput + secondError);
        Assert.Contains("Nothing to do", secondOutput, StringComparison.Ordinal);
        Assert.DoesNotContain(" → ", secondOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("Look closer:", secondOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Examples_PublishesWhatNeedsNoOrHasApproval_AndTheRestWaitsForNamedRoles()
    {
        using var examples = new ExampleRepository();

        var (exit, output, error) = await RunAsync("run", examples.Examples);

        Assert.True(exit == CliRunner.Success, output + error);
        var rows = output.Split('\n').Where(l => l.StartsWith("diabetes/", StringComparison.Ordinal)).ToList();
        string Row(string piece) => Assert.Single(rows, r => r.StartsWith($"diabetes/{piece} ", StringComparison.Ordinal));
        Assert.Contains(" Published ", Row("klp-rep-talk-track-community"), StringComparison.Ordinal);
        Assert.Contains(" Published ", Row("klp-wechat-efficacy-metformin"), StringComparison.Ordinal);
        Assert.Contains(" Published ", Row("klp-email-webinar-invite"), StringComparison.Ordinal);
        foreach (var waiting in new[] { "klp-email-launch", "klp-sms-webinar-reminder", "klp-wechat-mechanism" })
        {
            Assert.Contains("AwaitingApproval", Row(waiting), StringComparison.Ordinal);
            Assert.Contains("approval: legal, medical, regulatory", Row(waiting), StringComparison.Ordinal);
        }

        Assert.All(rows, r => Assert.Contains(" 0 block,", r, StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(examples.Examples, "out", "rep-talk-tracks", "diabetes--klp-rep-talk-track-community.md")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(examples.Examples, "out", "wechat")));
    }

    [Fact]
    public async Task Rerun_OnUnchangedFiles_SkipsParsing_ButAnyEditIsValidatedAndApplied()
    {
        using var examples = new ExampleRepository();
        Assert.Equal(CliRunner.Success, (await RunAsync("run", examples.Examples)).Exit);

        var (_, unchanged, _) = await RunAsync("run", examples.Examples);
        Assert.Contains("declarations unchanged since they were last validated", unchanged, StringComparison.Ordinal);
        Assert.Contains("Nothing to do", unchanged, StringComparison.Ordinal);

        var piece = Path.Combine(examples.Examples, "pieces", "klp-wechat-mechanism.yaml");
        File.WriteAllText(piece, File.ReadAllText(piece).Replace("format: wechat-article", "format: wechat-artikel", StringComparison.Ordinal));
        var (broken, _, error) = await RunAsync("run", examples.Examples);
        Assert.Equal(CliRunner.Failure, broken);
        Assert.Contains("CO0208", error, StringComparison.Ordinal);

        File.WriteAllText(piece, File.ReadAllText(piece).Replace("format: wechat-artikel", "format: wechat-article", StringComparison.Ordinal)
            .Replace("作用机制回顾", "作用机制综述", StringComparison.Ordinal));
        var (exit, edited, _) = await RunAsync("run", examples.Examples);
        Assert.Equal(CliRunner.Success, exit);
        Assert.DoesNotContain("declarations unchanged", edited, StringComparison.Ordinal);
        Assert.Contains("klp-wechat-mechanism → AwaitingApproval", edited, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rerun_AfterEditingOnlyTheDetectorExamplesOrAKnowledgeDocument_LoadsAgain_AndReviewsWithTheNewExamples()
    {
        using var examples = new ExampleRepository();
        Assert.Equal(CliRunner.Success, (await RunAsync("run", examples.Examples)).Exit);

        var tsv = Path.Combine(examples.Examples, "policies", "china-drug-advertising.examples.tsv");
        File.AppendAllText(tsv, "compliant\t请在医生指导下按说明书使用本品。\n");
        var (exit, edited, error) = await RunAsync("run", examples.Examples);
        Assert.True(exit == CliRunner.Success, edited + error);
        Assert.DoesNotContain("declarations unchanged", edited, StringComparison.Ordinal);
        Assert.Matches(@"reviewed [1-9]\d* piece\(s\)", edited);

        var (_, unchanged, _) = await RunAsync("run", examples.Examples);
        Assert.Contains("declarations unchanged since they were last validated", unchanged, StringComparison.Ordinal);
        Assert.Contains("Nothing to do", unchanged, StringComparison.Ordinal);

        var label = Directory.EnumerateFiles(Path.Combine(examples.Examples, "knowledge"), "*.md", SearchOption.AllDirectories).First();
        File.AppendAllText(label, "\n");
        var (_, relabelled, _) = await RunAsync("run", examples.Examples);
        Assert.DoesNotContain("declarations unchanged", relabelled, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunApproveRun_PublishesTheApprovedPiece_ThenNothingToDo()
    {
        await using var receiver = await WebhookReceiver.StartAsync(EmbeddedScenario.Secret);
        using var repository = FixtureRepository.Create(receiver.BaseUrl);
        Environment.SetEnvironmentVariable(repository.SecretVariable, EmbeddedScenario.Secret);
        try
        {
            var (exit, output, error) = await RunAsync("run", repository.Root);
            Assert.True(exit == CliRunner.Success, output + error);
            var emailRow = Row(output, FixtureRepository.Email);
            Assert.Contains("AwaitingApproval", emailRow, StringComparison.Ordinal);
            Assert.Contains("approval: legal, medical", emailRow, StringComparison.Ordinal);
            Assert.Contains("Published", Row(output, FixtureRepository.Wechat), StringComparison.Ordinal);
            Assert.Contains("published 2", output, StringComparison.Ordinal);

            foreach (var (role, by) in new[] { ("medical", "医学部 王某"), ("legal", "法务部 李某") })
            {
                var approve = await RunAsync("approve", FixtureRepository.Email, "--role", role, "--by", by, "--comment", "数据与说明书一致", "--path", repository.Root);
                Assert.True(approve.Exit == CliRunner.Success, approve.Output + approve.Error);
                Assert.True(File.Exists(repository.File($"approvals/{FixtureRepository.Email}-{role}.yaml")));
            }

            var (approvedExit, approvedOutput, approvedError) = await RunAsync("run", repository.Root);
            Assert.True(approvedExit == CliRunner.Success, approvedOutput + approvedError);
            Assert.Contains("Published", Row(approvedOutput, FixtureRepository.Email), StringComparison.Ordinal);
            Assert.Contains("Generated 0 rendition(s), reviewed 0 piece(s), published 1", approvedOutput, StringComparison.Ordinal);
            var email = Assert.Single(receiver.Events("publish"), d => d.Path == "/email");
            Assert.True(email.SignatureValid);

            var (_, lastOutput, _) = await RunAsync("run", repository.Root);
            Assert.Contains("Nothing to do", lastOutput, StringComparison.Ordinal);
            Assert.Equal(2, receiver.Deliveries.Count);

            var (statusExit, status, _) = await RunAsync("status", repository.Root);
            Assert.Equal(CliRunner.Success, statusExit);
            Assert.All([FixtureRepository.Wechat, FixtureRepository.Rep, FixtureRepository.Email],
                piece => Assert.Contains("Published", Row(status, piece), StringComparison.Ordinal));
            Assert.Matches(@"\nClaimLibrary \S+/\S+: [1-9]\d* approved claim\(s\)", status);
        }
        finally
        {
            Environment.SetEnvironmentVariable(repository.SecretVariable, null);
        }
    }

    private static string Row(string table, string piece) =>
        table.Split('\n').Single(line => line.StartsWith($"{FixtureRepository.Namespace}/{piece} ", StringComparison.Ordinal)
            || line.StartsWith($"diabetes/{piece} ", StringComparison.Ordinal));
}
