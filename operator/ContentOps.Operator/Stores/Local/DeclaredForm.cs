using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ContentOps.Core.Api;

namespace ContentOps.Operator.Stores.Local;

/// <summary>
/// A declared object as the store compares and keeps it: the JSON of what the user wrote (apiVersion, kind, name,
/// namespace, labels, annotations, spec; no status or store-managed metadata) for last_declared, and the two
/// hashes that decide what a sync writes. The spec is serialised once and reused for both hashes, because a
/// no-op sync over 10,000 objects is mostly this work.
/// </summary>
internal sealed class DeclaredForm
{
    private static readonly byte[] _separator = [0];

    private readonly byte[] _json;

    private DeclaredForm(Resource declared, ResourceShape shape, byte[] json, string specHash)
    {
        Object = declared;
        Shape = shape;
        _json = json;
        SpecHash = specHash;
        DeclaredHash = StateJson.Hash(json);
    }

    public Resource Object { get; }

    public ResourceKey Key => Object.Key;

    public ResourceShape Shape { get; }

    /// <summary>Generation follows this: spec and labels (labels decide which policies select a piece).</summary>
    public string SpecHash { get; }

    /// <summary>Everything in <see cref="Json"/>; annotations alone change this but not the generation.</summary>
    public string DeclaredHash { get; }

    /// <summary>The last_declared column; built only for rows that are written.</summary>
    public string Json => Encoding.UTF8.GetString(_json);

    public static DeclaredForm Of(Resource declared)
    {
        var shape = ResourceShape.Of(declared.GetType());
        if (!string.Equals(declared.Kind, shape.Kind, StringComparison.Ordinal))
        {
            throw new ArgumentException($"{declared.Key} is a {declared.GetType().Name} but says kind '{declared.Kind}'.", nameof(declared));
        }

        var source = declared.Metadata;
        var metadata = new ObjectMeta
        {
            Name = source.Name,
            Namespace = source.EffectiveNamespace,
            Labels = source.Labels is { Count: > 0 } ? source.Labels : null,
            Annotations = source.Annotations is { Count: > 0 } ? source.Annotations : null,
        };
        var spec = shape.Spec(declared);
        var specJson = StateJson.SerializeToUtf8(spec, spec.GetType());
        var labelsJson = metadata.Labels is null ? [] : StateJson.SerializeToUtf8(metadata.Labels, typeof(IReadOnlyDictionary<string, string>));

        using var specHash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        specHash.AppendData(labelsJson);
        specHash.AppendData(_separator);
        specHash.AppendData(specJson);

        var buffer = new ArrayBufferWriter<byte>(specJson.Length + 256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("apiVersion", declared.ApiVersion);
            writer.WriteString("kind", declared.Kind);
            writer.WritePropertyName("metadata");
            JsonSerializer.Serialize(writer, metadata, StateJson.Options);
            writer.WritePropertyName("spec");
            writer.WriteRawValue(specJson, skipInputValidation: true);
            writer.WriteEndObject();
        }

        return new DeclaredForm(declared, shape, buffer.WrittenSpan.ToArray(), Convert.ToHexStringLower(specHash.GetHashAndReset()));
    }
}
