using Microsoft.Extensions.Logging;

namespace ContentOps.Operator.Controller;

/// <summary>Log messages of the controller machinery, Kubernetes style: past tense, structured keys.</summary>
internal static partial class ControllerLog
{
    [LoggerMessage(1001, LogLevel.Debug, "Reconciled {Kind} {Namespace}/{Name} in {DurationMs} ms")]
    public static partial void Reconciled(this ILogger logger, string kind, string @namespace, string name, long durationMs);

    [LoggerMessage(1002, LogLevel.Debug, "Requeued {Kind} {Namespace}/{Name} after {After}: {Reason}")]
    public static partial void Requeued(this ILogger logger, string kind, string @namespace, string name, TimeSpan after, string reason);

    [LoggerMessage(1003, LogLevel.Warning, "Reconcile failed for {Kind} {Namespace}/{Name} (attempt {Attempt}): {Reason}")]
    public static partial void ReconcileFailed(this ILogger logger, Exception? exception, string kind, string @namespace, string name, int attempt, string reason);

    [LoggerMessage(1004, LogLevel.Error, "Reconciler threw for {Kind} {Namespace}/{Name}")]
    public static partial void ReconcilerThrew(this ILogger logger, Exception exception, string kind, string @namespace, string name);

    [LoggerMessage(1005, LogLevel.Warning, "Stalled {Kind} {Namespace}/{Name}: {Reason}")]
    public static partial void Stalled(this ILogger logger, string kind, string @namespace, string name, string reason);

    [LoggerMessage(1006, LogLevel.Debug, "Cancelled reconcile of {Kind} {Namespace}/{Name}")]
    public static partial void ReconcileCancelled(this ILogger logger, string kind, string @namespace, string name);

    [LoggerMessage(1007, LogLevel.Warning, "Dropped {Kind} {Namespace}/{Name}: no reconciler is registered for the kind")]
    public static partial void NoReconciler(this ILogger logger, string kind, string @namespace, string name);

    [LoggerMessage(1008, LogLevel.Error, "Dependency mapping for {Kind} failed on {Namespace}/{Name}")]
    public static partial void DependencyMappingFailed(this ILogger logger, Exception exception, string kind, string @namespace, string name);

    [LoggerMessage(1009, LogLevel.Information, "Started {Workers} workers")]
    public static partial void WorkersStarted(this ILogger logger, int workers);

    [LoggerMessage(1010, LogLevel.Information, "Stopped workers")]
    public static partial void WorkersStopped(this ILogger logger);

    [LoggerMessage(1011, LogLevel.Warning, "Suspended and cleared the work queue")]
    public static partial void SuspendedAndCleared(this ILogger logger);
}
