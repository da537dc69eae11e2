using ContentOps.Core.Generation.Templates;
using Microsoft.Extensions.AI;

namespace ContentOps.Core.Generation;

/// <summary>
/// The embedded, offline and deterministic "model" behind <see cref="IChatClient"/>: it reads the request from
/// the prompt and assembles approved claims into the format's template. Same input, same bytes, every time.
/// </summary>
public sealed class ModularChatClient : IChatClient
{
    /// <summary>Model id recorded in digests; bump it when templates change so content regenerates.</summary>
    public const string ModelId = "contentops-modular-2";

    private readonly Dictionary<string, IFormatTemplate> _templates;

    public ModularChatClient()
        : this([new WeChatArticleTemplate(), new EmailTemplate(), new SmsTemplate(), new RepTalkTrackTemplate(), new WebPageTemplate()])
    {
    }

    public ModularChatClient(IEnumerable<IFormatTemplate> templates) =>
        _templates = templates.ToDictionary(t => t.Format, StringComparer.Ordinal);

    public Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var request = PromptBuilder.ExtractRequest(messages)
            ?? throw new InvalidOperationException("The modular generator needs a prompt built by PromptBuilder.");
        if (!_templates.TryGetValue(request.Format, out var template))
        {
            throw new NotSupportedException($"No template for format '{request.Format}'.");
        }

        var (title, body) = template.Render(request);
        var text = title is null ? body : $"# {title}\n\n{body}";
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, text)) { ModelId = ModelId });
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
