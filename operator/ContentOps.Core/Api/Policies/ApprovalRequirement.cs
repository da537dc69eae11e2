using System.ComponentModel.DataAnnotations;

namespace ContentOps.Core.Api.Policies;

/// <summary>The human sign-off a policy requires.</summary>
public sealed record ApprovalRequirement
{
    /// <summary>Roles that must each approve the exact content digest: medical, legal, regulatory.</summary>
    [Required]
    [MinLength(1)]
    public IReadOnlyList<string> Roles { get; init; } = [];
}
