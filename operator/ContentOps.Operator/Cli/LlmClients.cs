using System.ClientModel;
using System.ClientModel.Primitives;
using ContentOps.Core.Generation.Resilience;
using ContentOps.Operator.Reconcilers.ContentPieces;
using Microsoft.Extensions.AI;
using OpenAI;

namespace ContentOps.Operator.Cli;

/// <summary>
/// Resolves generation providers once at start: embedded always; openai when an endpoint is given, behind one
/// resilience wrapper per endpoint (timeout per call, retries of 429/5xx/network errors with backoff, bounded
/// concurrency). The SDK's own retries are off so the bounds hold.
/// </summary>
internal static class LlmClients
{
    /// <summary>Environment variable holding the endpoint's API key (vLLM and Ollama accept any).</summary>
    public const string ApiKeyVariable = "CONTENTOPS_LLM_API_KEY";

    public static ChatClientProvider Create(string? endpoint, string? model, LlmResilienceOptions? resilience = null, TimeProvider? time = null)
    {
        if (endpoint is null)
        {
            return new ChatClientProvider();
        }

        var options = resilience ?? new LlmResilienceOptions();
        var key = Environment.GetEnvironmentVariable(ApiKeyVariable) ?? "not-needed";
        var name = model ?? "default";
        var client = new OpenAI.Chat.ChatClient(name, new ApiKeyCredential(key), new OpenAIClientOptions
        {
            Endpoint = new Uri(endpoint),
            RetryPolicy = new ClientRetryPolicy(0),
            NetworkTimeout = options.Timeout + TimeSpan.FromSeconds(5),
        });
        var resilient = new ResilientChatClient(client.AsIChatClient(), options, IsTransient, time ?? TimeProvider.System);
        return new ChatClientProvider(resilient, name);
    }

    /// <summary>429 and 5xx answers, network failures and the SDK's own timeout are worth another attempt; 4xx are not.</summary>
    private static bool IsTransient(Exception e) => e switch
    {
        ClientResultException { Status: 429 or >= 500 } => true,
        ClientResultException { Status: 0 } => true,
        HttpRequestException or TimeoutException or IOException => true,
        _ => false,
    };
}
