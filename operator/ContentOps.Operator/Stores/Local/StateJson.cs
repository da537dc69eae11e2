using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContentOps.Operator.Stores.Local;

/// <summary>
/// The one JSON form of resources in the state folder. Hashes are taken over this form, so it must be canonical:
/// property order follows the CLR declarations, maps are written with sorted keys and nulls are left out.
/// </summary>
internal static class StateJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Computed members (Resource.Key, ObjectMeta.EffectiveNamespace) are views, not state.
        IgnoreReadOnlyProperties = true,
        // The database is not HTML; keep Chinese text readable for people inspecting state.db.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new SortedStringMapConverter(), new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Serialize(object value, Type type) => JsonSerializer.Serialize(value, type, Options);

    public static byte[] SerializeToUtf8(object value, Type type) => JsonSerializer.SerializeToUtf8Bytes(value, type, Options);

    public static object Deserialize(string json, Type type) =>
        JsonSerializer.Deserialize(json, type, Options)
        ?? throw new InvalidDataException($"The state folder holds a null {type.Name}.");

    /// <summary>Lower-case hex sha256 of UTF-8 bytes.</summary>
    public static string Hash(ReadOnlySpan<byte> utf8) => Convert.ToHexStringLower(SHA256.HashData(utf8));
}
