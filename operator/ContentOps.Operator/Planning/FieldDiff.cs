using System.Text.Json;
using System.Text.Json.Nodes;
using ContentOps.Core.Digests;

namespace ContentOps.Operator.Planning;

/// <summary>
/// Field-level difference of two declarations through their canonical JSON (the form digests are computed from,
/// so a difference here is a difference the pipeline sees). Lists whose items carry an <c>id</c> (claims, rules,
/// key messages, references) or a <c>name</c> (segments) are compared item by item; other lists as a whole.
/// </summary>
internal static class FieldDiff
{
    private static readonly Dictionary<string, string> _itemNouns = new(StringComparer.Ordinal)
    {
        ["claims"] = "claim",
        ["rules"] = "rule",
        ["keyMessages"] = "key message",
        ["references"] = "reference",
        ["segments"] = "segment",
        ["indications"] = "indication",
    };

    public static IReadOnlyList<FieldChange> Compare<T>(T? before, T? after, string path) => Compare(before, after, path, path);

    /// <param name="display">How the compared value reads, e.g. <c>spec</c> or <c>claim klp-dosing</c>.</param>
    /// <param name="mapPath">Its source-map path in the newer declaration, e.g. <c>spec.claims[4]</c>.</param>
    public static IReadOnlyList<FieldChange> Compare<T>(T? before, T? after, string display, string mapPath)
    {
        var changes = new List<FieldChange>();
        Walk(ToNode(before), ToNode(after), display, mapPath, changes);
        return changes;
    }

    public static JsonNode? ToNode<T>(T? value) =>
        value is null ? null : JsonSerializer.SerializeToNode(value, ContentDigest.CanonicalJson);

    private static void Walk(JsonNode? before, JsonNode? after, string display, string mapPath, List<FieldChange> changes)
    {
        if (JsonNode.DeepEquals(before, after))
        {
            return;
        }

        if (before is JsonObject oldObject && after is JsonObject newObject)
        {
            foreach (var name in oldObject.Select(p => p.Key).Union(newObject.Select(p => p.Key)).Order(StringComparer.Ordinal))
            {
                // Inside a list item ("claim klp-dosing") fields read as words: "claim klp-dosing text".
                var childDisplay = display.Contains(' ') ? $"{display} {name}" : Child(display, name);
                Walk(oldObject[name], newObject[name], childDisplay, Child(mapPath, name), changes);
            }

            return;
        }

        if (before is JsonArray oldArray && after is JsonArray newArray && KeyOf(oldArray) is { } key && KeyOf(newArray) == key)
        {
            CompareItems(oldArray, newArray, key, display, mapPath, changes);
            return;
        }

        changes.Add(new FieldChange(display, mapPath, before is null ? "added" : after is null ? "removed" : "changed"));
    }

    private static void CompareItems(JsonArray before, JsonArray after, string key, string display, string mapPath, List<FieldChange> changes)
    {
        var field = mapPath[(mapPath.LastIndexOf('.') + 1)..];
        var noun = _itemNouns.GetValueOrDefault(field) ?? display;
        var oldItems = before.ToDictionary(i => (string)i![key]!, StringComparer.Ordinal);
        for (var index = 0; index < after.Count; index++)
        {
            var id = (string)after[index]![key]!;
            var itemDisplay = $"{noun} {id}";
            var itemPath = $"{mapPath}[{index}]";
            if (!oldItems.Remove(id, out var old))
            {
                changes.Add(new FieldChange(itemDisplay, itemPath, "added"));
            }
            else
            {
                Walk(old, after[index], itemDisplay, itemPath, changes);
            }
        }

        foreach (var id in oldItems.Keys.Order(StringComparer.Ordinal))
        {
            changes.Add(new FieldChange($"{noun} {id}", mapPath, "removed"));
        }
    }

    /// <summary>"id" or "name" when every item is an object with a distinct string value for it.</summary>
    private static string? KeyOf(JsonArray array)
    {
        foreach (var key in new[] { "id", "name" })
        {
            var values = array.Select(i => i is JsonObject o && o[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null).ToList();
            if (values.Count > 0 && values.All(v => v is not null) && values.Distinct(StringComparer.Ordinal).Count() == values.Count)
            {
                return key;
            }
        }

        return null;
    }

    private static string Child(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";
}
