using System.Text.Json;
using ContentOps.Core.Digests;
using Microsoft.Extensions.AI;

namespace ContentOps.Core.Generation;

/// <summary>
/// Turns a <see cref="GenerationRequest"/> into chat messages: the contract for a model (write connective prose and
/// choose claim ids; never state a fact yourself; answer with the composition JSON), the request as a fenced JSON
/// block (brief, parsed intent, the applicable SOP rules, the approved claims with ids, previous findings). The
/// embedded modular generator reads the same block back, so both providers get the same input.
/// </summary>
public static class PromptBuilder
{
    private const string Fence = "```json";

    public static IReadOnlyList<ChatMessage> Build(GenerationRequest request)
    {
        var system = $"""
            你是一家制药企业内容中心（COE）的医学内容撰写助手。你只负责连接性文字和声明的编排，不陈述任何事实。
            规则：
            1. 事实只能来自 claims：在 sections[].claims 中按顺序填写要引用的声明 id，渲染器会逐字插入已批准的原文和参考文献标注。
            2. opening、sections[].prose、closing 和 title 中不得出现任何数字、百分比、疗效、安全性、剂量或作用机制的陈述，不得使用绝对化、保证性用语或与其他药品比较。
            3. 禁忌、不良反应、参考文献、专业人士声明、批准文号、签名和退订由模板放置，不要写。
            4. 按 intent（purpose、emphasis、segment directive、tone）组织：segment 的侧重点放在前面。
            5. 只输出符合以下 JSON Schema 的 JSON 对象，不要输出其他文字：
            {CompositionJson.Schema}
            """;
        var feedback = request.Feedback.Count == 0 ? "" : "\n上一次生成未通过审查，请按以下发现修改：\n" + string.Join("\n", request.Feedback);
        var user = $"""
            请为以下请求编排内容（格式 {request.Format}，渠道 {request.Channel}）。{feedback}
            {Fence}
            {JsonSerializer.Serialize(request, ContentDigest.CanonicalJson)}
            ```
            """;
        return [new ChatMessage(ChatRole.System, system), new ChatMessage(ChatRole.User, user)];
    }

    /// <summary>Reads the request back from the last user message, or null when there is none.</summary>
    public static GenerationRequest? ExtractRequest(IEnumerable<ChatMessage> messages)
    {
        var text = messages.LastOrDefault(m => m.Role == ChatRole.User)?.Text;
        if (text is null)
        {
            return null;
        }

        var start = text.IndexOf(Fence, StringComparison.Ordinal);
        var end = start < 0 ? -1 : text.IndexOf("```", start + Fence.Length, StringComparison.Ordinal);
        return end < 0
            ? null
            : JsonSerializer.Deserialize<GenerationRequest>(text[(start + Fence.Length)..end], ContentDigest.CanonicalJson);
    }
}
