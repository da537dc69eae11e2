using System.Text;
using ContentOps.Core.Api;

namespace ContentOps.Operator.Stores.Local;

/// <summary>
/// A declared object reduced to what the user wrote (name, namespace, labels, annotations, spec; no status or
/// store-managed metadata), its JSON for last_declared and the two hashes that decide what a sync writes.
/// </summary>
internal sealed record DeclaredForm(Resource Object, ResourceShape Shape, string Json, string SpecHash, string DeclaredHash)
{
    public ResourceKey Key => Object.Key;

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
        var reduced = shape.With(declared, metadata, status: null);
        var json = StateJson.SerializeToUtf8(reduced, shape.Type);

        // Generation follows spec and labels (labels decide which policies select a piece); annotations and
        // status never bump it.
        var specInput = StateJson.SerializeToUtf8(new SpecHashInput(metadata.Labels, shape.Spec(declared)), typeof(SpecHashInput));
        return new DeclaredForm(reduced, shape, Encoding.UTF8.GetString(json), StateJson.Hash(specInput), StateJson.Hash(json));
    }

    private sealed record SpecHashInput(IReadOnlyDictionary<string, string>? Labels, object Spec);
}
