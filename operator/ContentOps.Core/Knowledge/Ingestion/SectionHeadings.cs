using System.Text.RegularExpressions;

namespace ContentOps.Core.Knowledge.Ingestion;

/// <summary>Recognises the headings of labels, papers and guidelines in plain text (PDF pages, .txt files).</summary>
internal static partial class SectionHeadings
{
    /// <summary>The heading text when <paramref name="line"/> is one, else null.</summary>
    public static string? Match(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length is 0 or > 40)
        {
            return null;
        }

        if (trimmed.StartsWith('#'))
        {
            return trimmed.TrimStart('#').Trim();
        }

        return LabelHeading().IsMatch(trimmed) || NumberedHeading().IsMatch(trimmed) ? trimmed : null;
    }

    // 说明书 sections: 【适应症】; papers: "1. 方法", "2.3 主要终点", "一、研究设计".
    [GeneratedRegex(@"^【[^】]{1,20}】$")]
    private static partial Regex LabelHeading();

    [GeneratedRegex(@"^(\d+(\.\d+)*\.?|[一二三四五六七八九十]+、)\s*[\p{L}][^。；;，,：:]{0,24}$")]
    private static partial Regex NumberedHeading();
}
