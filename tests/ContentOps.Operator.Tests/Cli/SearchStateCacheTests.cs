using ContentOps.Operator.Cli;
using ContentOps.Operator.Tests.Declarations;

namespace ContentOps.Operator.Tests.Cli;

/// <summary><c>search --state</c>: the index is saved in the state folder and reused while the records are unchanged.</summary>
public sealed class SearchStateCacheTests
{
    private static async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliRunner.RunAsync(args, output, error);
        return (exit, output.ToString() + error);
    }

    [Fact]
    public async Task Search_WithAStateFolder_ReusesTheSavedIndex_UntilAClaimChanges()
    {
        using var dir = TempDirectory.Create();
        var claims = dir.File("klp-claims.yaml");
        File.Copy(Crds.RepositoryRoot.Combine("examples", "claims", "klp-claims.yaml"), claims);
        var state = dir.File("state");
        Directory.CreateDirectory(state);
        var cache = Path.Combine(state, "knowledge", "search");

        var (exit, first) = await RunAsync("search", "低血糖发生率", claims, "--state", state, "--top", "3");
        var saved = Directory.GetDirectories(cache);
        var (_, second) = await RunAsync("search", "低血糖发生率", claims, "--state", state, "--top", "3");

        Assert.Equal(CliRunner.Success, exit);
        Assert.Single(saved);
        Assert.True(File.Exists(Path.Combine(saved[0], "vectors.bin")));
        Assert.Equal(first, second);
        Assert.Single(Directory.GetDirectories(cache));

        File.WriteAllText(claims, File.ReadAllText(claims).Replace("低血糖发生率为1.2%", "低血糖发生率为1.3%", StringComparison.Ordinal));
        await RunAsync("search", "低血糖发生率", claims, "--state", state, "--top", "3");
        Assert.Equal(2, Directory.GetDirectories(cache).Length);
    }
}
