using System.Text.Json;
using ContentOps.Operator.Cli;
using ContentOps.Operator.Tests.Planning;

namespace ContentOps.Operator.Tests.Cli;

public sealed class SendsCommandTests
{
    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliRunner.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task SendsPlan_Jsonl_HasOneObjectPerDecision_WithOffsetTimes_AndDeferralsInQuietHours()
    {
        using var repo = new ExampleRepository();

        var (exit, output, error) = await RunAsync("sends", "plan", repo.Examples, "--now", "2026-12-04T22:30:00+08:00", "--format", "jsonl");

        Assert.Equal(CliRunner.Success, exit);
        Assert.Contains("hcps.csv:302", error, StringComparison.Ordinal);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var sends = lines.Where(l => !l.TryGetProperty("skipped", out _)).ToList();
        var skips = lines.Where(l => l.TryGetProperty("skipped", out _)).ToList();
        Assert.NotEmpty(sends);
        Assert.NotEmpty(skips);
        Assert.All(sends, s =>
        {
            Assert.EndsWith("+08:00", s.GetProperty("sendAt").GetString(), StringComparison.Ordinal);
            Assert.StartsWith("diabetes/", s.GetProperty("piece").GetString(), StringComparison.Ordinal);
            Assert.StartsWith("deferred: quiet hours until 08:00", s.GetProperty("reason").GetString(), StringComparison.Ordinal);
        });
        Assert.Contains(skips, s => s.GetProperty("reason").GetString() == "skipped: no wechat consent");
        Assert.Contains(sends, s => !s.GetProperty("personalized").GetBoolean());
    }

    [Fact]
    public async Task SendsPlan_IsTheSameForTheSameInputs_AndEndsWithAPerPieceSummary()
    {
        using var repo = new ExampleRepository();

        var first = await RunAsync("sends", "plan", repo.Examples, "--now", "2026-12-05T10:00:00+08:00");
        var second = await RunAsync("sends", "plan", repo.Examples, "--now", "2026-12-05T10:00:00+08:00");

        Assert.Equal(first.Output, second.Output);
        Assert.Contains("diabetes/klp-wechat-efficacy-metformin: send to ", first.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendsPlan_RejectsAnUnreadableNow_AsAUsageError()
    {
        var (exit, _, error) = await RunAsync("sends", "plan", ".", "--now", "tomorrow");

        Assert.Equal(CliRunner.UsageError, exit);
        Assert.Contains("--now", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nba_ListsARepsSuggestions_AsJson()
    {
        using var repo = new ExampleRepository();

        var (exit, output, _) = await RunAsync("nba", repo.Examples, "--rep", "rep-js-01", "--now", "2026-12-05T10:00:00+08:00", "--format", "json");

        Assert.Equal(CliRunner.Success, exit);
        var suggestions = JsonDocument.Parse(output).RootElement.GetProperty("suggestions").EnumerateArray().ToList();
        Assert.NotEmpty(suggestions);
        Assert.All(suggestions, s => Assert.False(string.IsNullOrEmpty(s.GetProperty("reason").GetString())));
        Assert.Equal(Enumerable.Range(1, suggestions.Count), suggestions.Select(s => s.GetProperty("priority").GetInt32()));
    }
}
