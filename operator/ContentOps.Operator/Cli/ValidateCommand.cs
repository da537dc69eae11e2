using System.CommandLine;
using ContentOps.Operator.Declarations;
using ContentOps.Operator.Declarations.Diagnostics;

namespace ContentOps.Operator.Cli;

/// <summary>
/// <c>contentops validate</c>: loads declarations the way the operator does and reports every problem at once.
/// A missing PATH is a diagnostic (exit 1), not a usage error: the command line itself was well formed.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("PATH")
        {
            Description = "Folder (read recursively) or YAML file to validate.",
            DefaultValueFactory = _ => ".",
        };
        var revision = new Option<string?>("--revision")
        {
            Description = "Validate the files as committed at this Git revision (branch, tag or commit id) instead of the work tree.",
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format: text (compiler style) or json.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");

        var command = new Command("validate",
            """
            Validate ContentOps declarations: YAML syntax, each kind's schema, references between resources
            and compliance rules (an rx product never reaches the public, channels accept the audience and
            format, claims are approved). Reports every problem as 'path:line:column: error CO0xxx: message'
            with a hint. Exit codes: 0 valid (warnings allowed), 1 errors found, 2 usage error.

            Examples:
              contentops validate examples
              contentops validate examples --revision main --format json
            """)
        {
            path,
            revision,
            format,
        };
        command.SetAction(parseResult =>
        {
            var set = new DeclarationLoader().Load(parseResult.GetValue(path) ?? ".", parseResult.GetValue(revision));
            var paths = new DiagnosticPaths(set.Root, Environment.CurrentDirectory);
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(format) == "json")
            {
                DiagnosticJsonFormatter.Write(set, paths, output);
            }
            else
            {
                DiagnosticTextFormatter.Write(set, paths, output);
            }

            return set.HasErrors ? CliRunner.Failure : CliRunner.Success;
        });
        return command;
    }
}
