using System.ComponentModel.DataAnnotations;

namespace ContentOps.Core.Api.Policies;

/// <summary>The human sign-off a policy requires, and who may give it.</summary>
public sealed record ApprovalRequirement
{
    /// <summary>Roles that must each approve the exact content digest: medical, legal, regulatory.</summary>
    [Required]
    [MinLength(1)]
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>
    /// Per role, who is entitled to sign. An Approval of a role listed here counts only when its signer (the Git
    /// author of the commit that last changed the Approval file, or its verified SSH/GPG signer when signatures are
    /// required; the admitted requester in cluster mode) is one of these approvers and did not author the piece's
    /// last change. A role not listed accepts any approval.
    /// </summary>
    public IReadOnlyList<RoleApprovers>? Approvers { get; init; }

    /// <summary>When true, an approval commit counts only with an SSH or GPG signature that verifies with the approver's signingKey.</summary>
    public bool? RequireSignedCommits { get; init; }
}
