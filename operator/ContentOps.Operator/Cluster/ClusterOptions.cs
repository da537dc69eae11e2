using ContentOps.Operator.Reconcilers.ContentPieces;
using ContentOps.Operator.Stores.Kubernetes;

namespace ContentOps.Operator.Cluster;

/// <summary>Settings of the operator in a cluster, resolved once at start.</summary>
internal sealed record ClusterOptions
{
    /// <summary>
    /// The artifacts volume (a PVC): content-addressed renditions and reports, and <c>state/state.db</c> holding the
    /// publication outbox and the audit log. Must survive restarts, or exactly-once publishing is lost.
    /// </summary>
    public required string ArtifactsPath { get; init; }

    public KubernetesStoreOptions Store { get; init; } = new();

    /// <summary>Concurrent reconciles.</summary>
    public int Workers { get; init; } = Math.Max(2, Environment.ProcessorCount);

    /// <summary>
    /// How often every Campaign is reconciled again to re-measure its objectives: engagement events arrive through the
    /// API or the state database without any resource changing. Null: only when the campaign or a piece changes.
    /// </summary>
    public TimeSpan? ObjectivesRefresh { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>This replica's identity in events and the leader lease (the pod name).</summary>
    public string Identity { get; init; } = Environment.MachineName;

    /// <summary>Client for webhook channels.</summary>
    public HttpClient? HttpClient { get; init; }

    /// <summary>
    /// PostgreSQL connection string of the state database holding the send ledger (from the chart's Secret through
    /// the CONTENTOPS_STATE_DATABASE environment variable); null keeps the ledger in the state folder's SQLite.
    /// </summary>
    public string? StateDatabase { get; init; }

    /// <summary>Generation providers; embedded only unless an OpenAI-compatible endpoint is configured.</summary>
    public ChatClientProvider? ChatClients { get; init; }
}
