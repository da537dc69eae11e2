namespace ContentOps.Core.Api.Approvals;

/// <summary>Observed state of an approval.</summary>
public sealed class ApprovalStatus : ResourceStatus
{
}
