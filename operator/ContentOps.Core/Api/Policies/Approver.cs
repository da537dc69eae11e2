using System.ComponentModel.DataAnnotations;

namespace ContentOps.Core.Api.Policies;

/// <summary>A person entitled to sign approvals for a role.</summary>
public sealed record Approver
{
    /// <summary>Their name as Git records it, e.g. 王某.</summary>
    [Required]
    public string Name { get; init; } = "";

    /// <summary>Their e-mail: the Git author (or verified signer) of their approval commits, and their user name in the cluster.</summary>
    [Required]
    [RegularExpression(Names.EmailPattern)]
    public string Email { get; init; } = "";

    /// <summary>
    /// Their public signing key, needed when the policy requires signed approvals: an SSH key (<c>ssh-ed25519 AAAA…</c>)
    /// or an armored OpenPGP public key block; an approval commit counts only when its signature verifies with it.
    /// </summary>
    public string? SigningKey { get; init; }
}
