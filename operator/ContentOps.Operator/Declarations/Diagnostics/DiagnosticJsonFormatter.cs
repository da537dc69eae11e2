using System.Text.Encodings.Web;
using System.Text.Json;

namespace ContentOps.Operator.Declarations.Diagnostics;

/// <summary>The machine form of <c>contentops validate</c>: one JSON object with counts, the source revision and every diagnostic.</summary>
internal static class DiagnosticJsonFormatter
{
    private static readonly JsonWriterOptions _options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(DeclarationSet set, DiagnosticPaths paths, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, _options))
        {
            json.WriteStartObject();
            json.WriteString("root", set.Root);
            json.WriteString("sourceRevision", set.SourceRevision);
            json.WriteBoolean("sourceDirty", set.SourceDirty);
            json.WriteNumber("errors", set.ErrorCount);
            json.WriteNumber("warnings", set.WarningCount);
            json.WriteNumber("files", set.Files.Count);
            json.WriteNumber("resources", set.Resources.Count);
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in set.Diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("code", diagnostic.Code);
                json.WriteString("severity", diagnostic.IsError ? "error" : "warning");
                json.WriteString("file", paths.Display(diagnostic));
                json.WriteNumber("line", diagnostic.Line);
                json.WriteNumber("column", diagnostic.Column);
                json.WriteString("message", diagnostic.Message);
                json.WriteString("hint", diagnostic.Hint);
                json.WriteString("resource", diagnostic.ResourceRef);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
