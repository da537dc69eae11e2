using System.CommandLine;
using ContentOps.Operator.Crds;

namespace ContentOps.Operator.Cli;

/// <summary><c>contentops crds [--output DIR]</c>: prints or writes the CustomResourceDefinitions of every kind.</summary>
internal static class CrdsCommand
{
    public static Command Create()
    {
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write one file per kind (<plural>.contentops.io.yaml) into this folder and report what changed, instead of printing a multi-document stream.",
            HelpName = "DIR",
        };
        var command = new Command(
            "crds",
            """
            Generate the CustomResourceDefinitions of every ContentOps kind from the resource types:
            structural OpenAPI v3 schema, status subresource, short names, category contentops, printer columns.
            Without --output, prints all CRDs to stdout as one multi-document YAML stream.

            Examples:
              contentops crds | kubectl apply -f -
              contentops crds --output crds
            """)
        {
            output,
        };
        command.SetAction(parseResult =>
        {
            var writer = parseResult.InvocationConfiguration.Output;
            IReadOnlyList<GeneratedCrd> crds;
            try
            {
                crds = CrdGenerator.ForCoreApi().GenerateAll();
            }
            catch (InvalidOperationException e)
            {
                // A resource type the API server would reject is a bug in Api/, reported without a stack trace.
                parseResult.InvocationConfiguration.Error.WriteLine($"error: {e.Message}");
                return CliRunner.Failure;
            }

            if (parseResult.GetValue(output) is not { } folder)
            {
                writer.Write(CrdStream.Join(crds));
                return CliRunner.Success;
            }

            var changes = new CrdFolderWriter(folder).Write(crds);
            foreach (var change in changes)
            {
                writer.WriteLine(change);
            }

            writer.WriteLine($"{crds.Count} CRDs, {changes.Count(c => c.Changed)} changed.");

            return CliRunner.Success;
        });
        return command;
    }
}
