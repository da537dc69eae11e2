using k8s;
using k8s.Models;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace ContentOps.Operator.Tests.Crds;

/// <summary>
/// Turns a CRD's <c>openAPIV3Schema</c> into a JSON Schema document NJsonSchema validates with. Objects with
/// declared properties get <c>additionalProperties: false</c>: the API server would silently prune an unknown
/// field, so an example that relies on one must fail here instead of losing data in a cluster.
/// </summary>
internal static class CrdJsonSchema
{
    public static async Task<JsonSchema> FromAsync(V1CustomResourceDefinition crd)
    {
        var openApi = crd.Spec.Versions.Single().Schema.OpenAPIV3Schema;
        var document = JObject.Parse(KubernetesJson.Serialize(openApi));
        ForbidUnknownFields(document);
        document["$schema"] = "http://json-schema.org/draft-04/schema#";
        return await JsonSchema.FromJsonAsync(document.ToString());
    }

    private static void ForbidUnknownFields(JToken node)
    {
        if (node is not JObject schema)
        {
            return;
        }

        if (schema["properties"] is JObject properties && schema["x-kubernetes-preserve-unknown-fields"]?.Value<bool>() != true)
        {
            schema["additionalProperties"] = false;
            foreach (var property in properties.Properties())
            {
                ForbidUnknownFields(property.Value);
            }
        }

        if (schema["items"] is JObject items)
        {
            ForbidUnknownFields(items);
        }

        if (schema["additionalProperties"] is JObject values)
        {
            ForbidUnknownFields(values);
        }
    }
}
