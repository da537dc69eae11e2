using ContentOps.Operator.Cli;
using ContentOps.Operator.Tests.Declarations;

namespace ContentOps.Operator.Tests.Cli;

/// <summary>status on a path that is not there, or a folder never run, says what is wrong and how to go on.</summary>
public sealed class StatusCommandTests
{
    [Fact]
    public async Task MistypedPath_IsNamedAsMissing_NotAsAMissingStateFolderBesideIt()
    {
        using var folder = TempDirectory.Create();
        var missing = folder.File("exmaples");

        var (exit, error) = await RunAsync("status", missing);

        Assert.Equal(CliRunner.Failure, exit);
        Assert.Equal($"error: path '{missing}' does not exist; pass the folder that holds your declarations (or --state DIR).", error.Trim());
    }

    [Fact]
    public async Task FolderNeverRun_SaysToRunFirst()
    {
        using var folder = TempDirectory.Create();

        var (exit, error) = await RunAsync("status", folder.Path);

        Assert.Equal(CliRunner.Failure, exit);
        Assert.Contains($"no state in {Path.Combine(folder.Path, ".contentops")}", error, StringComparison.Ordinal);
        Assert.Contains("contentops run", error, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliRunner.RunAsync(args, output, error);
        return (exit, error.ToString());
    }
}
