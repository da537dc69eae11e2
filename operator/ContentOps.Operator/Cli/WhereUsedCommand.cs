using System.CommandLine;
using System.Text.Json;
using ContentOps.Core.Api;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Operator.Declarations;
using ContentOps.Operator.Declarations.Diagnostics;
using ContentOps.Operator.Knowledge;
using ContentOps.Operator.Stores.Local;

namespace ContentOps.Operator.Cli;

/// <summary>
/// <c>contentops where-used</c>: for every claim and KnowledgeSource (or the one named), the pieces that state it and
/// the channels they are live on, so a COE sees what a claim change regenerates and what a retraction withdraws.
/// </summary>
internal static class WhereUsedCommand
{
    public static Command Create()
    {
        var id = new Argument<string?>("ID") { Description = "A claim id or a KnowledgeSource name; every claim and source when omitted.", Arity = ArgumentArity.ZeroOrOne };
        var path = new Option<string>("--path") { Description = "Declarations folder; default: current folder.", DefaultValueFactory = _ => "." };
        var state = new Option<string?>("--state") { Description = "State folder (where pieces are live); default: .contentops/ beside the declarations, if it exists." };
        var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("where-used", """
            Show, for each claim and KnowledgeSource, the pieces that state it (a source: the claims citing it and
            their pieces) and where they are live according to the last run: what a change regenerates and what a
            retraction withdraws. Reads the declarations and, read-only, the state folder.
            Exit codes: 0 printed, 1 invalid declarations or an unknown ID, 2 usage error.

            Examples:
              contentops where-used --path examples
              contentops where-used klp-hba1c-24w-met --path examples --format json
            """)
        {
            id, path, state, format,
        };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var set = new DeclarationLoader().Load(parseResult.GetValue(path)!);
            if (set.HasErrors)
            {
                DiagnosticTextFormatter.Write(set, new DiagnosticPaths(set.Root, Environment.CurrentDirectory), error);
                return CliRunner.Failure;
            }

            var usages = WhereUsed.Of([.. set.Resources.Select(d => d.Resource)], Applied(parseResult.GetValue(state) ?? LocalStateStore.DefaultFolderFor(Path.GetFullPath(parseResult.GetValue(path)!))));
            if (parseResult.GetValue(id) is { } wanted)
            {
                usages = [.. usages.Where(u => u.Id == wanted || u.Id.EndsWith("/" + wanted, StringComparison.Ordinal))];
                if (usages.Count == 0)
                {
                    error.WriteLine($"error: no claim or KnowledgeSource '{wanted}' under {set.Root}");
                    return CliRunner.Failure;
                }
            }

            if (parseResult.GetValue(format) == "json")
            {
                output.WriteLine(JsonSerializer.Serialize(new { usages = usages.Select(u => new { u.Kind, u.Id, u.Owner, u.Claims, u.Pieces, regenerates = u.Regenerates, withdraws = u.Withdraws.Select(p => p.Piece) }) },
                    new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
                return CliRunner.Success;
            }

            foreach (var usage in usages)
            {
                output.WriteLine(usage.Kind == "claim" ? $"claim {usage.Id} ({usage.Owner})" : $"source {usage.Id} (references {usage.Owner}); substantiates {(usage.Claims.Count == 0 ? "no claim" : string.Join(", ", usage.Claims))}");
                foreach (var piece in usage.Pieces)
                {
                    output.WriteLine($"  stated by {piece.Piece}  {piece.Phase}{(piece.LiveChannels.Count > 0 ? "  live on " + string.Join(", ", piece.LiveChannels) : "")}");
                }

                output.WriteLine($"  a change regenerates {usage.Regenerates} piece(s); a retraction withdraws {usage.Withdraws.Count} live piece(s)");
            }

            return CliRunner.Success;
        });
        return command;
    }

    private static Dictionary<ResourceKey, ContentPiece> Applied(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        using var store = LocalStateStore.Open(folder, new LocalStateOptions { ReadOnly = true });
        return store.Resources.List("ContentPiece").OfType<ContentPiece>().ToDictionary(p => p.Key);
    }
}
