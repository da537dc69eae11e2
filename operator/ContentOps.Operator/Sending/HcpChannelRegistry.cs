using ContentOps.Core.Api.Channels;
using ContentOps.Core.Publishing;
using ContentOps.Core.Publishing.Crm;
using ContentOps.Core.Publishing.Email;
using ContentOps.Core.Publishing.Hcp;
using ContentOps.Core.Publishing.Resilience;
using ContentOps.Core.Publishing.Sms;
using ContentOps.Core.Publishing.WeChat;
using ContentOps.Operator.Reconcilers;

namespace ContentOps.Operator.Sending;

/// <summary>
/// The per-HCP channel adapters of a process, built once over one set of named resilience pipelines (one circuit per
/// ChannelTarget) and one HTTP client; secrets are resolved per call and never kept.
/// </summary>
internal sealed class HcpChannelRegistry
{
    private readonly Dictionary<string, IHcpChannel> _channels;
    private readonly ISecretResolver _secrets;

    public HcpChannelRegistry(string fileRoot, ISecretResolver secrets, TimeProvider time, ChannelResilienceOptions? options = null, UnsubscribeSigner? unsubscribe = null)
    {
        _secrets = secrets;
        Unsubscribe = unsubscribe;
        Pipelines = new ChannelPipelines(time, options);
        var http = ResilientHttpHandler.CreateClient(Pipelines);
        WeChat = new WeChatChannel(http, new WeChatTokenCache(http, time), time);
        _channels = new IHcpChannel[]
        {
            new FileHcpChannel(fileRoot, time),
            new SmtpChannel(Pipelines, time),
            WeChat,
            new SmsChannel(http, time),
            new CrmChannel(http, time),
        }.ToDictionary(c => c.Type, StringComparer.Ordinal);
    }

    public ChannelPipelines Pipelines { get; }

    /// <summary>Signs e-mail's one-click unsubscribe links; without it e-mail carries the mailto: unsubscribe only.</summary>
    public UnsubscribeSigner? Unsubscribe { get; }

    /// <summary>Also the piece-level adapter of wechat channels (draft, publish, delete).</summary>
    public WeChatChannel WeChat { get; }

    /// <summary>The adapter of a channel type, or null when the type has no per-HCP sends (webhook).</summary>
    public IHcpChannel? Find(string type) => _channels.GetValueOrDefault(type);

    public string? SecretFor(ChannelTarget channel) => channel.Spec.SecretRef is { } reference ? _secrets.Resolve(reference) : null;

    /// <summary>True when the channel's circuit is open: its endpoint failed repeatedly.</summary>
    public bool IsDown(ChannelTarget channel) => Pipelines.IsDown($"{channel.Metadata.EffectiveNamespace}/{channel.Metadata.Name}");
}
