using k8s;
using Microsoft.Extensions.Logging;

namespace ContentOps.Operator.Cluster;

/// <summary>
/// One operator replica: informers always (so a standby is warm), reconciling only while it holds the Lease, and
/// the health endpoints. Ends when cancelled (SIGTERM): the workers stop, the state folder is released, and the
/// lease is handed back, so a standby takes over within a retry period (a killed leader's lease expires instead).
/// </summary>
internal sealed class OperatorHost(IKubernetes client, ClusterOptions options, LeaseOptions lease, TimeProvider time, ILoggerFactory logs) : IDisposable
{
    private readonly ClusterRuntime _runtime = new(client, options, time, logs);
    private readonly LeaseLeadership _leadership = new(client, lease, options.Identity, logs.CreateLogger<LeaseLeadership>());

    public ClusterRuntime Runtime => _runtime;

    public LeaseLeadership Leadership => _leadership;

    /// <summary>The one API (health, metrics, events, suggestions, unsubscribe, callbacks) over this replica.</summary>
    public Http.ApiServer CreateApiServer() => new(_runtime.ApiBackends(() => _leadership.IsLeader), Http.ApiAuth.FromEnvironment());

    public Task RunAsync(CancellationToken cancellationToken) => Task.WhenAll(
        _runtime.RunInformersAsync(cancellationToken),
        _leadership.RunAsync(_runtime.LeadAsync, _runtime.SuspendAsync, cancellationToken));

    public void Dispose() => _runtime.Dispose();
}
