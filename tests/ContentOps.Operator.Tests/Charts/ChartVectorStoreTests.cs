using k8s.Models;

namespace ContentOps.Operator.Tests.Charts;

public sealed class ChartVectorStoreTests
{
    [Fact]
    public void Operator_UsesQdrant_WithTheApiKeyFromTheNamedSecret_NeverFromValues()
    {
        var env = RenderedChart.Render("vectorStore.kind=qdrant", "vectorStore.qdrant.url=http://qdrant:6334", "vectorStore.qdrant.apiKeySecret.name=qdrant-credentials")
            .Single<V1Deployment>("contentops").Spec.Template.Spec.Containers[0].Env;

        Assert.Equal("qdrant", env.Single(e => e.Name == "CONTENTOPS_VECTOR_STORE").Value);
        Assert.Equal("http://qdrant:6334", env.Single(e => e.Name == "CONTENTOPS_QDRANT_URL").Value);
        Assert.Equal("contentops-knowledge", env.Single(e => e.Name == "CONTENTOPS_QDRANT_COLLECTION").Value);
        var key = env.Single(e => e.Name == "CONTENTOPS_QDRANT_API_KEY");
        Assert.Null(key.Value);
        Assert.Equal(("qdrant-credentials", "api-key"), (key.ValueFrom.SecretKeyRef.Name, key.ValueFrom.SecretKeyRef.Key));
    }

    [Fact]
    public void Operator_KeepsVectorsEmbedded_ByDefault()
    {
        var env = RenderedChart.Render().Single<V1Deployment>("contentops").Spec.Template.Spec.Containers[0].Env;

        Assert.DoesNotContain(env, e => e.Name.StartsWith("CONTENTOPS_QDRANT", StringComparison.Ordinal) || e.Name == "CONTENTOPS_VECTOR_STORE");
    }
}
