using System.Diagnostics;
using LibGit2Sharp;

namespace ContentOps.Operator.Tests.TestSupport;

/// <summary>Makes a fixture repository a real Git repository and commits files in it as given people.</summary>
internal sealed class GitFixture(FixtureRepository repository)
{
    public static readonly Signature Coe = Person("COE 作者", "coe.author@example.com");
    public static readonly Signature Wang = Person("王某", "wang.medical@example.com");
    public static readonly Signature Li = Person("李某", "li.legal@example.com");
    public static readonly Signature Mallory = Person("Mallory", "mallory@example.com");

    /// <summary>Inits the repository (state folder ignored) and commits everything as <see cref="Coe"/>.</summary>
    public static GitFixture Init(FixtureRepository repository)
    {
        repository.Write(".gitignore", ".contentops/\n");
        Repository.Init(repository.Root);
        var git = new GitFixture(repository);
        git.CommitAll("Declare the launch", Coe);
        return git;
    }

    public static Signature Person(string name, string email) => new(name, email, new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(8)));

    public string CommitAll(string message, Signature author)
    {
        using var repo = new Repository(repository.Root);
        Commands.Stage(repo, "*");
        return repo.Commit(message, author, author).Sha;
    }

    /// <summary>Commits one file as <paramref name="author"/>, as <c>git commit --author</c> does.</summary>
    public string Commit(string relative, Signature author)
    {
        using var repo = new Repository(repository.Root);
        Commands.Stage(repo, relative);
        return repo.Commit($"Commit {relative}", author, author).Sha;
    }

    /// <summary>Commits one file with the git CLI, SSH-signed with <paramref name="privateKey"/> (LibGit2Sharp cannot sign).</summary>
    public void CommitSigned(string relative, Signature author, string privateKey)
    {
        Git("add", relative);
        Git("-c", "gpg.format=ssh", "-c", $"user.signingkey={privateKey}", "-c", $"user.name={author.Name}", "-c", $"user.email={author.Email}",
            "commit", "-S", "-m", $"Sign {relative}", "--author", $"{author.Name} <{author.Email}>");
    }

    /// <summary>Commits one file with the git CLI, GPG-signed by the key of <paramref name="author"/> in <paramref name="gnupgHome"/>.</summary>
    public void CommitGpgSigned(string relative, Signature author, string gnupgHome)
    {
        Git("add", relative);
        GitWith(gnupgHome, "-c", "gpg.format=openpgp", "-c", $"user.signingkey={author.Email}", "-c", $"user.name={author.Name}", "-c", $"user.email={author.Email}",
            "commit", "-S", "-m", $"Sign {relative}", "--author", $"{author.Name} <{author.Email}>");
    }

    private void Git(params string[] arguments) => GitWith(null, arguments);

    private void GitWith(string? gnupgHome, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = repository.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        if (gnupgHome is not null)
        {
            start.Environment["GNUPGHOME"] = gnupgHome;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)}: {error.Result}");
    }
}
