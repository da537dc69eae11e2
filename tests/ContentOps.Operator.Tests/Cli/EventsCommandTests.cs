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

    public void Dispose() => _folder.Dispose();
}
