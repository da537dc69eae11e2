using System.Text.Json;
using ContentOps.Operator.Cli;
using ContentOps.Operator.Stores;
using ContentOps.Operator.Stores.Local;
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
    public async Task SendsPlan_CountsSendsTheStateLedgerRecords_AgainstCaps_AndAsAlreadySent()
    {
        using var repo = new ExampleRepository();
        const string now = "2026-12-05T10:00:00+08:00";
        var before = Decisions((await RunAsync("sends", "plan", repo.Examples, "--now", now, "--format", "jsonl")).Output);
        var wechat = before.Where(d => !d.Skipped && d.Channel == "wechat-hcp-service-account").ToList();
        var capped = wechat[0].Hcp;
        var sent = wechat[1];

        // A run made these: the planned send of one HCP, and four earlier WeChat messages (another piece) to another.
        using (var state = LocalStateStore.Open(Path.Combine(repo.Examples, ".contentops")))
        {
            var at = DateTimeOffset.Parse("2026-12-02T10:00:00+08:00", System.Globalization.CultureInfo.InvariantCulture);
            var rows = Enumerable.Range(1, 4).Select(i => Row($"old-{i}", "diabetes/klp-wechat-earlier", capped, at.AddHours(i)))
                .Append(Row("this", sent.Piece, sent.Hcp, at)).ToList();
            await state.Sends.RecordIntentsAsync([.. rows.Select(r => r.Entry)], default);
            await state.Sends.RecordReceiptsAsync([.. rows.Select(r => new SendReceiptRecord(r.Entry.IdempotencyKey, "msg-" + r.Entry.IdempotencyKey, r.At))], default);
        }

        var after = Decisions((await RunAsync("sends", "plan", repo.Examples, "--now", now, "--format", "jsonl")).Output);

        var cappedNow = Assert.Single(after, d => d.Hcp == capped && d.Piece == wechat[0].Piece && d.Channel == wechat[0].Channel);
        Assert.True(cappedNow.Skipped);
        Assert.Contains(cappedNow.Rule, new[] { "wechat-monthly-limit", "channel-cap", "campaign-cap" });
        var sentNow = Assert.Single(after, d => d.Hcp == sent.Hcp && d.Piece == sent.Piece && d.Channel == sent.Channel);
        Assert.Equal((true, "already-sent"), (sentNow.Skipped, sentNow.Rule));
        Assert.Equal(wechat.Count - 2, after.Count(d => !d.Skipped && d.Channel == "wechat-hcp-service-account"));

        (SendEntry Entry, DateTimeOffset At) Row(string key, string piece, string hcp, DateTimeOffset at) => (new SendEntry
        {
            IdempotencyKey = key,
            PieceUid = "uid-" + piece,
            PieceRef = piece,
            Hcp = hcp,
            Channel = "diabetes/wechat-hcp-service-account",
            ContentDigest = piece == "diabetes/klp-wechat-earlier" ? "sha256:earlier" : ContentDigestOf(before, piece),
            CreatedAt = at,
            DueAt = at,
        }, at);
    }

    private static string ContentDigestOf(IReadOnlyList<Decision> decisions, string piece) => decisions.First(d => d.Piece == piece && d.ContentDigest is not null).ContentDigest!;

    private sealed record Decision(string Hcp, string Piece, string Channel, bool Skipped, string? Rule, string? ContentDigest);

    private static List<Decision> Decisions(string jsonl) => [.. jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l =>
    {
        var e = JsonDocument.Parse(l).RootElement;
        return new Decision(e.GetProperty("hcp").GetString()!, e.GetProperty("piece").GetString()!, e.GetProperty("channel").GetString()!,
            e.TryGetProperty("skipped", out _), e.TryGetProperty("rule", out var r) ? r.GetString() : null,
            e.TryGetProperty("contentDigest", out var c) ? c.GetString() : null);
    })];

    [Fact]
    public async Task SendsPlan_SaysTheRunSendsNothingPerHcp_OnAFileChannelWithoutPerHcpSends()
    {
        using var repo = new ExampleRepository();
        var channel = Path.Combine(repo.Examples, "channels", "approved-email.yaml");
        File.WriteAllText(channel, File.ReadAllText(channel).Replace("perHcpSends: true", "perHcpSends: false", StringComparison.Ordinal));

        var text = (await RunAsync("sends", "plan", repo.Examples, "--now", "2026-12-05T10:00:00+08:00")).Output;
        var json = JsonDocument.Parse((await RunAsync("sends", "plan", repo.Examples, "--now", "2026-12-05T10:00:00+08:00", "--format", "json")).Output).RootElement;

        var lines = text.Split('\n');
        var piece = Array.FindIndex(lines, l => l.StartsWith("  diabetes/klp-email-webinar-invite: send to ", StringComparison.Ordinal));
        Assert.True(piece > 0, text);
        Assert.StartsWith("    approved-email is a file channel without perHcpSends: run writes the piece once to out/email and sends nothing per HCP", lines[piece + 1], StringComparison.Ordinal);
        Assert.DoesNotContain("wechat-hcp-service-account is a file channel", text, StringComparison.Ordinal);
        var summary = json.GetProperty("summary").GetProperty("diabetes/klp-email-webinar-invite");
        Assert.Equal(["approved-email"], summary.GetProperty("notSentPerHcp").EnumerateArray().Select(e => e.GetString()));
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
