using System.Text.Json;
using ContentOps.Core.Api.Policies;
using ContentOps.Core.Generation;
using ContentOps.Core.Review.Rules;
using ContentOps.Core.Review.Text;
using Microsoft.Extensions.AI;

namespace ContentOps.Core.Review.Llm;

/// <summary>
/// The optional model step: sends each applicable llmJudge rule's rubric and the text to an <see cref="IChatClient"/>
/// and turns the violations it quotes into findings. Off unless <see cref="ReviewOptions.LlmJudgeEnabled"/>; its findings
/// are added to the deterministic verdict (<see cref="Verdict.WithFindings"/>) and can never clear it.
/// </summary>
public sealed class LlmJudge(IChatClient chatClient, ContentReviewer reviewer, ReviewOptions? options = null)
{
    private const string Instructions =
        "你是中国药品广告与医药学术推广资料的合规审查员。根据给出的审查标准检查文本，只报告确实违反标准的原文片段。" +
        "只输出 JSON：{\"violations\":[{\"quote\":\"逐字引用的原文\",\"reason\":\"违反原因\"}]}；没有问题时输出 {\"violations\":[]}。";

    private readonly bool _enabled = options?.LlmJudgeEnabled ?? false;

    /// <summary>Findings of the llmJudge rules of the policies that select <paramref name="context"/>; empty when disabled.</summary>
    public async Task<IReadOnlyList<Finding>> JudgeAsync(Rendition rendition, ReviewContext context, IReadOnlyList<SopPolicy> policies,
        CancellationToken cancellationToken = default)
    {
        if (!_enabled)
        {
            return [];
        }

        var document = new ReviewDocument(rendition, context);
        var findings = new List<Finding>();
        var rules = policies.Select(reviewer.Compile).Where(p => p.IsValid && p.Selects(context))
            .SelectMany(p => p.Rules.OfType<LlmJudgeRule>()).Where(r => r.AppliesTo(context));
        foreach (var rule in rules)
        {
            var messages = new List<ChatMessage>
            {
                new(ChatRole.System, Instructions),
                new(ChatRole.User, $"审查标准：\n{rule.Rubric}\n\n待审文本：\n{document.Text}"),
            };
            var response = await chatClient.GetResponseAsync(messages, new ChatOptions { Temperature = 0 }, cancellationToken);
            findings.AddRange(Parse(document, rule, response.Text));
        }

        return FindingOrder.Sort(findings);
    }

    private static IEnumerable<Finding> Parse(ReviewDocument document, LlmJudgeRule rule, string reply)
    {
        var start = reply.IndexOf('{');
        var end = reply.LastIndexOf('}');
        List<Finding> findings = [];
        try
        {
            using var json = JsonDocument.Parse(start >= 0 && end > start ? reply[start..(end + 1)] : reply);
            foreach (var violation in json.RootElement.GetProperty("violations").EnumerateArray())
            {
                var quote = violation.TryGetProperty("quote", out var q) ? q.GetString() ?? "" : "";
                var reason = violation.TryGetProperty("reason", out var r) ? r.GetString() ?? "" : "";
                findings.Add(rule.CreateJudgeFinding(document, quote, reason));
            }
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            findings.Add(rule.CreateJudgeFinding(document, "", "模型输出无法解析，请人工复核") with { Severity = Severities.Warn });
        }

        return findings;
    }
}
