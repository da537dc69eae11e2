using k8s.Models;

namespace ContentOps.Operator.Crds;

/// <summary>
/// Adapts the declaration schema of a kind to what the API server accepts as a CRD schema: the server owns
/// <c>metadata</c> and forbids constraining it beyond name/generateName, so the root keeps only its type.
/// </summary>
internal static class CrdSchemaShaper
{
    public static V1JSONSchemaProps Shape(V1JSONSchemaProps declarationSchema)
    {
        if (declarationSchema.Properties?.ContainsKey("metadata") == true)
        {
            declarationSchema.Properties["metadata"] = new V1JSONSchemaProps { Type = "object" };
        }

        return declarationSchema;
    }
}
