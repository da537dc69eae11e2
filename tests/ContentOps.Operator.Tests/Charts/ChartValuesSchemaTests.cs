using ContentOps.Operator.Tests.Crds;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace ContentOps.Operator.Tests.Charts;

/// <summary><c>values.schema.json</c> (which Helm applies on install) accepts the defaults and rejects bad values.</summary>
public sealed class ChartValuesSchemaTests
{
    private static readonly Lazy<JsonSchema> _schema = new(() =>
        JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(HelmRenderer.ChartFolder, "values.schema.json"))).GetAwaiter().GetResult());

    public static TheoryData<string, string> BadValues() => new()
    {
        { "replicas", "\"two\"" },
        { "replicas", "0" },
        { "replica", "2" },
        { "image.pullPolicy", "\"Sometimes\"" },
        { "image.repository", "null" },
        { "image.digest", "\"latest\"" },
        { "watchNamespaces", "[\"Diabetes\"]" },
        { "health.port", "70000" },
        { "metrics.port", "\"9464\"" },
        { "serviceMonitor.enabled", "\"yes\"" },
        { "serviceMonitor.interval", "\"30 seconds\"" },
        { "llm.endpoint", "\"ftp://llm.example.cn\"" },
        { "llm.apiKeySecret.name", "\"Not_A_Name\"" },
        { "artifacts.persistence.size", "\"five gigabytes\"" },
        { "artifacts.persistence.accessModes", "[\"ReadWriteAlways\"]" },
        { "artifacts.mountPath", "\"relative/path\"" },
        { "resources.limits.cpu", "\"lots\"" },
        { "podSecurityContext.runAsUser", "0" },
        { "secretAccess", "[{\"namespace\": \"diabetes\"}]" },
        { "inference.gpu.count", "0" },
        { "inference.gpu.tolerations", "[{\"key\": \"nvidia.com/gpu\", \"operator\": \"Maybe\"}]" },
        { "inference.model", "\"\"" },
        { "inference.enabled", "1" },
        { "api.ingress.extraPaths", "[\"/metrics\"]" },
        { "api.service.type", "\"ExternalName\"" },
    };

    [Fact]
    public void Schema_AcceptsDefaultValues()
    {
        Assert.Empty(_schema.Value.Validate(DefaultValues()));
    }

    [Fact]
    public void Schema_AcceptsProductionValues()
    {
        var values = DefaultValues();
        Set(values, "watchNamespaces", "[\"diabetes\"]");
        Set(values, "serviceMonitor", "{\"enabled\": true, \"interval\": \"15s\", \"labels\": {\"release\": \"kube-prometheus-stack\"}}");
        Set(values, "llm", "{\"endpoint\": \"\", \"model\": \"\", \"apiKeySecret\": {\"name\": \"llm-credentials\", \"key\": \"api-key\"}}");
        Set(values, "embeddings.endpoint", "\"https://embeddings.example.cn/v1\"");
        Set(values, "secretAccess", "[{\"name\": \"wechat-hcp\", \"namespace\": \"diabetes\"}]");
        Set(values, "inference.enabled", "true");
        Set(values, "inference.gpu.count", "2");
        Set(values, "inference.env", "[{\"name\": \"VLLM_USE_MODELSCOPE\", \"value\": \"true\"}]");

        Assert.Empty(_schema.Value.Validate(values));
    }

    [Theory]
    [MemberData(nameof(BadValues))]
    public void Schema_RejectsBadValue(string path, string json)
    {
        var values = DefaultValues();
        Set(values, path, json);

        Assert.NotEmpty(_schema.Value.Validate(values));
    }

    private static JObject DefaultValues() =>
        (JObject)Assert.Single(YamlCoreSchemaJson.LoadAll(File.ReadAllText(Path.Combine(HelmRenderer.ChartFolder, "values.yaml"))));

    /// <summary>Sets (or with JSON null, removes) the value at a dotted path.</summary>
    private static void Set(JObject values, string path, string json)
    {
        var keys = path.Split('.');
        var parent = keys[..^1].Aggregate(values, (o, k) => (JObject)o[k]!);
        var value = JToken.Parse(json);
        if (value.Type == JTokenType.Null)
        {
            parent.Remove(keys[^1]);
        }
        else
        {
            parent[keys[^1]] = value;
        }
    }
}
