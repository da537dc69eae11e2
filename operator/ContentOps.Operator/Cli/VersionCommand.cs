using System.CommandLine;
using System.Reflection;

namespace ContentOps.Operator.Cli;

/// <summary><c>contentops version</c>: prints the version and the API version it serves.</summary>
internal static class VersionCommand
{
    public static Command Create()
    {
        var command = new Command("version", "Print the ContentOps version and the resource API version.\n\nExample:\n  contentops version");
        command.SetAction(parseResult =>
        {
            var version = typeof(VersionCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
            parseResult.InvocationConfiguration.Output.WriteLine($"contentops {version} ({Core.Api.ApiGroup.ApiVersion})");
            return CliRunner.Success;
        });
        return command;
    }
}
