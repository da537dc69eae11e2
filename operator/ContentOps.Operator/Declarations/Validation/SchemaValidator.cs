using ContentOps.Operator.Declarations.Diagnostics;
using ContentOps.Operator.Declarations.Yaml;
using k8s.Models;

namespace ContentOps.Operator.Declarations.Validation;

/// <summary>
/// Checks a document's node tree against the OpenAPI schema of its kind (the CRD's schema), reporting
/// every problem rather than the first, and recording where each value is for later rules.
/// </summary>
internal sealed class SchemaValidator(ValidationContext context)
{
    private readonly ScalarValidator _scalars = new(context);

    /// <param name="ignored">Top-level fields the caller handles itself (<c>status</c>).</param>
    public void Validate(DocNode node, V1JSONSchemaProps schema, string path, IReadOnlySet<string>? ignored = null)
    {
        switch (schema.Type)
        {
            case "object":
                ValidateObject(node, schema, path, ignored);
                break;
            case "array":
                ValidateArray(node, schema, path);
                break;
            default:
                _scalars.Validate(node, schema, path);
                break;
        }
    }

    private void ValidateObject(DocNode node, V1JSONSchemaProps schema, string path, IReadOnlySet<string>? ignored)
    {
        if (node is not DocMapping mapping)
        {
            _scalars.WrongType(node, path, "a mapping of fields", "write 'field: value' pairs, one per line, indented under the key");
            return;
        }

        var additional = schema.AdditionalProperties as V1JSONSchemaProps;
        foreach (var (key, value) in mapping.Entries.Select(e => (e.Key, e.Value)))
        {
            var childPath = SourceMap.Child(path, key.Value);
            if (ignored?.Contains(key.Value) == true)
            {
                continue;
            }

            context.Record(childPath, key, value);
            var child = Property(schema, key.Value) ?? additional;
            if (child is null)
            {
                ReportUnknownField(key, schema, path);
            }
            else if (value is not DocScalar { IsNull: true } || additional is not null && schema.Properties is null)
            {
                Validate(value, child, childPath);
            }
        }

        foreach (var required in schema.Required ?? [])
        {
            if (mapping.Find(required) is not { Value: not DocScalar { IsNull: true } })
            {
                ReportMissing(mapping, path, required, Property(schema, required));
            }
        }
    }

    private void ValidateArray(DocNode node, V1JSONSchemaProps schema, string path)
    {
        if (node is not DocSequence sequence)
        {
            var example = node is DocScalar { IsNull: false } scalar ? $"[{scalar.Value}]" : "[a, b]";
            _scalars.WrongType(node, path, "a list", $"write a list: {example}, or one '- item' per line");
            return;
        }

        var at = context.Locations.GetValueOrDefault(path, sequence.Start);
        if (schema.MinItems is { } min && sequence.Items.Count < min)
        {
            context.Error(DiagnosticCodes.InvalidLength, at, $"{path} needs at least {min} item(s); it has {sequence.Items.Count}");
        }

        if (schema.MaxItems is { } max && sequence.Items.Count > max)
        {
            context.Error(DiagnosticCodes.InvalidLength, at, $"{path} allows at most {max} item(s); it has {sequence.Items.Count}");
        }

        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var itemPath = SourceMap.Item(path, i);
            context.Record(itemPath, null, sequence.Items[i]);
            Validate(sequence.Items[i], schema.Items as V1JSONSchemaProps ?? new V1JSONSchemaProps(), itemPath);
        }
    }

    private static V1JSONSchemaProps? Property(V1JSONSchemaProps schema, string name) =>
        schema.Properties is { } properties && properties.TryGetValue(name, out var property) ? property : null;

    private void ReportUnknownField(DocScalar key, V1JSONSchemaProps schema, string path)
    {
        var fields = schema.Properties?.Keys ?? [];
        var where = path.Length == 0 ? "at the top level" : $"in {path}";
        context.Error(DiagnosticCodes.UnknownField, key.Start,
            $"unknown field '{key.Value}' {where}{Suggestions.DidYouMean(key.Value, fields)}",
            $"fields {where}: {string.Join(", ", fields)}");
    }

    private void ReportMissing(DocMapping mapping, string path, string field, V1JSONSchemaProps? fieldSchema)
    {
        var at = context.Locations.GetValueOrDefault(path, mapping.Start);
        var present = mapping.Find(field);
        if (present is not null)
        {
            at = present.Key.Start;
        }

        if ((path, field) is ("", "metadata") or ("metadata", "name"))
        {
            context.Error(DiagnosticCodes.MissingName, at, "metadata.name is required",
                "add 'metadata: {name: my-resource}' with a lowercase name of letters, digits and '-'");
            return;
        }

        var where = path.Length == 0 ? "the document" : path;
        var what = present is null ? "is missing required field" : "has an empty value for required field";
        var hint = fieldSchema?.Description is { } description ? $"{field}: {description}" : null;
        context.Error(DiagnosticCodes.MissingRequiredField, at, $"{where} {what} '{field}'", hint);
    }
}
