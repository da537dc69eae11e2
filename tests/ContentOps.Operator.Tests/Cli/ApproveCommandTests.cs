using ContentOps.Operator.Cli;
using ContentOps.Operator.Tests.Planning;

namespace ContentOps.Operator.Tests.Cli;

/// <summary><c>contentops approve</c> signs with the user's Git identity and refuses roles the roster does not list them for.</summary>
public sealed class ApproveCommandTests
{
    private const string Piece = "klp-email-launch";

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliRunner.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Approve_RefusesARoleTheSignerIsNotListedFor_NamingWhoMaySign()
    {
        using var repo = new ExampleRepository();
        Assert.Equal(CliRunner.Success, (await RunAsync("run", repo.Examples)).Exit);

        var (exit, _, error) = await RunAsync("approve", Piece, "--role", "legal", "--by", "王敏 <wang.medical@example.com>", "--path", repo.Examples);

        Assert.Equal(CliRunner.Failure, exit);
        Assert.Contains("is not an approver for legal", error, StringComparison.Ordinal);
        Assert.Contains("may sign: 李航 <li.legal@example.com>", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(repo.Examples, "approvals", $"{Piece}-legal.yaml")));
    }

    [Fact]
    public async Task Approve_WritesTheGitIdentity_AsApprovedBy()
    {
        using var repo = new ExampleRepository();
        Assert.Equal(CliRunner.Success, (await RunAsync("run", repo.Examples)).Exit);
        using (var git = new LibGit2Sharp.Repository(repo.Root))
        {
            git.Config.Set("user.name", "李航");
            git.Config.Set("user.email", "li.legal@example.com");
        }

        var (exit, output, error) = await RunAsync("approve", Piece, "--role", "legal", "--path", repo.Examples);

        Assert.True(exit == CliRunner.Success, output + error);
        Assert.Contains("approvedBy: \"李航 <li.legal@example.com>\"", File.ReadAllText(Path.Combine(repo.Examples, "approvals", $"{Piece}-legal.yaml")), StringComparison.Ordinal);
        Assert.Contains("git add ", output, StringComparison.Ordinal);
    }
}
