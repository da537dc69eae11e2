using System.Threading.Channels;

namespace ContentOps.Operator.Tests.FakeApiServer;

/// <summary>One open watch: the events it still has to send, and the faults that apply to it.</summary>
internal sealed class FakeWatcher(string collection, string? ns)
{
    public string Collection { get; } = collection;

    public string? Namespace { get; } = ns;

    public Channel<WatchEvent> Events { get; } = Channel.CreateUnbounded<WatchEvent>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Cancelled to abort the connection mid-stream (no clean end of the response).</summary>
    public CancellationTokenSource Abort { get; } = new();

    /// <summary>A stalled watch stays open but delivers nothing more until its timeoutSeconds ends it.</summary>
    public volatile bool Stalled;

    public bool Sees(WatchEvent change) =>
        change.Collection == Collection && (Namespace is null || change.Namespace == Namespace);
}
