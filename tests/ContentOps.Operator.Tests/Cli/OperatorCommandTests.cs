using ContentOps.Operator.Cli;
using ContentOps.Operator.Tests.Declarations;

namespace ContentOps.Operator.Tests.Cli;

/// <summary>The operator verb refuses to start on a kubeconfig it cannot use, saying which file and what to do.</summary>
public sealed class OperatorCommandTests
{
    [Theory]
    [InlineData("missing")]
    [InlineData("without-clusters")]
    public async Task UnusableKubeconfig_ExitsWithOne_NamingTheFileAndTheFix_WithoutAStackTrace(string kind)
    {
        using var folder = TempDirectory.Create();
        var path = folder.File("kubeconfig");
        if (kind == "without-clusters")
        {
            folder.Write("kubeconfig", "apiVersion: v1\nkind: Config\nclusters: []\ncontexts: []\nusers: []\n");
        }

        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliRunner.RunAsync(["operator", "--kubeconfig", path, "--artifacts", folder.File("artifacts")], output, error);

        Assert.Equal(CliRunner.Failure, exit);
        var text = error.ToString();
        Assert.StartsWith("error: ", text, StringComparison.Ordinal);
        if (kind == "missing")
        {
            Assert.Contains(path, text, StringComparison.Ordinal);
        }

        Assert.Contains("--kubeconfig FILE", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }
}
