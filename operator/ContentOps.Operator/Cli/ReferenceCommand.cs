using System.CommandLine;
using System.Text;
using ContentOps.Operator.Docs;

namespace ContentOps.Operator.Cli;

/// <summary><c>contentops reference</c>: prints (or updates in the README) the reference of every resource field.</summary>
internal static class ReferenceCommand
{
    public static Command Create()
    {
        var update = new Option<string?>("--update") { Description = "Rewrite the generated section of this Markdown file (the README) instead of printing." };
        var command = new Command("reference", """
            Print the reference of every resource field (type, required, description, allowed values, default),
            generated from the resource types, the same source as the CRDs and `validate`.

            Examples:
              contentops reference
              contentops reference --update README.md
            """)
        {
            update,
        };
        command.SetAction(parseResult =>
        {
            var reference = ResourceReferenceWriter.ForCoreApi().Write();
            if (parseResult.GetValue(update) is not { } file)
            {
                parseResult.InvocationConfiguration.Output.Write(reference);
                return CliRunner.Success;
            }

            var readme = File.ReadAllText(file);
            var updated = ResourceReferenceWriter.Splice(readme, reference);
            File.WriteAllText(file, updated, new UTF8Encoding(false));
            parseResult.InvocationConfiguration.Output.WriteLine(updated == readme ? $"{file} is up to date." : $"Updated {file}.");
            return CliRunner.Success;
        });
        return command;
    }
}
