using System.Diagnostics.CodeAnalysis;
using ContentOps.Core.Generation;
using Microsoft.Extensions.AI;

namespace ContentOps.Operator.Reconcilers.ContentPieces;

/// <summary>
/// Resolves a piece's generation provider to a chat client, once at start: <c>embedded</c> is always there;
/// <c>openai</c> exists when an OpenAI-compatible endpoint (vLLM, Ollama) was configured.
/// </summary>
internal sealed class ChatClientProvider(IChatClient? openAi = null, string? openAiModel = null)
{
    private readonly ModularChatClient _embedded = new();

    public bool TryGet(string provider, [NotNullWhen(true)] out IChatClient? client, out string modelId)
    {
        (client, modelId) = provider switch
        {
            "embedded" => ((IChatClient?)_embedded, ModularChatClient.ModelId),
            "openai" when openAi is not null => (openAi, "openai:" + (openAiModel ?? "default")),
            _ => (null, ""),
        };
        return client is not null;
    }
}
