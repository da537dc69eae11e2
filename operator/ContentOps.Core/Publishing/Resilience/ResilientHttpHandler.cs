namespace ContentOps.Core.Publishing.Resilience;

/// <summary>
/// Runs every request through the pipeline of the channel named in its options (<see cref="ChannelOption"/>), so one
/// HttpClient per channel type serves every ChannelTarget while each keeps its own circuit.
/// </summary>
public sealed class ResilientHttpHandler(ChannelPipelines pipelines) : DelegatingHandler(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
{
    /// <summary>namespace/name of the ChannelTarget a request is for.</summary>
    public static readonly HttpRequestOptionsKey<string> ChannelOption = new("contentops.channel");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var channel = request.Options.TryGetValue(ChannelOption, out var name) ? name : request.RequestUri?.Authority ?? "unknown";
        var pipeline = pipelines.Http(channel);
        // Polly disposes a response it retries, so its connection goes back to the pool.
        return pipeline.ExecuteAsync(async (state, token) => await base.SendAsync(state, token).ConfigureAwait(false), request, cancellationToken).AsTask();
    }

    /// <summary>An HttpClient whose every call goes through the channel pipelines.</summary>
    public static HttpClient CreateClient(ChannelPipelines pipelines) =>
        new(new ResilientHttpHandler(pipelines)) { Timeout = Timeout.InfiniteTimeSpan };
}
