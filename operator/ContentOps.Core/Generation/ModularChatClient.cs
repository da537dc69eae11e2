using System.Text.Json;
using ContentOps.Core.Generation.Templates;
using Microsoft.Extensions.AI;

namespace ContentOps.Core.Generation;

/// <summary>
/// The embedded, offline and deterministic "model" behind <see cref="IChatClient"/>: it reads the request from the
/// prompt and answers with the same structured composition a model returns (prose from the tone profiles, claim
/// ids in the order the brief's intent asks). Same input, same bytes, every time.
/// </summary>
public sealed class ModularChatClient : IChatClient
{
    /// <summary>Model id recorded in digests; bump it when templates or tone profiles change so content regenerates.</summary>
    public const string ModelId = "contentops-modular-3";

    public Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var request = PromptBuilder.ExtractRequest(messages)
            ?? throw new InvalidOperationException("The modular generator needs a prompt built by PromptBuilder.");
        var json = JsonSerializer.Serialize(EmbeddedComposer.Compose(request), CompositionJson.Options);
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, json)) { ModelId = ModelId });
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceType == typeof(ChatClientMetadata) ? new ChatClientMetadata("contentops-modular", null, ModelId)
        : serviceType.IsInstanceOfType(this) ? this
        : null;

    public void Dispose()
    {
    }
}
