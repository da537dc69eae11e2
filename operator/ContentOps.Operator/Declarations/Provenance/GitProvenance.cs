using ContentOps.Core.Api;
using ContentOps.Core.Api.Approvals;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Core.Api.Policies;
using ContentOps.Operator.Declarations.Sources;
using LibGit2Sharp;

namespace ContentOps.Operator.Declarations.Provenance;

/// <summary>
/// Establishes from Git who signed each Approval (the author of the commit that last changed its file, and the
/// approver whose SSH key verifies that commit's signature) and who last changed each approved piece, and writes it
/// into provenance annotations. Annotations with that prefix in the files are dropped first: a file cannot vouch
/// for itself. Outside a Git work tree, or for a file with uncommitted changes, the approval gets the reason instead.
/// </summary>
internal static class GitProvenance
{
    /// <param name="declarations">The valid declarations, as loaded.</param>
    /// <param name="root">Absolute folder the declarations' paths are relative to.</param>
    /// <param name="revision">The commit the files were read at; null when the work tree was read.</param>
    public static IReadOnlyList<Declaration> Stamp(IReadOnlyList<Declaration> declarations, string root, string? revision)
    {
        var stripped = declarations.Select(Strip).ToList();
        var approvals = stripped.Where(d => d.Resource is Approval).ToList();
        if (approvals.Count == 0)
        {
            return stripped;
        }

        var approvers = stripped.Select(d => d.Resource).OfType<SopPolicy>()
            .SelectMany(p => p.Spec.Approval?.Approvers ?? []).SelectMany(r => r.People ?? []).ToList();
        var approved = approvals.Select(d => (d.Resource.Metadata.EffectiveNamespace, ((Approval)d.Resource).Spec.ContentPiece)).ToHashSet();
        var pieces = stripped.Where(d => d.Resource is ContentPiece p && approved.Contains((p.Metadata.EffectiveNamespace, p.Metadata.Name))).ToList();

        var gitDir = GitSource.Discover(root);
        var stamps = new Dictionary<Declaration, IReadOnlyDictionary<string, string>>();
        if (gitDir is null)
        {
            foreach (var approval in approvals)
            {
                stamps[approval] = Unverified($"{approval.FilePath} is not in a Git repository, so who signed it cannot be established; commit it in the campaign repository and run from a clone");
            }
        }
        else
        {
            using var repo = new Repository(gitDir);
            var tip = revision is null ? repo.Head.Tip : repo.Lookup<Commit>(revision);
            var prefix = Path.GetRelativePath(Path.GetFullPath(repo.Info.WorkingDirectory), root).Replace('\\', '/');
            string InRepo(Declaration d) => prefix == "." ? d.FilePath : $"{prefix}/{d.FilePath}";
            foreach (var approval in approvals)
            {
                stamps[approval] = ForApproval(repo, tip, InRepo(approval), approval.FilePath, revision is null, approvers);
            }

            foreach (var piece in pieces)
            {
                if (LastChange(repo, tip, InRepo(piece), revision is null) is { } author)
                {
                    stamps[piece] = new Dictionary<string, string> { [ProvenanceAnnotations.Author] = author };
                }
            }
        }

        return [.. stripped.Select(d => stamps.TryGetValue(d, out var added) ? With(d, added) : d)];
    }

