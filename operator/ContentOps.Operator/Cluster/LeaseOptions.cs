namespace ContentOps.Operator.Cluster;

/// <summary>The leader Lease and its timing (client-go defaults: 15 s lease, 10 s renew deadline, 2 s retry).</summary>
internal sealed record LeaseOptions
{
    /// <summary>Namespace of the Lease (the operator's own namespace).</summary>
    public string Namespace { get; init; } = "default";

    public string Name { get; init; } = "contentops-leader";

    /// <summary>How long a standby waits after the last renewal it saw before it takes over.</summary>
    public TimeSpan LeaseDuration { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How long the leader keeps trying to renew before it gives up leading.</summary>
    public TimeSpan RenewDeadline { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Time between acquire and renew attempts.</summary>
    public TimeSpan RetryPeriod { get; init; } = TimeSpan.FromSeconds(2);
}
