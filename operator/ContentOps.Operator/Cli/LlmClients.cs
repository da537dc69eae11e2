using System.ClientModel;
using ContentOps.Operator.Reconcilers.ContentPieces;
using Microsoft.Extensions.AI;
using OpenAI;

namespace ContentOps.Operator.Cli;

/// <summary>Resolves generation providers once at start: embedded always; openai when an endpoint is given.</summary>
internal static class LlmClients
{
    /// <summary>Environment variable holding the endpoint's API key (vLLM and Ollama accept any).</summary>
    public const string ApiKeyVariable = "CONTENTOPS_LLM_API_KEY";

    public static ChatClientProvider Create(string? endpoint, string? model)
    {
        if (endpoint is null)
        {
            return new ChatClientProvider();
        }

        var key = Environment.GetEnvironmentVariable(ApiKeyVariable) ?? "not-needed";
        var name = model ?? "default";
        var client = new OpenAI.Chat.ChatClient(name, new ApiKeyCredential(key), new OpenAIClientOptions { Endpoint = new Uri(endpoint) });
        return new ChatClientProvider(client.AsIChatClient(), name);
    }
}