    private static IReadOnlyDictionary<string, string> ForApproval(
        Repository repo, Commit? tip, string path, string displayPath, bool workTree, IReadOnlyList<Approver> approvers)
    {
        if (tip is null)
        {
            return Unverified($"{displayPath} is not committed yet; commit it as an entitled approver (git commit --author \"NAME <EMAIL>\")");
        }

        if (workTree && repo.RetrieveStatus(path) is not (FileStatus.Unaltered or FileStatus.Ignored))
        {
            return Unverified($"{displayPath} has changes that are not committed; commit it as an entitled approver (git commit --author \"NAME <EMAIL>\")");
        }

        var commit = LastCommitChanging(repo, tip, path);
        if (commit is null)
        {
            return Unverified($"{displayPath} is in no commit; commit it as an entitled approver");
        }

        var stamp = new Dictionary<string, string>
        {
            [ProvenanceAnnotations.Signer] = $"{commit.Author.Name} <{commit.Author.Email}>",
            [ProvenanceAnnotations.Commit] = commit.Sha,
        };
        SignatureInfo? signature;
        try
        {
            signature = Commit.ExtractSignature(repo, commit.Id);
        }
        catch (LibGit2SharpException)
        {
            signature = null;
        }

        if (signature is null)
        {
            stamp[ProvenanceAnnotations.Signature] = "unsigned";
            return stamp;
        }

        var (email, detail) = signature.Value.Signature.Contains("BEGIN SSH SIGNATURE", StringComparison.Ordinal)
            ? SshSignatureVerifier.Verify(signature.Value.Signature, signature.Value.SignedData, approvers)
            : GpgSignatureVerifier.Verify(signature.Value.Signature, signature.Value.SignedData, approvers);
        stamp[ProvenanceAnnotations.Signature] = detail;
        if (email is not null)
        {
            stamp[ProvenanceAnnotations.SignedBy] = email;
        }

        return stamp;
    }

    /// <summary>"Name &lt;email&gt;" of the last change to the file; for uncommitted changes, the local Git user who made them.</summary>
    private static string? LastChange(Repository repo, Commit? tip, string path, bool workTree)
    {
        if (tip is null || (workTree && repo.RetrieveStatus(path) is not (FileStatus.Unaltered or FileStatus.Ignored)))
        {
            var name = repo.Config.Get<string>("user.name")?.Value;
            var email = repo.Config.Get<string>("user.email")?.Value;
            return email is null ? null : $"{name} <{email}>";
        }

        var commit = LastCommitChanging(repo, tip, path);
        return commit is null ? null : $"{commit.Author.Name} <{commit.Author.Email}>";
    }

    /// <summary>
    /// The newest commit whose version of the file differs from every parent's (a merge that took one side's version
    /// changed nothing). LibGit2Sharp's own file history throws on commits with equal timestamps, so this walks itself.
    /// </summary>
    private static Commit? LastCommitChanging(Repository repo, Commit tip, string path)
    {
        var filter = new CommitFilter { IncludeReachableFrom = tip, SortBy = CommitSortStrategies.Topological | CommitSortStrategies.Time };
        foreach (var commit in repo.Commits.QueryBy(filter))
        {
            if (commit[path]?.Target.Id is { } id && !commit.Parents.Any(parent => parent[path]?.Target.Id == id))
            {
                return commit;
            }
        }

        return null;
    }

    private static Dictionary<string, string> Unverified(string why) => new() { [ProvenanceAnnotations.Unverified] = why };

    private static Declaration Strip(Declaration declaration)
    {
        if (declaration.Resource is not (Approval or ContentPiece))
        {
            return declaration;
        }

        var annotations = declaration.Resource.Metadata.Annotations;
        return annotations is null || !annotations.Keys.Any(k => k.StartsWith(ProvenanceAnnotations.Prefix, StringComparison.Ordinal))
            ? declaration
            : WithAnnotations(declaration, annotations.Where(a => !a.Key.StartsWith(ProvenanceAnnotations.Prefix, StringComparison.Ordinal))
                .ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal));
    }

    private static Declaration With(Declaration declaration, IReadOnlyDictionary<string, string> added)
    {
        var annotations = new Dictionary<string, string>(declaration.Resource.Metadata.Annotations ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        foreach (var (key, value) in added)
        {
            annotations[key] = value;
        }

        return WithAnnotations(declaration, annotations);
    }

    private static Declaration WithAnnotations(Declaration declaration, Dictionary<string, string> annotations)
    {
        var resource = declaration.Resource;
        var metadata = resource.Metadata with { Annotations = annotations.Count == 0 ? null : annotations };
        Resource copy = resource switch
        {
            Approval a => new Approval { ApiVersion = a.ApiVersion, Kind = a.Kind, Metadata = metadata, Spec = a.Spec },
            ContentPiece p => new ContentPiece { ApiVersion = p.ApiVersion, Kind = p.Kind, Metadata = metadata, Spec = p.Spec },
            _ => resource,
        };
        return declaration with { Resource = copy };
    }
}
