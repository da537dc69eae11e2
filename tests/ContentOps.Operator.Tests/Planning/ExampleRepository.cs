using System.Security.Cryptography;
using ContentOps.Operator.Tests.Crds;
using ContentOps.Operator.Tests.Declarations;
using LibGit2Sharp;

namespace ContentOps.Operator.Tests.Planning;

/// <summary>
/// A temp Git repository holding a copy of examples/ under <c>examples/</c>: one commit by a COE member, then each
/// approval committed by the approver it names (as in the real repository, where the signer is the commit author).
/// </summary>
internal sealed class ExampleRepository : IDisposable
{
    private static readonly Signature _author = new("Test", "test@example.com", new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly TempDirectory _dir = TempDirectory.Create();

    public ExampleRepository(bool git = true)
    {
        Copy(RepositoryRoot.Combine("examples"), _dir.File("examples"));
        if (git)
        {
            Repository.Init(_dir.Path);
            using var repo = new Repository(_dir.Path);
            Commands.Stage(repo, "*");
            foreach (var approval in Directory.GetFiles(_dir.File("examples/approvals"), "*.yaml"))
            {
                Commands.Unstage(repo, approval);
            }

            repo.Commit("Declare the launch", _author, _author);
            foreach (var approval in Directory.GetFiles(_dir.File("examples/approvals"), "*.yaml").Order(StringComparer.Ordinal))
            {
                CommitAs(approval, ApproverOf(approval));
            }
        }
    }

    public string Root => _dir.Path;

    public string Examples => _dir.File("examples");

    public string Branch
    {
        get
        {
            using var repo = new Repository(_dir.Path);
            return repo.Head.FriendlyName;
        }
    }

    /// <summary>The commit HEAD points at.</summary>
    public string Head
    {
        get
        {
            using var repo = new Repository(_dir.Path);
            return repo.Head.Tip.Sha;
        }
    }

    public void Replace(string relative, string oldText, string newText) => _dir.Replace("examples/" + relative, oldText, newText);

    public void Write(string relative, string text) => _dir.Write("examples/" + relative, text);

    public void Delete(string relative) => File.Delete(_dir.File("examples/" + relative));

    public string Commit(string message)
    {
        using var repo = new Repository(_dir.Path);
        Commands.Stage(repo, "*");
        return repo.Commit(message, _author, _author).Sha;
    }

    /// <summary>Commits one file (path under the root or absolute) with the given author, as <c>git commit --author</c> does.</summary>
    public string CommitAs(string file, Signature author)
    {
        using var repo = new Repository(_dir.Path);
        Commands.Stage(repo, Path.GetRelativePath(_dir.Path, Path.GetFullPath(file, _dir.Path)));
        return repo.Commit($"Approve {Path.GetFileNameWithoutExtension(file)}", author, author).Sha;
    }

    /// <summary>The "Name &lt;email&gt;" an example approval names as its signer, as a Git signature.</summary>
    private static Signature ApproverOf(string approval)
    {
        var by = File.ReadAllLines(approval).Single(l => l.TrimStart().StartsWith("approvedBy:", StringComparison.Ordinal));
        var identity = by[(by.IndexOf(':') + 1)..].Trim().Trim('"');
        var open = identity.IndexOf('<');
        return new Signature(identity[..open].Trim(), identity[(open + 1)..identity.IndexOf('>')], new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.Zero));
    }

    /// <summary>Every file under the root (outside .git) with its sha256, to prove a command changed nothing.</summary>
    public IReadOnlyDictionary<string, string> Fingerprint() =>
        Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}.git{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(Root, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    public void Dispose() => _dir.Dispose();

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.StartsWith(".contentops", StringComparison.Ordinal) || relative.StartsWith("out", StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
