using ContentOps.Core.Api.Policies;
using ContentOps.Core.Review;
using ContentOps.Core.Review.Llm;
using Microsoft.Extensions.AI;

namespace ContentOps.Core.Tests.Review;

public sealed class LlmJudgeTests
{
    private static readonly SopPolicy _policy = PolicyFixtures.Policy("judge",
        new SopRule { Id = "tone", Kind = "llmJudge", Severity = "warn", Message = "语气不符合学术规范", Rubric = "不得使用口语化、夸张的表达。" });

    [Fact]
    public async Task JudgeAsync_TurnsQuotedViolationsIntoLocatedFindings()
    {
        var client = new ScriptedChatClient("""{"violations":[{"quote":"超给力","reason":"口语化"}]}""");
        var options = new ReviewOptions { LlmJudgeEnabled = true };
        var judge = new LlmJudge(client, new ContentReviewer(options), options);

        var findings = await judge.JudgeAsync(Contexts.Body("降糖效果超给力。"), Contexts.HcpAcademic, [_policy]);

        var finding = Assert.Single(findings);
        Assert.Equal(("tone", "超给力", 4, Severities.Warn), (finding.RuleId, finding.Match, finding.Offset, finding.Severity));
        Assert.Contains("不得使用口语化", client.LastPrompt);
    }

    [Fact]
    public async Task JudgeAsync_IsOffByDefault_AndNeverCalledBySynchronousReview()
    {
        var client = new ScriptedChatClient("""{"violations":[{"quote":"超给力","reason":"口语化"}]}""");
        var reviewer = new ContentReviewer();

        var findings = await new LlmJudge(client, reviewer).JudgeAsync(Contexts.Body("超给力"), Contexts.HcpAcademic, [_policy]);
        var verdict = reviewer.Review(Contexts.Body("超给力"), Contexts.HcpAcademic, [_policy]);

        Assert.Empty(findings);
        Assert.Empty(verdict.Findings);
        Assert.Null(client.LastPrompt);
    }

    [Fact]
    public async Task JudgeAsync_ReportsUnreadableReply_AsWarning()
    {
        var options = new ReviewOptions { LlmJudgeEnabled = true };
        var judge = new LlmJudge(new ScriptedChatClient("sorry"), new ContentReviewer(options), options);

        var finding = Assert.Single(await judge.JudgeAsync(Contexts.Body("文本"), Contexts.HcpAcademic, [_policy]));

        Assert.Equal(Severities.Warn, finding.Severity);
    }

    private sealed class ScriptedChatClient(string reply) : IChatClient
    {
        public string? LastPrompt { get; private set; }

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            LastPrompt = string.Join("\n", messages.Select(m => m.Text));
            return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, reply)));
        }

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
