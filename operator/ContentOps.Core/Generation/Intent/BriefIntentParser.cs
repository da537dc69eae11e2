using System.Text.RegularExpressions;

namespace ContentOps.Core.Generation.Intent;

/// <summary>
/// Reads a <see cref="BriefIntent"/> from a brief's text with fixed rules (no model): purpose from its first
/// sentence (else the whole text), length from 篇幅/字/分钟/条, emphasis from topic words outside the per-segment
/// directives, tone from tone words, directives from clauses like 三级医院版本侧重…. Same brief, same intent.
/// </summary>
public static partial class BriefIntentParser
{
    private static readonly (string Purpose, string[] Words)[] _purposes =
    [
        (BriefPurposes.Reminder, ["提醒", "会前", "即将开始"]),
        (BriefPurposes.Invitation, ["邀请", "邀您", "报名", "参会"]),
        (BriefPurposes.Launch, ["上市", "获批", "新上市"]),
        (BriefPurposes.Education, ["学术", "科普", "解读", "机制", "回顾", "专题", "教育"]),
    ];

    private static readonly (string Tone, string[] Words)[] _tones =
    [
        ("academic", ["学术", "客观", "严谨", "克制"]),
        ("plain", ["通俗", "易懂", "患者能懂", "口语"]),
        ("practical", ["实用", "实践", "务实", "简明"]),
        ("warm", ["礼貌", "亲切", "温和"]),
        ("concise", ["简洁", "精炼"]),
    ];

    private static readonly string[] _focusWords = ["侧重", "重点介绍", "重点讲", "着重", "突出", "强调", "聚焦"];

    public static BriefIntent Parse(string brief)
    {
        var text = brief.Replace("\r\n", "\n");
        var clauses = Clauses(text);
        var directives = clauses.Select(Directive).OfType<SegmentDirective>().ToList();
        var general = string.Join("。", clauses.Where(c => Directive(c) is null));
        return new BriefIntent
        {
            Purpose = Purpose(text),
            Length = Length(text),
            TitleMaxChars = TitleLimit(text),
            Emphasis = Topics.In(general),
            Tone = _tones.Select(t => (t.Tone, At: FirstIndex(text, t.Words))).Where(t => t.At >= 0).OrderBy(t => t.At).Select(t => t.Tone).FirstOrDefault(),
            Directives = directives,
            Event = Event(text),
        };
    }

    private static List<string> Clauses(string text) =>
        [.. ClauseSeparators().Split(text).Select(c => c.Trim()).Where(c => c.Length > 0)];

    private static string Purpose(string text)
    {
        var first = ClauseSeparators().Split(text.Trim(), 2)[0];
        foreach (var scope in new[] { first, text })
        {
            var found = _purposes.FirstOrDefault(p => p.Words.Any(w => scope.Contains(w, StringComparison.Ordinal)));
            if (found.Purpose is not null)
            {
                return found.Purpose;
            }
        }

        return BriefPurposes.Education;
    }

    private static SegmentDirective? Directive(string clause)
    {
        foreach (var word in _focusWords)
        {
            var at = clause.IndexOf(word, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            var who = WhoPrefix().Replace(WhoSuffix().Replace(clause[..at], ""), "").Trim();
            var colon = who.LastIndexOfAny(['：', ':', '，', ',']);
            who = who[(colon + 1)..].Trim();
            if (!who.Contains('版') && !clause[..at].Contains("版", StringComparison.Ordinal) && !clause[..at].Contains("面向", StringComparison.Ordinal))
            {
                continue;
            }

            var focus = clause[(at + word.Length)..].Trim().TrimStart('于');
            return who.Length == 0 ? null : new SegmentDirective(who, focus, Topics.In(focus));
        }

        return null;
    }

    private static LengthTarget? Length(string text)
    {
        if (CharRange().Match(text) is { Success: true } range)
        {
            return new LengthTarget(int.Parse(range.Groups[1].Value), int.Parse(range.Groups[2].Value));
        }

        if (About().Match(text) is { Success: true } about)
        {
            var n = int.Parse(about.Groups[1].Value);
            return new LengthTarget(n * 4 / 5, n * 6 / 5);
        }

        foreach (Match max in AtMostChars().Matches(text))
        {
            if (!IsTitleLimit(text, max.Index))
            {
                return new LengthTarget(null, int.Parse(max.Groups[1].Value));
            }
        }

        if (Segments().Match(text) is { Success: true } segments)
        {
            return new LengthTarget(null, null, Segments: int.Parse(segments.Groups[1].Value));
        }

        if (Minutes().Match(text) is { Success: true } minutes)
        {
            return new LengthTarget(null, null, Minutes: int.Parse(minutes.Groups[1].Value));
        }

        return Seconds().Match(text) is { Success: true } seconds ? new LengthTarget(null, null, Seconds: int.Parse(seconds.Groups[1].Value)) : null;
    }

    private static int? TitleLimit(string text)
    {
        foreach (Match max in AtMostChars().Matches(text))
        {
            if (IsTitleLimit(text, max.Index))
            {
                return int.Parse(max.Groups[1].Value);
            }
        }

        return null;
    }

    private static bool IsTitleLimit(string text, int at)
    {
        var before = text[Math.Max(0, at - 6)..at];
        return before.Contains("主题", StringComparison.Ordinal) || before.Contains("标题", StringComparison.Ordinal);
    }

    private static EventMention? Event(string text)
    {
        var date = EventDate().Match(text);
        var time = EventTime().Match(text);
        return date.Success || time.Success
            ? new EventMention(date.Success ? $"{date.Groups[1].Value}月{date.Groups[2].Value}日" : null, time.Success ? time.Value : null)
            : null;
    }

    private static int FirstIndex(string text, string[] words) =>
        words.Select(w => text.IndexOf(w, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();

    [GeneratedRegex(@"[。；;！!？?\n]+")]
    private static partial Regex ClauseSeparators();

    [GeneratedRegex(@"(?:的?(?:版本|版))?(?:应|需|要|则|时)?\s*$")]
    private static partial Regex WhoSuffix();

    [GeneratedRegex(@"^(?:per-segment\s*[：:]?|面向|针对|对于|对)")]
    private static partial Regex WhoPrefix();

    [GeneratedRegex(@"(\d{2,5})\s*[–—\-~～至到]\s*(\d{2,5})\s*字")]
    private static partial Regex CharRange();

    [GeneratedRegex(@"约\s*(\d{2,5})\s*字")]
    private static partial Regex About();

    [GeneratedRegex(@"(?:不超过|不多于|最多|少于)\s*(\d{2,5})\s*字")]
    private static partial Regex AtMostChars();

    [GeneratedRegex(@"不超过\s*(\d{1,2})\s*条")]
    private static partial Regex Segments();

    [GeneratedRegex(@"(\d{1,3})\s*分钟")]
    private static partial Regex Minutes();

    [GeneratedRegex(@"(\d{1,4})\s*秒")]
    private static partial Regex Seconds();

    [GeneratedRegex(@"(\d{1,2})\s*月\s*(\d{1,2})\s*日")]
    private static partial Regex EventDate();

    [GeneratedRegex(@"(?<![\d.])([01]?\d|2[0-3]):[0-5]\d(?!\d)")]
    private static partial Regex EventTime();
}
