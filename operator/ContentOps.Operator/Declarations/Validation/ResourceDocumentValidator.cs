using System.Text.Json;
using ContentOps.Core.Api;
using ContentOps.Operator.Declarations.Diagnostics;
using ContentOps.Operator.Declarations.Yaml;

namespace ContentOps.Operator.Declarations.Validation;

/// <summary>
/// Turns one YAML document into a typed resource: envelope first (mapping, kind, apiVersion) so an
/// unrelated or mistyped document gets one precise finding, then the kind's schema, then conversion.
/// </summary>
internal sealed class ResourceDocumentValidator(ResourceSchemas schemas)
{
    private static readonly HashSet<string> _operatorOwned = new(StringComparer.Ordinal) { "status" };

    private static readonly JsonSerializerOptions _json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = false,
    };

    public (Declaration? Declaration, IReadOnlyList<Diagnostic> Diagnostics) Validate(YamlDocument document, string file)
    {
        var context = new ValidationContext(file);
        if (document.Root is null or DocScalar { IsNull: true })
        {
            return (null, []);
        }

        if (document.Root is not DocMapping root)
        {
            context.Error(DiagnosticCodes.NotAMapping, document.Root.Start,
                $"a resource must be a mapping with apiVersion, kind, metadata and spec, not {document.Root.Describe()}",
                "start the document with 'apiVersion: contentops.io/v1alpha1' and 'kind: ...'");
            return (null, context.Diagnostics);
        }

        context.Locations[""] = root.Start;
        var type = EnvelopeCheck.Kind(root, context);
        if (type is null || !EnvelopeCheck.ApiVersion(root, context))
        {
            return (null, context.Diagnostics);
        }

        context.ResourceRef = EnvelopeCheck.Ref(Resource.KindOf(type), root);
        if (root.Find("status") is { } status)
        {
            context.Warning(DiagnosticCodes.StatusIgnored, status.Key.Start, "status is written by the operator; it is ignored",
                "remove the status block from the file");
        }

        var schema = schemas.For(type);
        new SchemaValidator(context).Validate(root, schema, "", _operatorOwned);
        if (context.HasErrors || document.HasErrors)
        {
            return (null, context.Diagnostics);
        }

        return (Convert(root, schema, type, document, file, context), context.Diagnostics);
    }

    private static Declaration? Convert(DocMapping root, k8s.Models.V1JSONSchemaProps schema, Type type, YamlDocument document, string file, ValidationContext context)
    {
        try
        {
            var json = SchemaJsonConverter.ToUtf8(root, schema, omit: "status");
            var resource = (Resource)JsonSerializer.Deserialize(json.Span, type, _json)!;
            return new Declaration(resource, file, document.Index, new SourceMap(context.Locations));
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException or InvalidCastException)
        {
            context.Error(DiagnosticCodes.ConversionFailed, root.Start, $"the document is valid but could not be read as {type.Name}: {e.Message}",
                "this is a ContentOps bug; please report it with the file");
            return null;
        }
    }
}
