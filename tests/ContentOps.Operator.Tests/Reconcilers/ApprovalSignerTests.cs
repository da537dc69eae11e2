using System.Diagnostics;
using ContentOps.Core.Api;
using ContentOps.Operator.Tests.Declarations;
using ContentOps.Operator.Tests.TestSupport;
using LibGit2Sharp;

namespace ContentOps.Operator.Tests.Reconcilers;

/// <summary>
/// In real Git repositories: an approval counts only when the commit that last changed its file was made (or, when the
/// policy requires it, SSH-signed) by an approver the roster lists for the role, who is not the piece's last author.
/// </summary>
public sealed class ApprovalSignerTests
{
    private const string Email = FixtureRepository.Email;

    private static string Roster(bool signed = false, string? wangKey = null) => $"""
          approval:
            roles: [medical, legal]
            requireSignedCommits: {(signed ? "true" : "false")}
            approvers:
              - role: medical
                people:
                  - name: 王某
                    email: wang.medical@example.com
        {(wangKey is null ? "" : "            signingKey: |\n" + string.Concat(wangKey.Trim().Split('\n').Select(l => $"              {l}\n")))}          - name: COE 作者
                    email: coe.author@example.com
              - role: legal
                people:
                  - {"{"}name: 李某, email: li.legal@example.com{"}"}
        """;

    private static async Task<(EmbeddedScenario Scenario, GitFixture Git)> StartAsync(bool signed = false, string? wangKey = null)
    {
        var scenario = await EmbeddedScenario.StartAsync();
        scenario.Repository.Replace("policies/email-mlr.yaml", "  approval:\n    roles: [medical, legal]\n", Roster(signed, wangKey) + "\n");
        var git = GitFixture.Init(scenario.Repository);
        await scenario.Harness.RunAsync();
        Assert.Equal(ContentPiecePhase.AwaitingApproval, scenario.Harness.Status(Email).Phase);
        return (scenario, git);
    }

    private static Condition Current(EmbeddedHarness harness, string role) =>
        harness.Approval($"{Email}-{role}").Status!.Conditions!.Single(c => c.Type == ConditionTypes.Current);

