using System.Collections.Concurrent;
using ContentOps.Operator.Stores.Kubernetes;
using ContentOps.Operator.Tests.FakeApiServer;
using k8s;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContentOps.Operator.Tests.Stores.Kubernetes;

/// <summary>A fake API server, the real client pointed at it, and one Campaign informer running in the background.</summary>
internal sealed class InformerHarness : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private Task _run = Task.CompletedTask;

    private InformerHarness(FakeApiServer.FakeApiServer server, InformerOptions options)
    {
        Server = server;
        Client = new k8s.Kubernetes(new KubernetesClientConfiguration { Host = server.Url });
        Informer = new ResourceInformer(KindEndpoint.All.Single(e => e.Kind == "Campaign"), Client, FakeObjects.Namespace, options, TimeProvider.System, NullLogger.Instance);
        Informer.Changed += Changes.Enqueue;
    }

    public FakeApiServer.FakeApiServer Server { get; }

    public FakeCluster Cluster => Server.Cluster;

    public IKubernetes Client { get; }

    public ResourceInformer Informer { get; }

    public ConcurrentQueue<ResourceChange> Changes { get; } = new();

    public string Collection { get; } = FakeObjects.Collection("Campaign");

    /// <summary>Watch requests on the Campaign collection so far.</summary>
    public int Watches => Server.Requests.Count(r => r.IsWatch && r.Path.EndsWith("/campaigns", StringComparison.Ordinal));

    /// <summary>LIST requests (not watches) on the Campaign collection so far.</summary>
    public int Lists => Server.Requests.Count(r => r.Method == "GET" && !r.IsWatch && r.Path.EndsWith("/campaigns", StringComparison.Ordinal));

    public static async Task<InformerHarness> StartAsync(InformerOptions? options = null, Action<FakeApiServer.FakeApiServer>? configure = null)
    {
        var server = await FakeApiServer.FakeApiServer.StartAsync();
        configure?.Invoke(server);
        return new InformerHarness(server, options ?? new InformerOptions());
    }

    public async Task RunAsync()
    {
        _run = Task.Run(() => Informer.RunAsync(_stop.Token));
        using var timeout = new CancellationTokenSource(Eventually.DefaultTimeout);
        await Informer.WaitForSyncAsync(timeout.Token);
    }

    public bool Has(string name) => Informer.Cache.Get(FakeObjects.Namespace, name) is not null;

    public string? DisplayName(string name) =>
        (Informer.Cache.Get(FakeObjects.Namespace, name) as ContentOps.Core.Api.Campaigns.Campaign)?.Spec.DisplayName;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _run.WaitAsync(TimeSpan.FromSeconds(30));
        Client.Dispose();
        await Server.DisposeAsync();
        _stop.Dispose();
    }
}
