using System.Text.RegularExpressions;

namespace ContentOps.Core.Generation;

/// <summary>
/// Tells whether prose states a fact: a figure with a unit or percent, or an efficacy or safety word. Connective prose
/// (openings, framing, a model's sections) must not; facts come only from approved claims, inserted verbatim.
/// </summary>
public static partial class FactGuard
{
    /// <summary>The first fact-like match in <paramref name="prose"/>, or null when it states none.</summary>
    public static string? FirstFact(string prose)
    {
        var match = Facts().Match(prose);
        return match.Success ? match.Value : null;
    }

    public static bool IsClean(string prose) => FirstFact(prose) is null;

    [GeneratedRegex(@"\d+(?:\.\d+)?\s*(?:%|％|mmol|mg|μg|ug|ml|mL|倍|例|kg|周|个月|年)|[nN]\s*=\s*\d+|[Pp]\s*[<=>]\s*0?\.\d+|降低|减少|改善|提高|升高|下降|缩短|延缓|逆转|疗效|有效率|达标率|发生率|风险|安全性|耐受性|作用机制|抑制|激动剂|受体|治愈|根治|优于|显著|保证|无副作用|不良反应少|效果")]
    private static partial Regex Facts();
}
