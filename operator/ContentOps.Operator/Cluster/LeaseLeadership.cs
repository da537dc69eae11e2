using k8s;
using k8s.LeaderElection;
using k8s.LeaderElection.ResourceLock;
using Microsoft.Extensions.Logging;

namespace ContentOps.Operator.Cluster;

/// <summary>
/// Leader election on a coordination.k8s.io Lease through the client's <see cref="LeaderElector"/>, wrapped in a
/// retry loop because the elector gives up for good after one failed round (KubeOps #677/#784). While this replica
/// leads, <c>lead</c> runs; when it stops leading, for any reason, <c>stopLeading</c> stops the workers and clears
/// the queue before another attempt, so a deposed leader never keeps reconciling next to the new one.
/// </summary>
internal sealed class LeaseLeadership(IKubernetes client, LeaseOptions options, string identity, ILogger logger)
{
    private volatile bool _leading;

    public bool IsLeader => _leading;

    public string Identity => identity;

    public async Task RunAsync(Func<CancellationToken, Task> lead, Func<Task> stopLeading, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var leaseLock = new LeaseLock(client, options.Namespace, options.Name, identity);

            // Create/Update failures are swallowed by the lock unless observed here (csharp #1584, #1593).
            leaseLock.OnHttpError += exception => logger.ElectionFailed(exception);
            using var term = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

            // A failure while leading ends this term (the elector is cancelled) instead of holding a lease and doing nothing.
            using var electing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            Task leading = Task.CompletedTask;
            using (var elector = new LeaderElector(new LeaderElectionConfig(leaseLock)
            {
                LeaseDuration = options.LeaseDuration,
                RenewDeadline = options.RenewDeadline,
                RetryPeriod = options.RetryPeriod,
            }))
            {
                elector.OnStartedLeading += () =>
                {
                    _leading = true;
                    logger.StartedLeading(identity, options.Namespace, options.Name);
                    leading = Task.Run(() => LeadAsync(lead, electing, term.Token), CancellationToken.None);
                };
                elector.OnStoppedLeading += () => _leading = false;
                elector.OnNewLeader += leader => logger.NewLeader(leader);
                elector.OnError += exception => logger.ElectionFailed(exception);
                try
                {
                    await elector.RunUntilLeadershipLostAsync(electing.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    // Shutting down: fall through to stop leading.
                }
                catch (Exception exception)
                {
                    logger.ElectionFailed(exception);
                }
            }

            _leading = false;
            await term.CancelAsync().ConfigureAwait(false);
            await stopLeading().ConfigureAwait(false);
            await leading.ConfigureAwait(false);
            logger.StoppedLeading(identity);
            if (!cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(options.RetryPeriod, cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
            }
        }
    }

    private async Task LeadAsync(Func<CancellationToken, Task> lead, CancellationTokenSource electing, CancellationToken cancellationToken)
    {
        try
        {
            await lead(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Leadership ended.
        }
        catch (Exception exception)
        {
            logger.LeadingFailed(exception);
            await electing.CancelAsync().ConfigureAwait(false);
        }
    }
}