    [Fact]
    public async Task ApprovalsCommittedByEntitledApprovers_Count_AndTheAuditLogRecordsTheVerifiedSigners()
    {
        var (scenario, git) = await StartAsync();
        await using var _ = scenario;
        var harness = scenario.Harness;
        harness.Approve(Email, "medical");
        harness.Approve(Email, "legal");
        git.Commit($"approvals/{Email}-medical.yaml", GitFixture.Wang);
        git.Commit($"approvals/{Email}-legal.yaml", GitFixture.Li);

        await harness.RunAsync();

        Assert.Equal(ContentPiecePhase.Published, harness.Status(Email).Phase);
        Assert.Equal(ConditionStatus.True, Current(harness, "medical").Status);
        Assert.StartsWith("王某 <wang.medical@example.com> (author of ", harness.Approval($"{Email}-medical").Status!.Signer, StringComparison.Ordinal);
        var audit = await harness.Runtime.State.Audit.ReadAsync($"ContentPiece/{FixtureRepository.Namespace}/{Email}", 0, CancellationToken.None);
        var approved = Assert.Single(audit, r => r.Action == "Approved");
        Assert.Contains("legal: 李某 <li.legal@example.com>", approved.Message, StringComparison.Ordinal);
        Assert.Contains("medical: 王某 <wang.medical@example.com>", approved.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApprovalCommittedByThePiecesOwnAuthor_DoesNotCount_EvenWhenTheyAreOnTheRoster()
    {
        var (scenario, git) = await StartAsync();
        await using var _ = scenario;
        var harness = scenario.Harness;
        harness.Approve(Email, "medical");
        harness.Approve(Email, "legal");
        git.Commit($"approvals/{Email}-medical.yaml", GitFixture.Coe);
        git.Commit($"approvals/{Email}-legal.yaml", GitFixture.Li);

        await harness.RunAsync();

        Assert.Equal(ContentPiecePhase.AwaitingApproval, harness.Status(Email).Phase);
        Assert.Equal(["medical"], harness.Status(Email).Approvals!.Missing);
        var current = Current(harness, "medical");
        Assert.Equal((ConditionStatus.False, ConditionReasons.SelfApproval), (current.Status, current.Reason));
        Assert.Contains("segregation of duties", current.Message, StringComparison.Ordinal);
        Assert.Contains("王某 <wang.medical@example.com>", current.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgedApproval_NamingAnApproverButCommittedBySomeoneElse_ShowsWhoMaySign()
    {
        var (scenario, git) = await StartAsync();
        await using var _ = scenario;
        var harness = scenario.Harness;
        harness.Approve(Email, "medical");
        git.Commit($"approvals/{Email}-medical.yaml", GitFixture.Mallory);

        await harness.RunAsync();

        var current = Current(harness, "medical");
        Assert.Equal((ConditionStatus.False, ConditionReasons.NotEntitled), (current.Status, current.Reason));
        Assert.Contains("Mallory <mallory@example.com>", current.Message, StringComparison.Ordinal);
        Assert.Contains("May sign for medical: 王某 <wang.medical@example.com>, COE 作者 <coe.author@example.com>.", current.Message, StringComparison.Ordinal);
        Assert.Contains("medical", harness.Status(Email).Approvals!.Missing!);
    }

    [Fact]
    public async Task ProvenanceWrittenInTheFile_IsIgnored_AndAnUncommittedApprovalCountsOnceCommitted()
    {
        var (scenario, git) = await StartAsync();
        await using var _ = scenario;
        var harness = scenario.Harness;
        harness.Approve(Email, "medical");
        harness.Approve(Email, "legal");
        scenario.Repository.Replace($"approvals/{Email}-medical.yaml", $"  namespace: {FixtureRepository.Namespace}\n",
            $"  namespace: {FixtureRepository.Namespace}\n  annotations:\n    provenance.contentops.io/signer: \"王某 <wang.medical@example.com>\"\n");
        git.Commit($"approvals/{Email}-legal.yaml", GitFixture.Li);

        await harness.RunAsync();

        var current = Current(harness, "medical");
        Assert.Equal((ConditionStatus.False, ConditionReasons.SignerUnverified), (current.Status, current.Reason));
        Assert.Contains("not committed", current.Message, StringComparison.Ordinal);

        git.Commit($"approvals/{Email}-medical.yaml", GitFixture.Wang);
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        await harness.RunAsync();

        Assert.Equal(ConditionStatus.True, Current(harness, "medical").Status);
        Assert.Equal(ContentPiecePhase.Published, harness.Status(Email).Phase);
    }

    [Fact]
    public async Task OutsideAGitRepository_AnApprovalUnderARoster_CannotCount_AndSaysWhy()
    {
        await using var scenario = await EmbeddedScenario.StartAsync();
        scenario.Repository.Replace("policies/email-mlr.yaml", "  approval:\n    roles: [medical, legal]\n", Roster() + "\n");
        var harness = scenario.Harness;
        await harness.RunAsync();
        harness.Approve(Email, "medical");
        harness.Approve(Email, "legal");

        await harness.RunAsync();

        var current = Current(harness, "legal");
        Assert.Equal((ConditionStatus.False, ConditionReasons.SignerUnverified), (current.Status, current.Reason));
        Assert.Contains("is not in a Git repository", current.Message, StringComparison.Ordinal);
        Assert.Contains("May sign for legal: 李某 <li.legal@example.com>.", current.Message, StringComparison.Ordinal);
        Assert.Equal(ContentPiecePhase.AwaitingApproval, harness.Status(Email).Phase);
    }

    [Fact]
    public async Task SignedApprovalsRequired_AnSshSignedCommitVerifies_AnUnsignedOneDoesNot()
    {
        using var keys = TempDirectory.Create();
        var key = Path.Combine(keys.Path, "wang_ed25519");
        Run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "wang.medical@example.com", "-f", key);
        var publicKey = File.ReadAllText(key + ".pub").Trim();
        var (scenario, git) = await StartAsync(signed: true, wangKey: publicKey);
        await using var _ = scenario;
        var harness = scenario.Harness;
        harness.Approve(Email, "medical");
        harness.Approve(Email, "legal");
        git.Commit($"approvals/{Email}-legal.yaml", GitFixture.Li);
        git.CommitSigned($"approvals/{Email}-medical.yaml", GitFixture.Wang, key);

        await harness.RunAsync();

        Assert.Equal(ConditionStatus.True, Current(harness, "medical").Status);
        Assert.StartsWith("王某 <wang.medical@example.com> (SSH signature on ", harness.Approval($"{Email}-medical").Status!.Signer, StringComparison.Ordinal);
        var legal = Current(harness, "legal");
        Assert.Equal((ConditionStatus.False, ConditionReasons.SignerUnverified), (legal.Status, legal.Reason));
        Assert.Contains("requires signed approvals", legal.Message, StringComparison.Ordinal);
        Assert.Equal(["legal"], harness.Status(Email).Approvals!.Missing);
    }

    [Fact]
    public async Task SignedApprovalsRequired_AGpgSignedCommitVerifies()
    {
        using var home = TempDirectory.Create();
        try
        {
            Run("gpg", "--homedir", home.Path, "--batch", "--passphrase", "", "--quick-gen-key", "王某 <wang.medical@example.com>", "ed25519", "sign", "never");
            var publicKey = Run("gpg", "--homedir", home.Path, "--batch", "--armor", "--export", "wang.medical@example.com");
            var (scenario, git) = await StartAsync(signed: true, wangKey: publicKey);
            await using var _ = scenario;
            var harness = scenario.Harness;
            harness.Approve(Email, "medical");
            git.CommitGpgSigned($"approvals/{Email}-medical.yaml", GitFixture.Wang, home.Path);

            await harness.RunAsync();

            Assert.Equal(ConditionStatus.True, Current(harness, "medical").Status);
            Assert.StartsWith("王某 <wang.medical@example.com> (GPG signature on ", harness.Approval($"{Email}-medical").Status!.Signer, StringComparison.Ordinal);
        }
        finally
        {
            Run("gpgconf", "--homedir", home.Path, "--kill", "all");
        }
    }

    private static string Run(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{file}: {error.Result}");
        return output;
    }
}
