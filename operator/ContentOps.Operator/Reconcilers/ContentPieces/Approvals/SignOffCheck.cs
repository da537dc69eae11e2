using ContentOps.Core.Api;
using ContentOps.Core.Api.Approvals;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Core.Api.Policies;
using ContentOps.Operator.Declarations.Provenance;

namespace ContentOps.Operator.Reconcilers.ContentPieces.Approvals;

/// <summary>
/// Decides whether one Approval counts: its signer must be entitled for its role by the selecting policies' roster and
/// must not be the author of the piece's last change. A role without a roster accepts any approval.
/// </summary>
internal static class SignOffCheck
{
    public static SignOff Judge(Approval approval, ContentPiece piece, IReadOnlyList<SopPolicy> policies, SignerSource source)
    {
        var role = approval.Spec.Role;
        var rosters = policies.SelectMany(p => p.Spec.Approval?.Approvers ?? []).Where(r => r.Role == role).ToList();
        if (rosters.Count == 0)
        {
            return Counted(approval, $"{approval.Spec.ApprovedBy} (no roster for {role}: not verified)");
        }

        var people = rosters.SelectMany(r => r.People ?? []).ToList();
        var groups = rosters.SelectMany(r => r.Groups ?? []).Distinct(StringComparer.Ordinal).ToList();
        var maySign = MaySign(role, people, groups);
        var signedRequired = policies.Any(p => p.Spec.Approval?.RequireSignedCommits == true && p.Spec.Approval.Approvers?.Any(r => r.Role == role) == true);
        return source == SignerSource.Git
            ? FromGit(approval, piece, people, signedRequired, maySign)
            : FromAdmission(approval, piece, people, groups, maySign);
    }

    private static SignOff FromGit(Approval approval, ContentPiece piece, IReadOnlyList<Approver> people, bool signedRequired, string maySign)
    {
        var notes = approval.Metadata.Annotations ?? new Dictionary<string, string>();
        if (notes.GetValueOrDefault(ProvenanceAnnotations.Unverified) is { } why)
        {
            return Rejected(approval, null, ConditionReasons.SignerUnverified, $"{why}. {maySign}");
        }

        var author = notes.GetValueOrDefault(ProvenanceAnnotations.Signer);
        var commit = notes.GetValueOrDefault(ProvenanceAnnotations.Commit) is { } sha ? sha[..Math.Min(12, sha.Length)] : "?";
        string email;
        string signer;
        if (signedRequired)
        {
            if (notes.GetValueOrDefault(ProvenanceAnnotations.SignedBy) is not { } signedBy)
            {
                var detail = notes.GetValueOrDefault(ProvenanceAnnotations.Signature) ?? "unsigned";
                return Rejected(approval, author, ConditionReasons.SignerUnverified,
                    $"The policy requires signed approvals, and commit {commit} that last changed this approval has no signature of an approver ({detail}). {maySign} (git commit -S with their signing key).");
            }

            email = signedBy;
            var kind = notes.GetValueOrDefault(ProvenanceAnnotations.Signature)?.StartsWith("GPG", StringComparison.Ordinal) == true ? "GPG" : "SSH";
            signer = $"{people.FirstOrDefault(p => Same(p.Email, signedBy))?.Name} <{signedBy}> ({kind} signature on {commit})";
        }
        else if (author is null)
        {
            return Rejected(approval, null, ConditionReasons.SignerUnverified, $"No commit records who signed this approval. {maySign}");
        }
        else
        {
            email = ProvenanceAnnotations.EmailOf(author);
            signer = $"{author} (author of {commit})";
        }

        if (!people.Any(p => Same(p.Email, email)))
        {
            return Rejected(approval, signer, ConditionReasons.NotEntitled, $"Signed by {signer}, who is not an approver for {approval.Spec.Role}. {maySign}");
        }

        if (piece.Metadata.Annotations?.GetValueOrDefault(ProvenanceAnnotations.Author) is { } pieceAuthor && Same(ProvenanceAnnotations.EmailOf(pieceAuthor), email))
        {
            return Rejected(approval, signer, ConditionReasons.SelfApproval,
                $"Signed by {signer}, who made the piece's last change: segregation of duties needs another approver. {maySign}");
        }

        return Counted(approval, signer);
    }

    /// <summary>
    /// The admission policy admitted the Approval only from the user it names and a member of the role's group, and the
    /// piece's <see cref="ProvenanceAnnotations.Author"/> only from the user who last changed its spec (or a trusted
    /// GitOps applier carrying the Git author): the same segregation of duties as in Git.
    /// </summary>
    private static SignOff FromAdmission(Approval approval, ContentPiece piece, IReadOnlyList<Approver> people, IReadOnlyList<string> groups, string maySign)
    {
        var by = approval.Spec.ApprovedBy;
        var email = ProvenanceAnnotations.EmailOf(by);
        var listed = people.Any(p => Same(p.Email, email) || string.Equals(p.Name, by, StringComparison.Ordinal));
        if (!listed && groups.Count == 0)
        {
            return Rejected(approval, by, ConditionReasons.NotEntitled, $"Signed by {by}, who is not an approver for {approval.Spec.Role}. {maySign}");
        }

        var signer = $"{by} (admitted as the requesting user)";
        if (piece.Metadata.Annotations?.GetValueOrDefault(ProvenanceAnnotations.Author) is { Length: > 0 } author
            && (Same(ProvenanceAnnotations.EmailOf(author), email) || Same(author, by)))
        {
            return Rejected(approval, signer, ConditionReasons.SelfApproval,
                $"Signed by {by}, who made the piece's last change ({ProvenanceAnnotations.Author}: {author}): segregation of duties needs another approver. {maySign}");
        }

        return Counted(approval, signer);
    }

    private static string MaySign(string role, IReadOnlyList<Approver> people, IReadOnlyList<string> groups)
    {
        var who = people.Select(p => $"{p.Name} <{p.Email}>").Concat(groups.Select(g => $"members of group {g} (cluster mode)")).ToList();
        return who.Count == 0 ? $"Nobody may sign for {role}: the roster lists no approver." : $"May sign for {role}: {string.Join(", ", who)}.";
    }

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private static SignOff Counted(Approval approval, string signer) => new()
    {
        Approval = approval.Metadata.Name,
        Role = approval.Spec.Role,
        Signer = signer,
        Counts = true,
        Reason = ConditionReasons.Valid,
    };

    private static SignOff Rejected(Approval approval, string? signer, string reason, string message) => new()
    {
        Approval = approval.Metadata.Name,
        Role = approval.Spec.Role,
        Signer = signer,
        Counts = false,
        Reason = reason,
        Message = message,
    };
}
