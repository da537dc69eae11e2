using System.ClientModel;
using ContentOps.Core.Knowledge.Embeddings;
using ContentOps.Core.Knowledge.Text;
using Microsoft.Extensions.AI;
using OpenAI;

namespace ContentOps.Operator.Knowledge;

/// <summary>
/// Resolves the embedding provider once at start: the embedded hashed n-gram embedding, or an OpenAI-compatible
/// <c>/v1/embeddings</c> endpoint (vLLM, Ollama, text-embeddings-inference) when one is given.
/// </summary>
internal static class EmbeddingGenerators
{
    /// <summary>Environment variable holding the embeddings endpoint's API key (local servers accept any).</summary>
    public const string ApiKeyVariable = "CONTENTOPS_EMBEDDINGS_API_KEY";

    /// <param name="endpoint">Base URL up to and including <c>/v1</c>, e.g. http://vllm:8000/v1; null for the embedded embedding.</param>
    /// <param name="model">The endpoint's model name.</param>
    /// <param name="tokenizer">jieba, for the embedded embedding.</param>
    public static IEmbeddingGenerator<string, Embedding<float>> Create(string? endpoint, string? model, ChineseTokenizer tokenizer)
    {
        if (endpoint is null)
        {
            return new HashedNgramEmbeddingGenerator(tokenizer);
        }

        var key = Environment.GetEnvironmentVariable(ApiKeyVariable) ?? "not-needed";
        var client = new OpenAI.Embeddings.EmbeddingClient(model ?? "default", new ApiKeyCredential(key), new OpenAIClientOptions { Endpoint = new Uri(endpoint) });
        return client.AsIEmbeddingGenerator();
    }
}
