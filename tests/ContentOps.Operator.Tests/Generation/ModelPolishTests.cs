using ContentOps.Core.Api;
using ContentOps.Core.Generation.Resilience;
using ContentOps.Operator.Cli;
using ContentOps.Operator.Tests.Reconcilers;
using ContentOps.Operator.Tests.TestSupport;
using static ContentOps.Operator.Tests.Generation.ScriptedOpenAiServer;

namespace ContentOps.Operator.Tests.Generation;

/// <summary>
/// generation.polish: model over real HTTP against a scripted OpenAI-compatible server: the first request generates,
/// the second polishes only the connective prose; an answer that breaks the contract keeps the deterministic polish,
/// and whatever is kept is reviewed before anything is published.
/// </summary>
public sealed class ModelPolishTests
{
    private const string Wechat = FixtureRepository.Wechat;

    private const string ClaimText = "安泰平®（阿莫地平片）治疗12周可使收缩压较基线平均降低12 mmHg";

    private const string Good = ScriptedGeneration.GoodComposition;

    private const string Polished = """
        {"title":"安泰平12周降压研究要点","opening":"本期为心内科医生梳理安泰平的研究资料。",
         "sections":[{"prose":"研究原文摘录如下。"},{"prose":""}],"closing":"谢谢您的阅读。"}
        """;

    private static readonly LlmResilienceOptions _fast = new()
    {
        Timeout = TimeSpan.FromSeconds(5),
        MaxRetries = 0,
        BaseDelay = TimeSpan.FromMilliseconds(10),
        MaxConcurrency = 2,
    };

    private static Task<PieceReconcilerHarness> HarnessAsync(ScriptedOpenAiServer server, bool forbidGuarantee = false) =>
        ScriptedGeneration.HarnessAsync(server, _fast, ", polish: model", forbidGuarantee
            ? "    - id: no-guarantee\n      kind: forbiddenTerms\n      severity: block\n      terms:\n        - term: 保证\n      message: 不得承诺疗效。\n"
            : null);

    [Fact]
    public async Task PolishedProse_IsUsed_AndOnlyTheProseIsSentToTheModel_ClaimsStayVerbatim()
    {
        await using var server = new ScriptedOpenAiServer(Answer(Good), Answer(Polished));
        using var harness = await HarnessAsync(server);

        await harness.ReconcileAsync(Wechat);

        var status = harness.Status(Wechat);
        Assert.Equal(ContentPiecePhase.Published, status.Phase);
        var body = Assert.Single(harness.Channel.Published).Rendition.Body;
        Assert.Contains("本期为心内科医生梳理安泰平", body);
        Assert.Contains("谢谢您的阅读。", body);
        Assert.DoesNotContain("感谢阅读", body);
        Assert.Contains(ClaimText + "[1]。", body);
        Assert.Contains("推荐剂量为5 mg，每日一次口服", body);
        Assert.Equal(2, server.Requests.Count);
        var polish = server.Requests.Last();
        Assert.Contains("以下为研究原文", polish);
        Assert.DoesNotContain("收缩压", polish);
        Assert.DoesNotContain("atp-bp", polish);
        Assert.DoesNotContain("推荐剂量", polish);
        Assert.Equal(2400, status.Tokens!.InputTokens);
    }

    [Fact]
    public async Task MalformedPolish_FallsBackToTheDeterministicProse_AndPublishes()
    {
        await using var server = new ScriptedOpenAiServer(Answer(Good), Answer("润色如下：本期为心内科医生梳理资料。"));
        using var harness = await HarnessAsync(server);

        await harness.ReconcileAsync(Wechat);

        Assert.Equal(ContentPiecePhase.Published, harness.Status(Wechat).Phase);
        var body = Assert.Single(harness.Channel.Published).Rendition.Body;
        Assert.Contains("本期面向心内科医生，介绍安泰平", body);
        Assert.Contains("感谢阅读。", body);
        Assert.DoesNotContain("润色如下", body);
        Assert.Contains(ClaimText + "[1]。", body);
    }

    [Fact]
    public async Task PolishThatIntroducesAPercentage_FallsBack()
    {
        const string withNumber = """
            {"title":"安泰平12周降压数据","opening":"本期介绍安泰平，达标率提高35%。","sections":[{"prose":"以下为研究原文。"},{"prose":""}],"closing":"感谢阅读。"}
            """;
        await using var server = new ScriptedOpenAiServer(Answer(Good), Answer(withNumber));
        using var harness = await HarnessAsync(server);

        await harness.ReconcileAsync(Wechat);

        Assert.Equal(ContentPiecePhase.Published, harness.Status(Wechat).Phase);
        var body = Assert.Single(harness.Channel.Published).Rendition.Body;
        Assert.DoesNotContain("35", body);
        Assert.Contains("model answer rejected: introduced 35%", Assert.Single(harness.Channel.Published).Rendition.Outline);
        Assert.Contains("本期面向心内科医生，介绍安泰平", body);
        Assert.Contains(ClaimText + "[1]。", body);
    }

    [Fact]
    public async Task PolishThatChangesTheSections_FallsBack()
    {
        const string merged = """
            {"title":"安泰平12周降压数据","opening":"本期为心内科医生梳理资料。","sections":[{"prose":"研究原文如下。"}],"closing":"谢谢。"}
            """;
        await using var server = new ScriptedOpenAiServer(Answer(Good), Answer(merged));
        using var harness = await HarnessAsync(server);

        await harness.ReconcileAsync(Wechat);

        var body = Assert.Single(harness.Channel.Published).Rendition.Body;
        Assert.DoesNotContain("梳理资料", body);
        Assert.Contains("本期面向心内科医生", body);
    }

    [Fact]
    public async Task PolishThatAddsAForbiddenPhrase_EndsInReviewFailed_WithNothingPublished()
    {
        const string guarantee = """
            {"title":"安泰平12周降压数据","opening":"本期介绍安泰平，保证稳定控制血压。","sections":[{"prose":"以下为研究原文。"},{"prose":""}],"closing":"感谢阅读。"}
            """;
        await using var server = new ScriptedOpenAiServer(Answer(Good), Answer(guarantee), Answer(Good), Answer(guarantee));
        using var harness = await HarnessAsync(server, forbidGuarantee: true);

        await harness.ReconcileAsync(Wechat);

        Assert.Equal(ContentPiecePhase.ReviewFailed, harness.Status(Wechat).Phase);
        Assert.Empty(harness.Channel.Published);
        Assert.Contains("no-guarantee", harness.Condition(Wechat, ConditionTypes.Reviewed).Message);
        Assert.Equal(4, server.Requests.Count);
    }
}
