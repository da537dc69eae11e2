using ContentOps.Operator.Cli;
using ContentOps.Operator.Tests.Planning;

namespace ContentOps.Operator.Tests.Cli;

/// <summary>Medical retracts a claim in a commit: the change validates (a warning), plan names what comes down, run takes it down.</summary>
public sealed class RetractionCommandTests
{
    private const string Piece = "klp-wechat-efficacy-metformin";

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliRunner.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task RetractionCommit_Validates_PlanListsTheWithdrawal_AndRunTakesThePieceDown()
    {
        using var repo = new ExampleRepository();
        var (first, published, firstError) = await RunAsync("run", repo.Examples);
        Assert.True(first == CliRunner.Success, published + firstError);
        Assert.Contains($"diabetes/{Piece}", published, StringComparison.Ordinal);
        Assert.Matches($@"diabetes/{Piece}\s+wechat-article\s+Published", published);

        repo.Replace("claims/klp-claims.yaml",
            "      expires: \"2027-12-31\"\n    - id: klp-hypoglycemia-rate",
            "      expires: \"2027-12-31\"\n      status: withdrawn\n    - id: klp-hypoglycemia-rate");
        repo.Commit("Medical retracts the LANTERN-2 HbA1c claim");

        var (valid, validateOutput, validateError) = await RunAsync("validate", repo.Examples);
        Assert.True(valid == CliRunner.Success, validateOutput + validateError);
        Assert.Contains("warning CO0313: claim 'klp-hba1c-24w-met' is withdrawn", validateOutput + validateError, StringComparison.Ordinal);

        var (planned, plan, planError) = await RunAsync("plan", repo.Examples);
        Assert.True(planned == CliRunner.Success, plan + planError);
        var block = Assert.Single(plan.Split("\n\n"), b => b.StartsWith($"~ ContentPiece diabetes/{Piece}", StringComparison.Ordinal));
        // The article is declared on WeChat and the e-mail (distribution.channels: best): it comes down from both.
        Assert.Matches(@"withdraw from (wechat-hcp-service-account, approved-email|approved-email, wechat-hcp-service-account) \(claim klp-hba1c-24w-met withdrawn\)", block);
        // The webinar invitation states it too (recalled through its key message), so it comes down with the article.
        var invite = Assert.Single(plan.Split("\n\n"), b => b.StartsWith("~ ContentPiece diabetes/klp-email-webinar-invite", StringComparison.Ordinal));
        Assert.Contains("withdraw from approved-email (claim klp-hba1c-24w-met withdrawn)", invite, StringComparison.Ordinal);
        Assert.Contains("2 to withdraw", plan, StringComparison.Ordinal);

        var (ran, output, error) = await RunAsync("run", repo.Examples);
        Assert.True(ran == CliRunner.Success, output + error);
        Assert.Matches($@"diabetes/{Piece}\s+wechat-article\s+Withdrawn", output);
        Assert.Matches(@"diabetes/klp-email-webinar-invite\s+email\s+Withdrawn", output);
        // The article's two segment variants on WeChat and on the e-mail, and the invitation's three.
        Assert.True(output.Contains("withdrew 7", StringComparison.Ordinal), output);
    }
}
