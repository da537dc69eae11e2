using ContentOps.Core.Api;
using ContentOps.Operator.Cli;
using ContentOps.Operator.Cli.Run;
using ContentOps.Operator.Stores.Local;
using ContentOps.Operator.Tests.Planning;
using Microsoft.Extensions.Time.Testing;

namespace ContentOps.Operator.Tests.Cli;

/// <summary>A broken commit on main never stops the clock: the last applied revision keeps being reconciled.</summary>
public sealed class LastAppliedRevisionTests
{
    private const string Rep = "klp-rep-talk-track-community";

    private static async Task<(int Exit, string Output, string Error)> RunAsync(FakeTimeProvider time, string path)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await new RunVerb(output, error, time).ExecuteAsync(new RunArguments(path, null, null, false, null, null, null), CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }

    private static async Task<(int Exit, string Output, string Error)> StatusAsync(string path)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliRunner.RunAsync(["status", path], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task TypoCommit_ReportsEveryError_AppliesNothingFromIt_AndStillExpiresAnotherPiece()
    {
        using var repo = new ExampleRepository();
        var good = repo.Head;
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.FromHours(8)));
        var (first, published, firstError) = await RunAsync(time, repo.Examples);
        Assert.True(first == CliRunner.Success, published + firstError);
        Assert.Matches($@"diabetes/{Rep}\s+rep-talk-track\s+Published", published);

        // A colleague's commit: two typos in two other files, and an edit that must not be applied.
        repo.Replace("pieces/klp-wechat-mechanism.yaml", "format: wechat-article", "format: wechat-artikel");
        repo.Replace("pieces/klp-email-launch.yaml", "channels: [", "chanels: [");
        repo.Replace("pieces/klp-sms-webinar-reminder.yaml", "format: sms", "format: sms\n  title: 不应生效的标题");
        var typo = repo.Commit("Typo");
        time.SetUtcNow(new DateTimeOffset(2027, 12, 1, 9, 0, 0, TimeSpan.FromHours(8)));

        var (exit, output, error) = await RunAsync(time, repo.Examples);

        Assert.Equal(CliRunner.Failure, exit);
        Assert.Contains("CO0208", error, StringComparison.Ordinal);
        Assert.Contains("CO0206", error, StringComparison.Ordinal);
        Assert.Contains($"Nothing from {typo[..12]} was applied", error, StringComparison.Ordinal);
        Assert.Contains($"last applied revision {good[..12]}", output, StringComparison.Ordinal);
        Assert.Matches($@"diabetes/{Rep}\s+rep-talk-track\s+Expired", output);

        using (var state = LocalStateStore.Open(LocalStateStore.DefaultFolderFor(repo.Examples), new LocalStateOptions { ReadOnly = true }))
        {
            var sms = (Core.Api.ContentPieces.ContentPiece)state.Resources.Get(new ResourceKey("ContentPiece", "diabetes", "klp-sms-webinar-reminder"))!;
            Assert.Null(sms.Spec.Title);
            Assert.Equal(good, sms.Status!.SourceRevision);
        }

        var (statusExit, status, _) = await StatusAsync(repo.Examples);
        Assert.Equal(CliRunner.Success, statusExit);
        Assert.Contains($"Applied revision:   {good[..12]}", status, StringComparison.Ordinal);
        Assert.Contains($"Attempted revision: {typo[..12]}", status, StringComparison.Ordinal);
        Assert.Matches(@"not applied \(ValidationFailed\): \d+ error\(s\) in the declarations at [0-9a-f]{12}; first: pieces/", status);
    }

    [Fact]
    public async Task FixedCommit_IsApplied_AndStatusShowsBothRevisionsEqual()
    {
        using var repo = new ExampleRepository();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.FromHours(8)));
        Assert.Equal(CliRunner.Success, (await RunAsync(time, repo.Examples)).Exit);
        repo.Replace("pieces/klp-wechat-mechanism.yaml", "format: wechat-article", "format: wechat-artikel");
        repo.Commit("Typo");
        Assert.Equal(CliRunner.Failure, (await RunAsync(time, repo.Examples)).Exit);

        repo.Replace("pieces/klp-wechat-mechanism.yaml", "format: wechat-artikel", "format: wechat-article");
        var fixedCommit = repo.Commit("Fix the typo");
        var (exit, output, error) = await RunAsync(time, repo.Examples);

        Assert.True(exit == CliRunner.Success, output + error);
        var (_, status, _) = await StatusAsync(repo.Examples);
        Assert.Contains($"Applied revision:   {fixedCommit[..12]}", status, StringComparison.Ordinal);
        Assert.DoesNotContain("Attempted revision", status, StringComparison.Ordinal);
    }
}
