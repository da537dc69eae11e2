using System.Text.Json;
using System.Text.Json.Nodes;
using ContentOps.Core.Api;
using ContentOps.Operator.Stores.Kubernetes;
using ContentOps.Operator.Stores.Local;

namespace ContentOps.Operator.Tests.FakeApiServer;

/// <summary>Collections and objects as the fake server stores them.</summary>
internal static class FakeObjects
{
    public const string Namespace = "diabetes";

    public static string Collection(string kind)
    {
        var endpoint = KindEndpoint.All.Single(e => e.Kind == kind);
        return $"{endpoint.Group}/{endpoint.Version}/{endpoint.Plural}";
    }

    /// <summary>A minimal Campaign; its spec only needs to deserialise, the informer does not validate.</summary>
    public static JsonObject Campaign(string name, string displayName = "Launch") => new()
    {
        ["apiVersion"] = ApiGroup.ApiVersion,
        ["kind"] = "Campaign",
        ["metadata"] = new JsonObject { ["name"] = name, ["namespace"] = Namespace },
        ["spec"] = new JsonObject { ["displayName"] = displayName },
    };

    /// <summary>A declared resource in the JSON form the CRDs describe.</summary>
    public static JsonObject From(Resource resource) =>
        (JsonObject)JsonSerializer.SerializeToNode(resource, resource.GetType(), StateJson.Options)!;

    public static JsonObject Create(this FakeCluster cluster, JsonObject value) =>
        cluster.Create(Collection((string)value["kind"]!), (string?)value["metadata"]!["namespace"] ?? "default", value);
}
