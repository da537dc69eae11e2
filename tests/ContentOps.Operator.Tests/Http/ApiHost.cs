using System.Net;
using ContentOps.Core.Api;
using ContentOps.Core.Api.Channels;
using ContentOps.Operator.Http;
using ContentOps.Operator.Reconcilers;
using ContentOps.Operator.Stores.Local;

namespace ContentOps.Operator.Tests.Http;

/// <summary>The API over a state store on a loopback port, with an HTTP client pointed at it.</summary>
internal sealed class ApiHost : IAsyncDisposable
{
    private ApiHost(ApiServer server)
    {
        Server = server;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{server.Port}") };
    }

    public ApiServer Server { get; }

    public HttpClient Http { get; }

    public static async Task<ApiHost> StartAsync(
        LocalStateStore state, ApiAuth auth, ISecretResolver secrets, IReadOnlyDictionary<string, ChannelTarget>? channels = null,
        IRepSuggestionSource? suggestions = null, Func<ApiBackends, ApiBackends>? adjust = null)
    {
        var backends = new ApiBackends
        {
            Time = TimeProvider.System,
            Events = () => state.Events,
            Sends = () => state.Sends,
            Suggestions = suggestions,
            Channel = (ns, name) => channels?.GetValueOrDefault(name) is { } c && c.Metadata.EffectiveNamespace == ns
                ? c
                : state.Resources.Get(new ResourceKey("ChannelTarget", ns, name)) as ChannelTarget,
            Secrets = secrets,
            Unsubscribe = Operator.Sending.UnsubscribeKey.Load(state.Folder),
        };
        var server = new ApiServer(adjust?.Invoke(backends) ?? backends, auth);
        await server.StartAsync(IPAddress.Loopback, Observability.FreePort.Next(), CancellationToken.None);
        return new ApiHost(server);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }
}
