using ContentOps.Operator.Cli;
using ContentOps.Operator.Crds;

namespace ContentOps.Operator.Tests.Cli;

public sealed class CrdsCommandTests
{
    [Fact]
    public async Task Crds_PrintsEveryCrdAsOneMultiDocumentStream()
    {
        var (exit, output, _) = await RunAsync("crds");

        Assert.Equal(CliRunner.Success, exit);
        Assert.Equal(CrdStream.Join(CrdGenerator.ForCoreApi().GenerateAll()), output);
        Assert.Equal(8, output.Split("---\n").Length - 1);
        Assert.Contains("  name: contentpieces.contentops.io\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CrdsWithOutput_WritesOneFilePerKind_AndReportsWhatChanged()
    {
        var folder = Path.Combine(Path.GetTempPath(), "contentops-crds-cli-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (firstExit, first, _) = await RunAsync("crds", "--output", folder);
            var (_, second, _) = await RunAsync("crds", "-o", folder);

            Assert.Equal(CliRunner.Success, firstExit);
            Assert.Equal(8, Directory.GetFiles(folder, "*.contentops.io.yaml").Length);
            Assert.Contains("created   " + Path.Combine(folder, "approvals.contentops.io.yaml"), first, StringComparison.Ordinal);
            Assert.EndsWith("8 CRDs, 8 changed.\n", first.ReplaceLineEndings("\n"), StringComparison.Ordinal);
            Assert.EndsWith("8 CRDs, 0 changed.\n", second.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public async Task CrdsHelp_ExplainsTheVerbWithExamples()
    {
        var (exit, output, _) = await RunAsync("crds", "--help");

        Assert.Equal(CliRunner.Success, exit);
        Assert.Contains("contentops crds --output crds", output, StringComparison.Ordinal);
        Assert.Contains("--output", output, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CliRunner.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
