using Microsoft.Extensions.Logging;

namespace ContentOps.Operator.Cluster;

/// <summary>Log messages of the operator's cluster machinery, Kubernetes style: past tense, structured keys.</summary>
internal static partial class ClusterLog
{
    [LoggerMessage(3101, LogLevel.Information, "Started leading as {Identity} (lease {Namespace}/{Lease})")]
    public static partial void StartedLeading(this ILogger logger, string identity, string @namespace, string lease);

    [LoggerMessage(3102, LogLevel.Warning, "Stopped leading as {Identity}; workers stopped and queue cleared")]
    public static partial void StoppedLeading(this ILogger logger, string identity);

    [LoggerMessage(3103, LogLevel.Information, "Observed leader {Leader}")]
    public static partial void NewLeader(this ILogger logger, string leader);

    [LoggerMessage(3104, LogLevel.Warning, "Leader election failed; retrying")]
    public static partial void ElectionFailed(this ILogger logger, Exception exception);

    [LoggerMessage(3105, LogLevel.Error, "Reconciling while leading failed")]
    public static partial void LeadingFailed(this ILogger logger, Exception exception);

    [LoggerMessage(3106, LogLevel.Information, "Serving the API (/healthz, /readyz, /metrics, /v1/...) on port {Port}")]
    public static partial void Serving(this ILogger logger, int port);

    [LoggerMessage(3107, LogLevel.Information, "Released lease {Namespace}/{Lease} held by {Identity}; a standby may take over now")]
    public static partial void ReleasedLease(this ILogger logger, string identity, string @namespace, string lease);

    [LoggerMessage(3108, LogLevel.Warning, "Releasing the lease failed; it expires after its duration instead")]
    public static partial void ReleaseFailed(this ILogger logger, Exception exception);
}
