using System.Text.Json;
using ContentOps.Operator.Cli;

namespace ContentOps.Operator.Tests.Cli;

public sealed class SearchCommandTests
{
    private static readonly string _examples = Crds.RepositoryRoot.Combine("examples");

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliRunner.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Search_OnALoneClaimLibraryFile_PrintsClaimsByIdAsJson()
    {
        var (exit, output, _) = await RunAsync("search", "和二甲双胍联用的低血糖发生率", Path.Combine(_examples, "claims", "klp-claims.yaml"), "--top", "3", "--format", "json");

        Assert.Equal(CliRunner.Success, exit);
        var results = JsonDocument.Parse(output).RootElement.GetProperty("results");
        Assert.Equal(3, results.GetArrayLength());
        Assert.Equal("klp-hypoglycemia-rate", results[0].GetProperty("id").GetString());
        Assert.All(results.EnumerateArray(), r =>
        {
            Assert.Equal("claim", r.GetProperty("kind").GetString());
            Assert.True(r.GetProperty("score").GetDouble() > 0);
            Assert.False(string.IsNullOrEmpty(r.GetProperty("text").GetString()));
        });
    }

    [Fact]
    public async Task Search_NeverReturnsTheWithdrawnClaim_InAnyMode()
    {
        foreach (var mode in new[] { "hybrid", "keyword", "vector" })
        {
            var (_, output, _) = await RunAsync("search", "II期剂量探索研究 10 mg HbA1c降低1.1%", _examples, "--kind", "claim", "--top", "20", "--mode", mode, "--format", "json");

            var ids = JsonDocument.Parse(output).RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
            Assert.DoesNotContain("klp-hba1c-12w-phase2", ids);
        }
    }

    [Fact]
    public async Task Search_Passages_NameTheirFilePageAndSection()
    {
        var (exit, output, _) = await RunAsync("search", "hypoglycaemia with langliptin plus metformin", _examples, "--kind", "passage", "--top", "3");

        Assert.Equal(CliRunner.Success, exit);
        Assert.Contains("passage", output, StringComparison.Ordinal);
        Assert.Contains("lantern-2.pdf p.2 §3. Safety", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_BadTop_IsAUsageError()
    {
        var (exit, _, _) = await RunAsync("search", "低血糖", _examples, "--top", "0");

        Assert.Equal(2, exit);
    }
}
