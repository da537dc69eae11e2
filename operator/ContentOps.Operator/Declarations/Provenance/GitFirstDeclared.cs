using ContentOps.Core.Api.ContentPieces;
using ContentOps.Operator.Declarations.Sources;
using LibGit2Sharp;

namespace ContentOps.Operator.Declarations.Provenance;

/// <summary>
/// Stamps each ContentPiece with when it was first declared: the author time of the first commit (oldest first, from
/// the commit read) that holds its file, which is when its brief entered the campaign repository. Outside Git, or for
/// a file in no commit yet, the piece gets no stamp and cycle time falls back to when the state first saw it.
/// </summary>
internal static class GitFirstDeclared
{
    /// <param name="declarations">The declarations, provenance annotations from the files already dropped.</param>
    /// <param name="root">Absolute folder the declarations' paths are relative to.</param>
    /// <param name="revision">The commit the files were read at; null when the work tree was read.</param>
    public static IReadOnlyList<Declaration> Stamp(IReadOnlyList<Declaration> declarations, string root, string? revision)
    {
        var pieces = declarations.Where(d => d.Resource is ContentPiece).ToList();
        if (pieces.Count == 0 || GitSource.Discover(root) is not { } gitDir)
        {
            return declarations;
        }

        using var repo = new Repository(gitDir);
        var tip = revision is null ? repo.Head.Tip : repo.Lookup<Commit>(revision);
        if (tip is null)
        {
            return declarations;
        }

        var prefix = Path.GetRelativePath(Path.GetFullPath(repo.Info.WorkingDirectory), root).Replace('\\', '/');
        var pending = pieces.Select(d => prefix == "." ? d.FilePath : $"{prefix}/{d.FilePath}").ToHashSet(StringComparer.Ordinal);
        var first = FirstCommits(repo, tip, pending);
        return [.. declarations.Select(d => d.Resource is ContentPiece && first.TryGetValue(prefix == "." ? d.FilePath : $"{prefix}/{d.FilePath}", out var at)
            ? Annotated(d, at)
            : d)];
    }

    /// <summary>Oldest commit first, the first that holds each path (one walk for every path).</summary>
    private static Dictionary<string, DateTimeOffset> FirstCommits(Repository repo, Commit tip, HashSet<string> pending)
    {
        var found = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var filter = new CommitFilter { IncludeReachableFrom = tip, SortBy = CommitSortStrategies.Topological | CommitSortStrategies.Reverse };
        foreach (var commit in repo.Commits.QueryBy(filter))
        {
            foreach (var path in pending.Where(p => commit[p] is not null).ToList())
            {
                found[path] = commit.Author.When;
                pending.Remove(path);
            }

            if (pending.Count == 0)
            {
                break;
            }
        }

        return found;
    }

    private static Declaration Annotated(Declaration declaration, DateTimeOffset at)
    {
        var piece = (ContentPiece)declaration.Resource;
        var annotations = new Dictionary<string, string>(piece.Metadata.Annotations ?? new Dictionary<string, string>(), StringComparer.Ordinal)
        {
            [ProvenanceAnnotations.FirstDeclared] = at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
        };
        return declaration with
        {
            Resource = new ContentPiece { ApiVersion = piece.ApiVersion, Kind = piece.Kind, Metadata = piece.Metadata with { Annotations = annotations }, Spec = piece.Spec },
        };
    }
}
