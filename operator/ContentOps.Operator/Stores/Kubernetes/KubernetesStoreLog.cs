using Microsoft.Extensions.Logging;

namespace ContentOps.Operator.Stores.Kubernetes;

/// <summary>Log messages of the Kubernetes store, Kubernetes style: past tense, structured keys.</summary>
internal static partial class KubernetesStoreLog
{
    [LoggerMessage(3001, LogLevel.Information, "Listed {Kind}: {Count} objects at resourceVersion {ResourceVersion}")]
    public static partial void Listed(this ILogger logger, string kind, int count, string? resourceVersion);

    [LoggerMessage(3002, LogLevel.Debug, "Watch of {Kind} ended after {DurationMs} ms at resourceVersion {ResourceVersion}; reopening")]
    public static partial void WatchEnded(this ILogger logger, string kind, long durationMs, string? resourceVersion);

    [LoggerMessage(3003, LogLevel.Information, "Watch of {Kind} expired at resourceVersion {ResourceVersion} (410); relisting")]
    public static partial void WatchExpired(this ILogger logger, string kind, string? resourceVersion);

    [LoggerMessage(3004, LogLevel.Warning, "List/watch of {Kind} failed; retrying in {Delay}")]
    public static partial void WatchFailed(this ILogger logger, Exception exception, string kind, TimeSpan delay);

    [LoggerMessage(3005, LogLevel.Debug, "Status of {Kind} {Namespace}/{Name} conflicted (attempt {Attempt}); re-reading")]
    public static partial void StatusConflict(this ILogger logger, string kind, string @namespace, string name, int attempt);

    [LoggerMessage(3006, LogLevel.Warning, "Event {Reason} for {Kind} {Namespace}/{Name} could not be written")]
    public static partial void EventFailed(this ILogger logger, Exception exception, string reason, string kind, string @namespace, string name);

    [LoggerMessage(3007, LogLevel.Warning, "Skipped {Kind} {Namespace}/{Name}: it does not match the schema")]
    public static partial void Undecodable(this ILogger logger, Exception exception, string kind, string @namespace, string name);
}
