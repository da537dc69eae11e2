using ContentOps.Core.Api;
using ContentOps.Core.Generation.Resilience;
using ContentOps.Operator.Cli;
using ContentOps.Operator.Tests.Reconcilers;
using ContentOps.Operator.Tests.TestSupport;
using static ContentOps.Operator.Tests.Generation.ScriptedOpenAiServer;

namespace ContentOps.Operator.Tests.Generation;

/// <summary>
/// The openai provider over real HTTP against a scripted OpenAI-compatible server: the model only writes prose and
/// places claim ids; what it gets wrong never reaches a channel.
/// </summary>
public sealed class OpenAiGenerationTests
{
    private const string Wechat = FixtureRepository.Wechat;

    private const string Good = ScriptedGeneration.GoodComposition;

    private const string Hallucinated = """
        {"title":"安泰平12周降压数据","opening":"本期介绍安泰平，它可使收缩压降低20 mmHg，疗效显著。",
         "sections":[{"heading":"研究结果","prose":"","claims":["atp-bp"]}],"closing":"感谢阅读。"}
        """;

    private static readonly LlmResilienceOptions _fast = new()
    {
        Timeout = TimeSpan.FromMilliseconds(800),
        MaxRetries = 2,
        BaseDelay = TimeSpan.FromMilliseconds(10),
        MaxConcurrency = 2,
    };

    private static Task<PieceReconcilerHarness> HarnessAsync(ScriptedOpenAiServer server, bool traceClaims = false) =>
        ScriptedGeneration.HarnessAsync(server, _fast, extraRuleYaml: traceClaims
            ? "    - id: claim-traceability\n      kind: claimTraceability\n      severity: block\n      message: 陈述须对应已批准声明。\n"
            : null);

    [Fact]
    public async Task Success_PlacesClaimsVerbatim_RecordsTokens_AndPublishes()
    {
        await using var server = new ScriptedOpenAiServer(Answer(Good));
        using var harness = await HarnessAsync(server);

        await harness.ReconcileAsync(Wechat);

        var status = harness.Status(Wechat);
        Assert.Equal(ContentPiecePhase.Published, status.Phase);
        var published = Assert.Single(harness.Channel.Published);
        Assert.Contains("安泰平®（阿莫地平片）治疗12周可使收缩压较基线平均降低12 mmHg[1]。", published.Rendition.Body);
        Assert.Contains("安泰平®（阿莫地平片）", published.Rendition.Body[..published.Rendition.Body.IndexOf("治疗12周", StringComparison.Ordinal)]);
        Assert.Equal((1200, 300), (status.Tokens!.InputTokens, status.Tokens.OutputTokens));
        Assert.Equal(1200, harness.Metrics.GenerationTokens.WithLabels("openai", "input").Value);
        var request = Assert.Single(server.Requests);
        Assert.Contains("json_schema", request);
        Assert.Contains("atp-bp", request);
        Assert.Contains("purpose", request);
        Assert.Contains("Required", request, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task MalformedJson_FailsGeneration_AndPublishesNothing()
    {
        await using var server = new ScriptedOpenAiServer(Answer("# 标题\n\n这不是 JSON。"));
        using var harness = await HarnessAsync(server);

        await harness.ReconcileAsync(Wechat);

        Assert.Empty(harness.Channel.Published);
        var generated = harness.Condition(Wechat, ConditionTypes.Generated);
        Assert.Equal((ConditionStatus.False, ConditionReasons.GenerationFailed), (generated.Status, generated.Reason));
        Assert.Contains("composition JSON", generated.Message);
    }

    [Fact]
    public async Task HallucinatedNumber_FailsReview_ThenRegeneratesWithTheFindings_AndPublishesOnlyTheCleanAnswer()
    {
        await using var server = new ScriptedOpenAiServer(Answer(Hallucinated), Answer(Good));
        using var harness = await HarnessAsync(server, traceClaims: true);

        await harness.ReconcileAsync(Wechat);

        var status = harness.Status(Wechat);
        Assert.Equal(ContentPiecePhase.Published, status.Phase);
        Assert.Equal(2, status.Attempts);
        var published = Assert.Single(harness.Channel.Published);
        Assert.DoesNotContain("20 mmHg", published.Rendition.Body);
        Assert.Equal(2, server.Requests.Count);
        Assert.Contains("claim-traceability", server.Requests.Last());
        Assert.Equal(2400, harness.Metrics.GenerationTokens.WithLabels("openai", "input").Value);
    }

    [Fact]
    public async Task HallucinatedNumberEveryTime_StopsAtReviewFailed_WithNothingPublished()
    {
        await using var server = new ScriptedOpenAiServer(Answer(Hallucinated));
        using var harness = await HarnessAsync(server, traceClaims: true);

        await harness.ReconcileAsync(Wechat);

        Assert.Equal(ContentPiecePhase.ReviewFailed, harness.Status(Wechat).Phase);
        Assert.Empty(harness.Channel.Published);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task TooManyRequests_IsRetried_ThenPublishes()
    {
        await using var server = new ScriptedOpenAiServer(Status(429), Status(503), Answer(Good));
        using var harness = await HarnessAsync(server);

        await harness.ReconcileAsync(Wechat);

        Assert.Equal(ContentPiecePhase.Published, harness.Status(Wechat).Phase);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task ServerErrorEveryTime_FailsAfterTheRetries_AndPublishesNothing()
    {
        await using var server = new ScriptedOpenAiServer(Status(500));
        using var harness = await HarnessAsync(server);

        await harness.ReconcileAsync(Wechat);

        Assert.Empty(harness.Channel.Published);
        Assert.Equal(_fast.MaxRetries + 1, server.Requests.Count);
        var generated = harness.Condition(Wechat, ConditionTypes.Generated);
        Assert.Equal(ConditionReasons.GenerationFailed, generated.Reason);
        Assert.Contains("3 time(s)", generated.Message);
    }

    [Fact]
    public async Task Timeout_IsRetried_ThenFails_AndPublishesNothing()
    {
        await using var server = new ScriptedOpenAiServer(Slow(TimeSpan.FromSeconds(5), Good));
        using var harness = await HarnessAsync(server);

        await harness.ReconcileAsync(Wechat);

        Assert.Empty(harness.Channel.Published);
        var generated = harness.Condition(Wechat, ConditionTypes.Generated);
        Assert.Equal(ConditionReasons.GenerationFailed, generated.Reason);
        Assert.Contains("no answer within", generated.Message);
    }

    [Fact]
    public async Task ClientError_IsNotRetried()
    {
        await using var server = new ScriptedOpenAiServer(Status(400));
        using var harness = await HarnessAsync(server);

        await harness.ReconcileAsync(Wechat);

        Assert.Empty(harness.Channel.Published);
        Assert.Single(server.Requests);
    }
}
