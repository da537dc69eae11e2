using ContentOps.Core.Api.Audiences;
using ContentOps.Operator.Declarations;
using ContentOps.Operator.Declarations.Diagnostics;
using LibGit2Sharp;

namespace ContentOps.Operator.Tests.Declarations;

public sealed class GitRevisionTests
{
    private static readonly Signature _author = new("Test", "test@example.com", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    private static (TempDirectory Dir, string Commit) CommittedRepository()
    {
        var dir = TempDirectory.Create();
        Repository.Init(dir.Path);
        foreach (var file in Directory.EnumerateFiles(Fixtures.Valid))
        {
            dir.Write("decl/" + Path.GetFileName(file), File.ReadAllText(file));
        }

        using var repo = new Repository(dir.Path);
        Commands.Stage(repo, "*");
        return (dir, repo.Commit("Declare the launch", _author, _author).Sha);
    }

    private static string AudienceDescription(DeclarationSet set) =>
        set.Resources.Select(d => d.Resource).OfType<Audience>().Single().Spec.Description!;

    [Fact]
    public void Load_AtRevision_ReadsCommittedContent_AndRecordsCommitId()
    {
        var (dir, commit) = CommittedRepository();
        using var _ = dir;
        dir.Replace("decl/audience.yaml", "三级医院内分泌科医生", "工作区修改");
        dir.Write("decl/broken.yaml", "kind: [");

        var set = new DeclarationLoader().Load(dir.File("decl"), commit);

        Assert.Empty(set.Diagnostics);
        Assert.Equal(commit, set.SourceRevision);
        Assert.False(set.SourceDirty);
        Assert.Equal("三级医院内分泌科医生", AudienceDescription(set));
        Assert.DoesNotContain("broken.yaml", set.Files);
    }

    [Fact]
    public void Load_WorkTree_ReadsFiles_AndRecordsHeadAndDirtiness()
    {
        var (dir, commit) = CommittedRepository();
        using var _ = dir;
        dir.Replace("decl/audience.yaml", "三级医院内分泌科医生", "工作区修改");

        var set = new DeclarationLoader().Load(dir.File("decl"));

        Assert.Equal(commit, set.SourceRevision);
        Assert.True(set.SourceDirty);
        Assert.Equal("工作区修改", AudienceDescription(set));
    }

    [Fact]
    public void Load_AtBranchName_ResolvesToItsCommit()
    {
        var (dir, commit) = CommittedRepository();
        using var _ = dir;

        var set = new DeclarationLoader().Load(dir.File("decl/pieces.yaml"), "HEAD");

        Assert.Equal(commit, set.SourceRevision);
        Assert.Equal(2, set.Resources.Count);
        Assert.Equal(["pieces.yaml"], set.Files);
    }

    [Fact]
    public void Load_AtUnknownRevision_ReportsIt()
    {
        var (dir, _) = CommittedRepository();
        using var __ = dir;

        var set = new DeclarationLoader().Load(dir.File("decl"), "no-such-branch");

        Assert.Equal(DiagnosticCodes.RevisionNotFound, Assert.Single(set.Diagnostics).Code);
    }

    [Fact]
    public void Load_WithRevision_OutsideGit_ReportsIt()
    {
        using var dir = TempDirectory.Create();
        dir.Write("a.yaml", "kind: Audience");

        var set = new DeclarationLoader().Load(dir.Path, "main");

        Assert.Equal(DiagnosticCodes.RevisionNotFound, Assert.Single(set.Diagnostics).Code);
        Assert.Null(set.SourceRevision);
    }

    [Fact]
    public void Load_AtRevision_ReportsPathMissingInCommit()
    {
        var (dir, commit) = CommittedRepository();
        using var _ = dir;
        dir.Write("later/new.yaml", "kind: Audience");

        var set = new DeclarationLoader().Load(dir.File("later"), commit);

        Assert.Equal(DiagnosticCodes.PathNotFound, Assert.Single(set.Diagnostics).Code);
    }
}
