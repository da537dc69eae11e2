using System.Text.Json;
using System.Text.RegularExpressions;
using ContentOps.Operator.Cli;
using ContentOps.Operator.Tests.Declarations;

namespace ContentOps.Operator.Tests.Cli;

public sealed partial class ValidateCommandTests
{
    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliRunner.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Validate_ExitsZero_ForValidDeclarations()
    {
        var (exit, output, _) = await RunAsync("validate", Fixtures.Valid);

        Assert.Equal(CliRunner.Success, exit);
        Assert.StartsWith("0 errors, 0 warnings in 6 files (8 resources)", output);
    }

    [Fact]
    public async Task Validate_PrintsCompilerStyleLines_AndExitsOne_ForBrokenFiles()
    {
        var (exit, output, error) = await RunAsync("validate", Fixtures.Broken);

        Assert.Equal(CliRunner.Failure, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var errors = lines.Where(l => !l.StartsWith("  hint: ", StringComparison.Ordinal)).SkipLast(1).ToList();
        Assert.Equal(Directory.GetFiles(Fixtures.Broken).Length, errors.Count);
        Assert.All(errors, line => Assert.Matches(CompilerLine(), line));
        Assert.Contains("unknown-field.yaml:7:3: error CO0206: unknown field 'displayNmae' in spec; did you mean 'displayName'? [ChannelTarget/default/typo-channel]", output);
        Assert.Matches(@"^\d+ errors, 0 warnings in \d+ files \(0 resources\)", lines[^1]);
        Assert.DoesNotContain("   at ", output + error);
        Assert.DoesNotContain("Exception", output + error);
    }

    [Fact]
    public async Task Validate_PrintsJson_ForMachines()
    {
        var (exit, output, _) = await RunAsync("validate", Fixtures.BrokenFile("unknown-kind.yaml"), "--format", "json");

        Assert.Equal(CliRunner.Failure, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(1, json.RootElement.GetProperty("errors").GetInt32());
        var diagnostic = json.RootElement.GetProperty("diagnostics")[0];
        Assert.Equal("CO0202", diagnostic.GetProperty("code").GetString());
        Assert.Equal(2, diagnostic.GetProperty("line").GetInt32());
        Assert.True(json.RootElement.TryGetProperty("sourceRevision", out _));
    }

    [Fact]
    public async Task Validate_ReportsMissingPath_AsErrorDiagnostic_ExitOne()
    {
        var (exit, output, _) = await RunAsync("validate", "/no/such/declarations");

        Assert.Equal(CliRunner.Failure, exit);
        Assert.Contains("error CO0001: path '/no/such/declarations' does not exist", output);
    }

    [Fact]
    public async Task Validate_ExitsTwo_OnUnknownFormat()
    {
        var (exit, _, error) = await RunAsync("validate", Fixtures.Valid, "--format", "xml");

        Assert.Equal(CliRunner.UsageError, exit);
        Assert.Contains("xml", error);
    }

    [Fact]
    public async Task Validate_Help_ShowsAnExample()
    {
        var (exit, output, _) = await RunAsync("validate", "--help");

        Assert.Equal(CliRunner.Success, exit);
        Assert.Contains("contentops validate examples", output);
        Assert.Contains("--revision", output);
    }

    [GeneratedRegex(@"^\S+:\d+:\d+: error CO\d{4}: .+$")]
    private static partial Regex CompilerLine();
}
