using System.Text.Json;
using ContentOps.Core.Digests;
using Microsoft.Extensions.AI;

namespace ContentOps.Core.Generation;

/// <summary>
/// Turns a <see cref="GenerationRequest"/> into chat messages. The instructions are for a real model; the request
/// travels as a fenced JSON block that the embedded modular generator reads back, so both providers get the same input.
/// </summary>
public static class PromptBuilder
{
    private const string Fence = "```json";

    public static IReadOnlyList<ChatMessage> Build(GenerationRequest request)
    {
        var system = """
            你是一家制药企业内容中心（COE）的医学内容撰写助手。只能使用输入中给出的已批准声明（claims），逐字引用并保留其参考文献标注；
            不得添加任何未提供的疗效、安全性或剂量信息，不得使用绝对化用语、保证性用语或与其他药品的比较。
            按指定渠道格式输出：第一行以“# ”开头写标题（短信和话术可省略），空一行后写正文，段落之间空一行；
            正文末尾依次给出禁忌与不良反应、参考文献和必需声明。
            """;
        var user = $"""
            请根据以下请求生成内容（{request.Format}，渠道 {request.Channel}）。
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
