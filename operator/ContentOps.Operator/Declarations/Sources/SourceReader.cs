using ContentOps.Operator.Declarations.Diagnostics;
using LibGit2Sharp;

namespace ContentOps.Operator.Declarations.Sources;

/// <summary>Decides where the YAML comes from: a commit (with <c>--revision</c>), or the files on disk.</summary>
internal sealed class SourceReader(DeclarationLimits limits)
{
    public SourceSnapshot Read(string path, string? revision)
    {
        string absolutePath;
        try
        {
            absolutePath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return SourceSnapshot.Failed(path, Diagnostic.ForPath(DiagnosticCodes.PathNotFound, $"'{path}' is not a valid path: {e.Message}"));
        }

        try
        {
            return ReadFrom(absolutePath, revision);
        }
        catch (LibGit2SharpException e)
        {
            return SourceSnapshot.Failed(absolutePath, Diagnostic.ForPath(DiagnosticCodes.Unreadable, $"the Git repository could not be read: {e.Message}"));
        }
    }

    private SourceSnapshot ReadFrom(string absolutePath, string? revision)
    {
        var gitDir = GitSource.Discover(absolutePath);
        if (revision is not null)
        {
            return gitDir is null
                ? SourceSnapshot.Failed(absolutePath, Diagnostic.ForPath(
                    DiagnosticCodes.RevisionNotFound, $"--revision {revision} needs a Git work tree, and {absolutePath} is not inside one",
                    "drop --revision to read the files on disk"))
                : new GitSource(limits).ReadRevision(gitDir, absolutePath, revision);
        }

        if (!File.Exists(absolutePath) && !Directory.Exists(absolutePath))
        {
            return SourceSnapshot.Failed(absolutePath, Diagnostic.ForPath(
                DiagnosticCodes.PathNotFound, $"path '{absolutePath}' does not exist", "pass the folder that holds your declarations, e.g. 'contentops validate examples'"));
        }

        var (head, dirty) = gitDir is null ? (null, false) : GitSource.DescribeWorkTree(gitDir, absolutePath);
        return new FileSystemSource(limits).Read(absolutePath, head, dirty);
    }
}
