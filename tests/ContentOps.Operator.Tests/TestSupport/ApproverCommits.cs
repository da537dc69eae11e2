using LibGit2Sharp;

namespace ContentOps.Operator.Tests.TestSupport;

/// <summary>
/// Turns a copied declarations folder into a Git repository (everything committed by a COE member), then commits
/// approval files as the approvers who sign them: in embedded mode the commit author is the signer of record.
/// </summary>
internal sealed class ApproverCommits
{
    private readonly string _root;

    public ApproverCommits(string root)
    {
        _root = root;
        File.AppendAllText(Path.Combine(root, ".gitignore"), ".contentops/\nout/\n");
        Repository.Init(root);
        using var repo = new Repository(root);
        Commands.Stage(repo, "*");
        var coe = new Signature("COE 作者", "coe.author@example.com", DateTimeOffset.UtcNow);
        repo.Commit("Declare the launch", coe, coe);
    }

    public void Commit(string relative, string name, string email)
    {
        using var repo = new Repository(_root);
        Commands.Stage(repo, relative);
        var approver = new Signature(name, email, DateTimeOffset.UtcNow);
        repo.Commit($"Approve {relative}", approver, approver);
    }
}
