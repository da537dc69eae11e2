using System.CommandLine;

namespace ContentOps.Operator.Cli;

/// <summary>Parses the command line and runs the verb. Exit codes: 0 success, 1 findings or errors, 2 usage errors.</summary>
internal static class CliRunner
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int UsageError = 2;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var root = RootCommandFactory.Create();
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var parseError in parseResult.Errors)
            {
                await error.WriteLineAsync($"error: {parseError.Message}");
            }

            await error.WriteLineAsync($"Run '{parseResult.CommandResult.Command.Name} --help' for usage.");
            return UsageError;
        }

        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return await parseResult.InvokeAsync(configuration, cancellationToken);
    }
}
