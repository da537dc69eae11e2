using ContentOps.Operator.Cli;
using ContentOps.Operator.Tests.Stores.Local;

namespace ContentOps.Operator.Tests.Cli;

public sealed class EventsCommandTests : IDisposable
{
    private readonly TempStateFolder _folder = new();

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliRunner.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Import_StoresGoodRows_ReportsBadRowsByFileAndLine_AndIgnoresARepeatedImport()
    {
        Directory.CreateDirectory(_folder.Path);
        var csv = Path.Combine(_folder.Path, "wechat.csv");
        await File.WriteAllTextAsync(csv, "id,type,occurredAt,idempotencyKey,text\ne1,opened,2026-12-01T09:00:00+08:00,k1,\ne2,nope,2026-12-01T09:00:00+08:00,k1,\ne3,comment,2026-12-01T10:00:00+08:00,k1,我有个患者服用康力平后全身起皮疹\n");
        var jsonl = Path.Combine(_folder.Path, "email.jsonl");
        await File.WriteAllTextAsync(jsonl, "{\"id\":\"m1\",\"type\":\"delivered\",\"occurredAt\":\"2026-12-01T08:00:00Z\",\"idempotencyKey\":\"k2\"}\n");
        var state = Path.Combine(_folder.Path, "state");

        var (exit, output, error) = await RunAsync("events", "import", csv, jsonl, "--state", state, "--product", "康力平");
        var (again, secondOutput, _) = await RunAsync("events", "import", jsonl, "--state", state);

        Assert.Equal(CliRunner.Failure, exit);
        Assert.Contains($"{csv}:3: type 'nope'", error);
        Assert.Contains("Imported 3 events (0 duplicates ignored, 1 rows rejected)", output);
        Assert.Contains("1 adverse-event flags", output);
        Assert.Equal(CliRunner.Success, again);
        Assert.Contains("Imported 0 events (1 duplicates ignored, 0 rows rejected)", secondOutput);
    }

    [Fact]
    public async Task Adverse_ListsEachFlaggedCommentWithItsTextAndTime_FiltersBySince_AndExportsCsv()
    {
        Directory.CreateDirectory(_folder.Path);
        var csv = Path.Combine(_folder.Path, "comments.csv");
        await File.WriteAllTextAsync(csv, "id,type,occurredAt,hcp,channel,piece,text\n"
            + "c1,comment,2026-11-20T09:00:00+08:00,hcp-0007,wechat,diabetes/klp-wechat,我有个患者服用康力平后全身起皮疹\n"
            + "c2,comment,2026-12-02T10:30:00+08:00,hcp-0009,wechat,diabetes/klp-wechat,\"病人用康力平两周后出现呼吸困难, 已住院\"\n"
            + "c3,comment,2026-12-02T11:00:00+08:00,hcp-0010,wechat,diabetes/klp-wechat,内容很实用，谢谢\n");
        var state = Path.Combine(_folder.Path, "state");
        var import = await RunAsync("events", "import", csv, "--state", state, "--product", "康力平");
        Assert.True(import.Exit == CliRunner.Success, import.Output + import.Error);
        Assert.Contains($"contentops events adverse --state {state}", import.Output);

        var (exit, text, error) = await RunAsync("events", "adverse", "--state", state);
        var (_, recent, _) = await RunAsync("events", "adverse", "--state", state, "--since", "2026-12-01");
        var (_, export, _) = await RunAsync("events", "adverse", "--state", state, "--format", "csv");
        var (badExit, _, badError) = await RunAsync("events", "adverse", "--state", state, "--since", "last week");

        Assert.True(exit == CliRunner.Success, text + error);
        Assert.Contains("2 adverse-event flag(s)", text);
        Assert.Contains("2026-11-20 09:00 (+08:00)", text);
        Assert.Contains("“我有个患者服用康力平后全身起皮疹”", text);
        Assert.Contains("from hcp-0009 on wechat, piece diabetes/klp-wechat", text);
        Assert.DoesNotContain("内容很实用", text);
        Assert.True(text.IndexOf("起皮疹", StringComparison.Ordinal) < text.IndexOf("呼吸困难", StringComparison.Ordinal), "oldest first");
        Assert.Contains("1 adverse-event flag(s)", recent);
        Assert.DoesNotContain("起皮疹", recent);
        var rows = export.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("eventId,occurredAt,", rows[0]);
        Assert.Equal(3, rows.Length);
        Assert.Contains("\"病人用康力平两周后出现呼吸困难, 已住院\"", rows[2]);
        Assert.Equal(CliRunner.UsageError, badExit);
        Assert.Contains("--since 'last week'", badError);
    }

    public void Dispose() => _folder.Dispose();
}
