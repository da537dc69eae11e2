using Microsoft.Extensions.Logging;

namespace ContentOps.Operator.Sending;

/// <summary>
/// The operator's execution of send plans: while this replica leads, <see cref="SendDispatch"/> runs at once and then
/// every <see cref="Interval"/>, so sends deferred by quiet hours or a schedule go out when due and new publications
/// reach doctors within a minute. A failing pass is logged and retried on the next tick, never a crash.
/// </summary>
internal sealed partial class SendDispatchLoop(SendDispatch dispatch, TimeProvider time, ILogger<SendDispatchLoop> logger)
{
    /// <summary>Time between two passes.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    /// <summary>Runs passes until <paramref name="cancellationToken"/> is cancelled (leadership lost or shutdown); never throws.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var report = await dispatch.RunAsync(cancellationToken).ConfigureAwait(false);
                if (report.Sent + report.Waiting + report.Failed > 0)
                {
                    LogExecuted(logger, report.Sent, report.Deferred, report.Waiting, report.Failed, report.Skipped);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogFailed(logger, e.GetType().Name, e);
            }

            try
            {
                await Task.Delay(Interval, time, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Executed send plans: sent={Sent} deferred={Deferred} waiting={Waiting} refused={Refused} skipped={Skipped}")]
    private static partial void LogExecuted(ILogger logger, int sent, int deferred, int waiting, int refused, int skipped);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Executing send plans failed ({Error}); retrying on the next pass")]
    private static partial void LogFailed(ILogger logger, string error, Exception exception);
}
