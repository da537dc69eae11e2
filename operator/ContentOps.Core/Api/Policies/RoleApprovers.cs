using System.ComponentModel.DataAnnotations;

namespace ContentOps.Core.Api.Policies;

/// <summary>Who may sign approvals for one role.</summary>
public sealed record RoleApprovers
{
    /// <summary>medical, legal or regulatory.</summary>
    [Required]
    [AllowedValues("medical", "legal", "regulatory")]
    public string Role { get; init; } = "";

    /// <summary>People entitled to sign for the role, by name and e-mail.</summary>
    public IReadOnlyList<Approver>? People { get; init; }

    /// <summary>
    /// Kubernetes groups whose members may sign for the role in cluster mode (the chart's admission policy checks
    /// request.userInfo.groups); groups cannot be resolved in embedded mode, where only people count.
    /// </summary>
    public IReadOnlyList<string>? Groups { get; init; }
}
