using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContentOps.Core.Api;
using ContentOps.Operator.Stores.Local;

namespace ContentOps.Operator.Stores.Kubernetes;

/// <summary>
/// Converts between the API server's JSON and the Core resource types. The same options as the state folder
/// (camelCase, nulls left out, enums as camelCase strings): the CRDs are generated from those types, so the JSON
/// the server stores is exactly what this writes, and a status read back compares equal to the one written.
/// </summary>
internal static class ResourceJson
{
    public static Resource ToResource(JsonElement element, KindEndpoint endpoint) =>
        (Resource?)element.Deserialize(endpoint.Shape.Type, StateJson.Options)
        ?? throw new InvalidDataException($"The API server sent a null {endpoint.Kind}.");

    /// <summary>metadata.resourceVersion of any object (bookmarks included), or null.</summary>
    public static string? ResourceVersionOf(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty("metadata", out var metadata)
        && metadata.ValueKind == JsonValueKind.Object
        && metadata.TryGetProperty("resourceVersion", out var version)
        && version.ValueKind == JsonValueKind.String
            ? version.GetString()
            : null;

    /// <summary>The status as a JSON tree in the canonical form, or null for no status.</summary>
    public static JsonNode? StatusNode(ResourceStatus? status, KindEndpoint endpoint) =>
        status is null ? null : JsonSerializer.SerializeToNode(status, endpoint.Shape.StatusType, StateJson.Options);

    /// <summary>
    /// True when <paramref name="candidate"/> is a later version than <paramref name="current"/>. resourceVersions
    /// are opaque, but etcd revisions (and the fake server) are integers; other forms count as newer when different.
    /// </summary>
    public static bool IsNewer(string? candidate, string? current) =>
        ulong.TryParse(candidate, NumberStyles.None, CultureInfo.InvariantCulture, out var a)
        && ulong.TryParse(current, NumberStyles.None, CultureInfo.InvariantCulture, out var b)
            ? a > b
            : !string.Equals(candidate, current, StringComparison.Ordinal);
}
