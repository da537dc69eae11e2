using ContentOps.Core.Api.ContentPieces;
using ContentOps.Core.Api.Policies;
using ContentOps.Operator.Declarations;
using ContentOps.Operator.Declarations.Provenance;

namespace ContentOps.Operator.Cli;

/// <summary>What <c>contentops approve</c> checks before writing: is the signer on the roster of the role in the piece's namespace?</summary>
internal static class ApproverRoster
{
    /// <summary>Null when the signer may sign for the role (or no policy names a roster for it); else why not, with who may.</summary>
    public static string? Refusal(string root, ContentPiece piece, string role, string signer)
    {
        var rosters = new DeclarationLoader().Load(root).Resources.Select(d => d.Resource).OfType<SopPolicy>()
            .Where(p => p.Metadata.EffectiveNamespace == piece.Metadata.EffectiveNamespace)
            .SelectMany(p => p.Spec.Approval?.Approvers ?? []).Where(r => r.Role == role).ToList();
        if (rosters.Count == 0)
        {
            return null;
        }

        var people = rosters.SelectMany(r => r.People ?? []).ToList();
        var email = ProvenanceAnnotations.EmailOf(signer);
        if (people.Any(p => string.Equals(p.Email, email, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var may = people.Count == 0 ? "nobody (the roster lists only groups, which count in cluster mode)" : string.Join(", ", people.Select(p => $"{p.Name} <{p.Email}>"));
        return $"{signer} is not an approver for {role} in namespace {piece.Metadata.EffectiveNamespace}; may sign: {may}. Ask one of them to approve, or have the policy's roster amended.";
    }
}
