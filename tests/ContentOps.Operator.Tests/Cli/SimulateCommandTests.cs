using System.Text.Json;
using ContentOps.Operator.Cli;

namespace ContentOps.Operator.Tests.Cli;

public sealed class SimulateCommandTests
{
    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliRunner.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Simulate_Json_CarriesAllocatorAndUniformRegret_AndOracleReward()
    {
        var (exit, output, _) = await RunAsync("simulate", "--seed", "3", "--sends", "2000", "--format", "json");

        Assert.Equal(CliRunner.Success, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.True(root.GetProperty("allocator").GetProperty("regret").GetDouble() > 0);
        Assert.True(root.GetProperty("uniform").GetProperty("regret").GetDouble() > 0);
        Assert.True(root.GetProperty("oracle").GetProperty("reward").GetInt64() > 0);
        Assert.Equal(2000, root.GetProperty("sends").GetInt32());
    }

    [Fact]
    public async Task Simulate_Text_NamesEveryPolicy_AndTheRegretShare()
    {
        var (exit, output, _) = await RunAsync("simulate", "--sends", "1000");

        Assert.Equal(CliRunner.Success, exit);
        Assert.Contains("thompson-probit", output);
        Assert.Contains("uniform", output);
        Assert.Contains("oracle", output);
        Assert.Contains("of uniform's", output);
    }

    [Fact]
    public async Task Simulate_RejectsANonPositiveSendCount_AsAUsageError()
    {
        var (exit, _, error) = await RunAsync("simulate", "--sends", "0");

        Assert.Equal(CliRunner.UsageError, exit);
        Assert.Contains("--sends must be at least 1", error);
    }
}
