using k8s;
using k8s.Autorest;
using k8s.LeaderElection;
using k8s.LeaderElection.ResourceLock;
using Microsoft.Extensions.Logging;

namespace ContentOps.Operator.Cluster;

/// <summary>
/// Leader election on a coordination.k8s.io Lease through the client's <see cref="LeaderElector"/>, wrapped in a
/// retry loop because the elector gives up for good after one failed round (KubeOps #677/#784). While this replica
/// leads, <c>lead</c> runs; when it stops leading, for any reason, <c>stopLeading</c> stops the workers and clears
/// the queue before another attempt, so a deposed leader never keeps reconciling next to the new one. On a graceful
/// stop the leader hands the Lease back once its workers have stopped (client-go's ReleaseOnCancel, which this client
/// lacks), so a rolling update fails over within a retry period instead of a whole lease duration.
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
            var led = false;
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
                    led = true;
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
            if (led && cancellationToken.IsCancellationRequested)
            {
                await ReleaseAsync().ConfigureAwait(false);
            }

            if (!cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(options.RetryPeriod, cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Empties the holder of the Lease if this replica still holds it. The holder must be "" and not null: the
    /// client's elector treats a null holder as "no lease" and tries to create one, which fails forever. The update
    /// carries the read resourceVersion, so a lease another replica took meanwhile is left alone (409). Best effort:
    /// on failure the lease simply expires.
    /// </summary>
    private async Task ReleaseAsync()
    {
        using var timeout = new CancellationTokenSource(options.RenewDeadline);
        try
        {
            var lease = await client.CoordinationV1.ReadNamespacedLeaseAsync(options.Name, options.Namespace, cancellationToken: timeout.Token).ConfigureAwait(false);
            if (lease.Spec?.HolderIdentity != identity)
            {
                return;
            }

            lease.Spec.HolderIdentity = "";
            lease.Spec.LeaseDurationSeconds = 1;
            lease.Spec.RenewTime = DateTime.UtcNow;
            await client.CoordinationV1.ReplaceNamespacedLeaseAsync(lease, options.Name, options.Namespace, cancellationToken: timeout.Token).ConfigureAwait(false);
            logger.ReleasedLease(identity, options.Namespace, options.Name);
        }
        catch (Exception exception) when (exception is HttpOperationException or HttpRequestException or OperationCanceledException)
        {
            logger.ReleaseFailed(exception);
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
