namespace ContentOps.Core.Api.Approvals;

/// <summary>Observed state of an approval.</summary>
public sealed class ApprovalStatus : ResourceStatus
{
    /// <summary>The verified signer while the approval is current ("王某 &lt;wang.medical@example.com&gt; (commit author)").</summary>
    public string? Signer { get; init; }
}
