using System.Text.RegularExpressions;
using k8s.Models;

namespace ContentOps.Operator.Crds;

/// <summary>
/// The rules apiextensions.k8s.io/v1 enforces on <c>openAPIV3Schema</c> (structural schema, forbidden fields,
/// list-map keys), plus the house rules: no junctors, no nullable, conditions merge by type. Returns one
/// message per violation, each naming the node by its path.
/// </summary>
internal static class StructuralSchemaRules
{
    private static readonly HashSet<string> _types = ["object", "array", "string", "integer", "number", "boolean"];

    /// <summary>Formats the API server recognises (k8s.io/kube-openapi strfmt plus the numeric ones).</summary>
    private static readonly HashSet<string> _formats =
    [
        "int32", "int64", "float", "double", "byte", "binary", "password", "date", "date-time", "datetime", "duration",
        "uri", "email", "hostname", "ipv4", "ipv6", "cidr", "mac", "uuid", "uuid3", "uuid4", "uuid5",
        "isbn", "isbn10", "isbn13", "creditcard", "ssn", "hexcolor", "rgbcolor", "bsonobjectid",
    ];

    /// <summary>Regular-expression syntax RE2 (the API server's engine) does not support.</summary>
    private static readonly Regex _nonRe2 = new(@"\(\?[=!<]|\\[1-9]|\\k<", RegexOptions.CultureInvariant);

    public static IReadOnlyList<string> Check(V1JSONSchemaProps root)
    {
        var violations = new List<string>();
        if (root.Type != "object")
        {
            violations.Add("<root>: type must be object.");
        }

        if (root.AdditionalProperties is not null)
        {
            violations.Add("<root>: additionalProperties is not allowed at the root.");
        }

        if (root.Properties?.TryGetValue("metadata", out var metadata) == true
            && (metadata.Type != "object" || metadata.Properties is not null || metadata.AdditionalProperties is not null
                || metadata.Required is not null || metadata.DefaultProperty is not null))
        {
            violations.Add("metadata: must be exactly {type: object}; the API server owns metadata.");
        }

        CheckConditions(root, violations);
        CheckNode(root, "", violations);
        return violations;
    }

    private static void CheckNode(V1JSONSchemaProps node, string path, List<string> violations)
    {
        var at = path.Length == 0 ? "<root>" : path;
        var exempt = node.XKubernetesIntOrString == true || node.XKubernetesPreserveUnknownFields == true;
        if (string.IsNullOrEmpty(node.Type) && !exempt)
        {
            violations.Add($"{at}: every node needs a type.");
        }
        else if (!string.IsNullOrEmpty(node.Type) && !_types.Contains(node.Type))
        {
            violations.Add($"{at}: unknown type '{node.Type}'.");
        }

        CheckForbidden(node, at, violations);
        CheckValues(node, at, violations);

        if (node.Type == "array")
        {
            if (SchemaNodes.AsSchema(node.Items) is not { } items)
            {
                violations.Add($"{at}: an array needs a single items schema.");
            }
            else
            {
                CheckListType(node, items, at, violations);
                CheckNode(items, path + "[]", violations);
            }
        }

        if (SchemaNodes.AsSchema(node.AdditionalProperties) is { } values)
        {
            CheckNode(values, path + ".*", violations);
        }

        foreach (var (name, child) in node.Properties ?? new Dictionary<string, V1JSONSchemaProps>())
        {
            CheckNode(child, path.Length == 0 ? name : $"{path}.{name}", violations);
        }
    }

    private static void CheckForbidden(V1JSONSchemaProps node, string at, List<string> violations)
    {
        void Forbid(bool present, string what)
        {
            if (present)
            {
                violations.Add($"{at}: {what} is not allowed in a CRD schema.");
            }
        }

        Forbid(node.UniqueItems == true, "uniqueItems: true");
        Forbid(SchemaNodes.IsFalse(node.AdditionalProperties), "additionalProperties: false");
        Forbid(node.AdditionalProperties is not null && node.Properties is not null, "additionalProperties together with properties");
        Forbid(node.Nullable == true, "nullable: true (leave optional fields out of required instead)");
        Forbid(node.Definitions is not null, "definitions");
        Forbid(node.Dependencies is not null, "dependencies");
        Forbid(node.Id is not null, "id");
        Forbid(node.RefProperty is not null, "$ref");
        Forbid(node.Schema is not null, "$schema");
        Forbid(node.PatternProperties is not null, "patternProperties");
        Forbid(node.AdditionalItems is not null, "additionalItems");
        Forbid(node.AllOf is not null || node.AnyOf is not null || node.OneOf is not null || node.Not is not null,
            "a junctor (allOf/anyOf/oneOf/not)");
    }

    private static void CheckValues(V1JSONSchemaProps node, string at, List<string> violations)
    {
        if (node.Format is { } format && !_formats.Contains(format))
        {
            violations.Add($"{at}: format '{format}' is not one the API server knows.");
        }

        if (node.Pattern is { } pattern)
        {
            try
            {
                _ = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
                if (_nonRe2.IsMatch(pattern))
                {
                    violations.Add($"{at}: pattern '{pattern}' uses lookaround or backreferences, which RE2 does not support.");
                }
            }
            catch (ArgumentException e)
            {
                violations.Add($"{at}: pattern '{pattern}' does not compile: {e.Message}");
            }
        }

        if (node.Required is { } required)
        {
            foreach (var name in required.Where(n => node.Properties?.ContainsKey(n) != true))
            {
                violations.Add($"{at}: required field '{name}' is not a property.");
            }
        }
    }

    private static void CheckListType(V1JSONSchemaProps list, V1JSONSchemaProps items, string at, List<string> violations)
    {
        if (list.XKubernetesListType is null or "atomic" or "set")
        {
            if (list.XKubernetesListMapKeys is not null)
            {
                violations.Add($"{at}: x-kubernetes-list-map-keys needs x-kubernetes-list-type: map.");
            }

            return;
        }

        if (list.XKubernetesListType != "map")
        {
            violations.Add($"{at}: unknown x-kubernetes-list-type '{list.XKubernetesListType}'.");
            return;
        }

        if (items.Type != "object" || list.XKubernetesListMapKeys is not { Count: > 0 } keys)
        {
            violations.Add($"{at}: a list of type map needs object items and x-kubernetes-list-map-keys.");
            return;
        }

        foreach (var key in keys)
        {
            var declared = items.Properties?.ContainsKey(key) == true;
            var requiredOrDefaulted = items.Required?.Contains(key) == true || items.Properties?[key].DefaultProperty is not null;
            if (!declared || !requiredOrDefaulted)
            {
                violations.Add($"{at}: list-map key '{key}' must be a required (or defaulted) property of the items.");
            }
        }
    }

    private static void CheckConditions(V1JSONSchemaProps root, List<string> violations)
    {
        V1JSONSchemaProps? status = null, conditions = null;
        if (root.Properties?.TryGetValue("status", out status) != true
            || status!.Properties?.TryGetValue("conditions", out conditions) != true)
        {
            return;
        }

        if (conditions!.XKubernetesListType != "map" || conditions.XKubernetesListMapKeys is not ["type"])
        {
            violations.Add("status.conditions: must be x-kubernetes-list-type: map with x-kubernetes-list-map-keys: [type].");
        }
    }
}
