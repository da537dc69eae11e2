using ContentOps.Core.Api;
using ContentOps.Operator.Declarations.Diagnostics;
using ContentOps.Operator.Declarations.Yaml;

namespace ContentOps.Operator.Declarations.Validation;

/// <summary>The fields every resource shares and that decide how the rest is read: kind and apiVersion.</summary>
internal static class EnvelopeCheck
{
    /// <summary>The resource type <c>kind</c> names, or null after reporting why not.</summary>
    public static Type? Kind(DocMapping root, ValidationContext context)
    {
        var kinds = ResourceKinds.Names.ToList();
        var entry = root.Find("kind");
        if (entry is null || entry.Value is DocScalar { IsNull: true })
        {
            context.Error(DiagnosticCodes.MissingKind, entry?.Key.Start ?? root.Start, "the document has no kind",
                $"add 'kind: ...', one of {string.Join(", ", kinds)}");
            return null;
        }

        if (entry.Value is not DocScalar kind)
        {
            context.Error(DiagnosticCodes.WrongType, entry.Value.Start, $"kind must be a string, not {entry.Value.Describe()}");
            return null;
        }

        context.Locations["kind"] = kind.Start;
        var type = ResourceKinds.Find(kind.Value);
        if (type is null)
        {
            context.Error(DiagnosticCodes.UnknownKind, kind.Start,
                $"unknown kind '{kind.Value}'{Suggestions.DidYouMean(kind.Value, kinds)}", $"kinds: {string.Join(", ", kinds)}");
        }

        return type;
    }

    public static bool ApiVersion(DocMapping root, ValidationContext context)
    {
        var entry = root.Find("apiVersion");
        var hint = $"set 'apiVersion: {ApiGroup.ApiVersion}'";
        if (entry is null || entry.Value is DocScalar { IsNull: true })
        {
            context.Error(DiagnosticCodes.WrongApiVersion, entry?.Key.Start ?? root.Start, $"the document has no apiVersion; expected '{ApiGroup.ApiVersion}'", hint);
            return false;
        }

        if (entry.Value is not DocScalar { Value: ApiGroup.ApiVersion })
        {
            var found = entry.Value is DocScalar scalar ? $"'{scalar.Value}'" : entry.Value.Describe();
            context.Error(DiagnosticCodes.WrongApiVersion, entry.Value.Start, $"apiVersion {found} is not served; expected '{ApiGroup.ApiVersion}'", hint);
            return false;
        }

        return true;
    }

    /// <summary><c>Kind/namespace/name</c> when the document names itself, for findings before it is typed.</summary>
    public static string? Ref(string kind, DocMapping root)
    {
        if (root.Find("metadata")?.Value is not DocMapping metadata || metadata.Find("name")?.Value is not DocScalar { IsNull: false } name)
        {
            return null;
        }

        var ns = metadata.Find("namespace")?.Value is DocScalar { IsNull: false } n ? n.Value : Names.DefaultNamespace;
        return new ResourceKey(kind, ns, name.Value).ToString();
    }
}
