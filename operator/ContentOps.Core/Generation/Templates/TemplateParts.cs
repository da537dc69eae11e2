using System.Text;

namespace ContentOps.Core.Generation.Templates;

/// <summary>Building blocks every long-form template shares: product mention, claims, safety, references, statements.</summary>
internal static class TemplateParts
{
    public static string ProductMention(GenerationRequest r) => $"{r.ProductName}（{r.GenericName}）";

    public static string Greeting(GenerationRequest r) =>
        r.SegmentDescription is { Length: > 0 } who ? $"尊敬的{who}：" : "尊敬的医生：";

    /// <summary>
    /// One paragraph per key message holding its claims verbatim with markers. The key message itself is brief
    /// language, not approved copy, so it is never printed: it only decides grouping and order.
    /// </summary>
    public static IEnumerable<string> MessageParagraphs(GenerationRequest r)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var message in r.KeyMessages)
        {
            var claims = r.Claims.Where(c => message.ClaimIds.Contains(c.Id) && used.Add(c.Id)).ToList();
            if (claims.Count > 0)
            {
                yield return string.Concat(claims.Select(c => c.Cited));
            }
        }

        var rest = r.Claims.Where(c => used.Add(c.Id)).ToList();
        if (rest.Count > 0)
        {
            yield return string.Concat(rest.Select(c => c.Cited));
        }
    }

    public static IEnumerable<string> SafetyParagraphs(GenerationRequest r)
    {
        if (r.Contraindications is { Length: > 0 } contraindications)
        {
            yield return $"【禁忌】{contraindications}";
        }

        if (r.AdverseReactions is { Length: > 0 } adverse)
        {
            yield return $"【不良反应】{adverse}";
        }
    }

    public static string? CallToAction(GenerationRequest r) => r.CallToAction is not { Length: > 0 } cta
        ? null
        : r.CallToActionUrl is { Length: > 0 } url ? $"{cta}：{url}" : cta;

    public static string? References(GenerationRequest r)
    {
        if (r.References.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder("参考文献：");
        for (var i = 0; i < r.References.Count; i++)
        {
            text.Append('\n').Append('[').Append(i + 1).Append("] ").Append(r.References[i]);
        }

        return text.ToString();
    }

    public static string? Company(GenerationRequest r)
    {
        var parts = new[] { r.Manufacturer, r.ApprovalNumber is { } n ? $"批准文号：{n}" : null }.Where(p => p is { Length: > 0 });
        var line = string.Join("　", parts);
        return line.Length == 0 ? null : line;
    }

    public static string Join(IEnumerable<string?> paragraphs) =>
        string.Join("\n\n", paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)));
}
