using ContentOps.Operator.Declarations.Diagnostics;
using LibGit2Sharp;

namespace ContentOps.Operator.Declarations.Sources;

/// <summary>
/// Reads YAML files as committed at a revision (never the work tree), so what is validated or reconciled
/// is exactly what a commit id names; and describes the work tree's HEAD when the files come from disk.
/// </summary>
internal sealed class GitSource(DeclarationLimits limits)
{
    /// <summary>The <c>.git</c> folder of the work tree holding <paramref name="absolutePath"/> or its nearest existing ancestor.</summary>
    public static string? Discover(string absolutePath)
    {
        var probe = absolutePath;
        while (!Directory.Exists(probe) && !File.Exists(probe))
        {
            probe = Path.GetDirectoryName(probe);
            if (probe is null)
            {
                return null;
            }
        }

        try
        {
            var gitDir = Repository.Discover(probe);
            return gitDir is not null && !Repository.IsValid(gitDir) ? null : gitDir;
        }
        catch (LibGit2SharpException)
        {
            return null;
        }
    }

    /// <summary>HEAD's commit id (null on an unborn branch) and whether the work tree under the path differs from it.</summary>
    public static (string? Head, bool Dirty) DescribeWorkTree(string gitDir, string absolutePath)
    {
        using var repo = new Repository(gitDir);
        var relative = RelativeTo(repo, absolutePath);
        var options = new StatusOptions { IncludeUntracked = true, RecurseUntrackedDirs = true };
        if (relative.Length > 0)
        {
            options.PathSpec = [relative];
        }

        return (repo.Head.Tip?.Sha, repo.RetrieveStatus(options).IsDirty);
    }

    public SourceSnapshot ReadRevision(string gitDir, string absolutePath, string revision)
    {
        using var repo = new Repository(gitDir);
        if (repo.Info.IsBare)
        {
            return SourceSnapshot.Failed(absolutePath, Diagnostic.ForPath(DiagnosticCodes.RevisionNotFound, $"{gitDir} is a bare repository; --revision needs a work tree"));
        }

        var commit = Resolve(repo, revision);
        if (commit is null)
        {
            return SourceSnapshot.Failed(absolutePath, Diagnostic.ForPath(
                DiagnosticCodes.RevisionNotFound, $"revision '{revision}' names no commit in {repo.Info.WorkingDirectory}",
                "use a branch, tag or commit id that 'git rev-parse --verify REV^{commit}' accepts"));
        }

        var relative = RelativeTo(repo, absolutePath);
        var target = relative.Length == 0 ? commit.Tree : commit[relative]?.Target;
        switch (target)
        {
            case Blob blob:
                var root = Path.GetDirectoryName(absolutePath)!;
                return new SourceSnapshot(root, commit.Sha, false, [ReadBlob(blob, Path.GetFileName(absolutePath))], []);
            case Tree tree:
                var files = new List<SourceFile>();
                Walk(tree, "", files);
                files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
                return new SourceSnapshot(absolutePath, commit.Sha, false, files, []);
            default:
                return SourceSnapshot.Failed(absolutePath, Diagnostic.ForPath(
                    DiagnosticCodes.PathNotFound, $"path '{relative}' does not exist at revision {revision} ({commit.Sha[..12]})",
                    "check the path, or commit the folder first"));
        }
    }

    private static Commit? Resolve(Repository repo, string revision)
    {
        try
        {
            return repo.Lookup(revision)?.Peel<Commit>();
        }
        catch (LibGit2SharpException)
        {
            return null;
        }
    }

    private void Walk(Tree tree, string relative, List<SourceFile> files)
    {
        foreach (var entry in tree)
        {
            var path = relative.Length == 0 ? entry.Name : $"{relative}/{entry.Name}";
            if (entry.TargetType == TreeEntryTargetType.Tree && !YamlFileFilter.IsSkippedFolder(entry.Name))
            {
                Walk((Tree)entry.Target, path, files);
            }
            else if (entry.TargetType == TreeEntryTargetType.Blob && entry.Mode != Mode.SymbolicLink && YamlFileFilter.IsYaml(entry.Name))
            {
                files.Add(ReadBlob((Blob)entry.Target, path));
            }
        }
    }

    private SourceFile ReadBlob(Blob blob, string relative)
    {
        if (blob.Size > limits.MaxFileBytes)
        {
            return new SourceFile(relative, null, Diagnostic.Error(
                DiagnosticCodes.FileTooLarge, relative, SourceLocation.FileStart, YamlFileFilter.TooLargeMessage(blob.Size, limits.MaxFileBytes),
                "split the file into smaller files (one resource per file is easiest to review)"));
        }

        using var stream = blob.GetContentStream();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return new SourceFile(relative, buffer.ToArray());
    }

    private static string RelativeTo(Repository repo, string absolutePath)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(repo.Info.WorkingDirectory), absolutePath).Replace('\\', '/');
        return relative == "." ? "" : relative;
    }
}
