using ContentOps.Core.Api;
using ContentOps.Core.Api.Channels;
using ContentOps.Core.Publishing;
using ContentOps.Operator.Stores;

namespace ContentOps.Operator.Reconcilers;

/// <summary>Channel adapters by type, resolved once at start, and the secrets their targets reference.</summary>
internal sealed class ChannelRegistry(IEnumerable<IChannelAdapter> adapters, ISecretResolver secrets, IResourceStore store)
{
    private readonly Dictionary<string, IChannelAdapter> _adapters = adapters.ToDictionary(a => a.Type, StringComparer.Ordinal);

    public IChannelAdapter Get(string type) => _adapters.TryGetValue(type, out var adapter)
        ? adapter
        : throw new ChannelException($"No adapter for channel type '{type}' is configured in this mode.", permanent: true);

    public ChannelTarget? Find(string ns, string name) => store.Get(new ResourceKey("ChannelTarget", ns, name)) as ChannelTarget;

    public string? SecretFor(ChannelTarget channel) => channel.Spec.SecretRef is { } reference ? secrets.Resolve(reference) : null;
}
