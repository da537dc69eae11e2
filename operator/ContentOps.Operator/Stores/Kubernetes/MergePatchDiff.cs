using System.Text.Json.Nodes;

namespace ContentOps.Operator.Stores.Kubernetes;

/// <summary>
/// Builds the RFC 7386 merge patch that turns one JSON tree into another: changed members are set, removed
/// members become null, objects are diffed recursively and arrays are sent whole (merge patch cannot address list
/// items, so a changed conditions list goes as the full array).
/// </summary>
internal static class MergePatchDiff
{
    public static JsonObject Create(JsonObject? from, JsonObject to)
    {
        var patch = new JsonObject();
        foreach (var (name, value) in to)
        {
            var old = from?[name];
            if (JsonNode.DeepEquals(old, value))
            {
                continue;
            }

            patch[name] = old is JsonObject oldObject && value is JsonObject newObject
                ? Create(oldObject, newObject)
                : value?.DeepClone();
        }

        foreach (var (name, _) in from ?? [])
        {
            if (!to.ContainsKey(name))
            {
                patch[name] = null;
            }
        }

        return patch;
    }
}
