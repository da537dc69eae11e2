using System.Text.RegularExpressions;
using ContentOps.Core.Generation.Intent;
using ContentOps.Core.Generation.Required;

namespace ContentOps.Core.Generation.Templates;

/// <summary>
/// A video script: numbered scenes with their time range, the voice-over (旁白) and the on-screen text (字幕); the
/// claims are spoken verbatim and shown with their markers; the last scene reads the safety information, and a
/// safety super (安全性字幕) names the contraindications and adverse reactions for the whole video. Durations follow
/// the spoken characters of the voice-over (markers are not spoken) at <see cref="CharsPerSecond"/>. When the brief
/// names a length (约 90 秒, 2 分钟), the script is fitted to it: first the connective prose around the claims goes,
/// then safety claims move from the voice-over into the safety super (verbatim, with their markers, on screen
/// throughout) and the spoken safety scene becomes a pointer to it; claims are never cut or reworded. On-screen text
/// is a level-3 heading line (### 字幕：…).
/// </summary>
public sealed partial class VideoScriptTemplate : IFormatTemplate
{
    /// <summary>Voice-over pace: 4.5 characters a second (270 字/分钟, a measured narration pace).</summary>
    public const double CharsPerSecond = 4.5;

    /// <summary>How far a fitted script may run over the brief's length before content is dropped.</summary>
    public const double Tolerance = 0.10;

    private const string SafetyPointer = "禁忌与不良反应详见屏幕下方全程字幕及说明书。";
    private static readonly string[] _ordinals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    public string Format => "video-script";

    public IReadOnlySet<RequiredElementKind> Slots => LongForm.ArticleSlots;

    public Rendered Render(GenerationRequest r, Composition composition)
    {
        var draft = new Draft(r, Slots, withReferences: true, composition);
        var title = LongForm.FitTitle(composition.Title ?? r.Title ?? draft.ProductMention, r.TitleMaxChars ?? 64);
        var opening = Seconds(draft.Opening);
        var target = TargetSeconds(r.Intent.Length);
        var safetyLines = draft.SafetyInformation("").Skip(1).ToList();
        // Fit by measuring the claims' text (markers are not spoken); cite only in the final pass, so markers number
        // in the order the text shows them.
        var (withProse, compact) = (true, false);
        bool TooLong() => target is { } goal && opening + Total(Scenes(draft, safetyLines, withProse, compact, c => c.Text)) > goal * (1 + Tolerance);
        if (TooLong())
        {
            withProse = false;
            compact = TooLong();
        }

        var scenes = Scenes(draft, safetyLines, withProse, compact, draft.Citations.Cite);
        scenes.Insert(0, ("开场", draft.Opening, title));
        var super = new List<string>(safetyLines);
        if (compact)
        {
            super.AddRange(draft.ComposedSections().SelectMany(s => s.Claims).Where(IsSafety).Select(draft.Citations.Cite));
        }

        var paragraphs = new List<string?>();
        paragraphs.AddRange(draft.HeaderStatements());
        var at = 0;
        for (var i = 0; i < scenes.Count; i++)
        {
            var (heading, voiceOver, onScreen) = scenes[i];
            var seconds = Seconds(voiceOver);
            paragraphs.Add($"## 场景{_ordinals[Math.Min(i, _ordinals.Length - 1)]}（{Clock(at)}–{Clock(at + seconds)}）：{heading}");
            paragraphs.Add($"### 字幕：{onScreen}");
            paragraphs.Add($"旁白：\n{voiceOver}");
            at += seconds;
        }

        if (super.Count > 0)
        {
            paragraphs.Add("## 安全性字幕（全程）");
            paragraphs.AddRange(super);
        }

        paragraphs.AddRange(draft.ReferencesSection("## "));
        paragraphs.Add(draft.CompanyLine());
        paragraphs.AddRange(draft.FooterStatements());
        var body = LongForm.Join(paragraphs);
        draft.Verify(title + "\n" + body);
        return new Rendered(title, body, target is { } t ? $"总时长 {Clock(at)}（简报要求约 {Clock(t)}）" : $"总时长 {Clock(at)}");
    }

    /// <summary>Seconds a voice-over takes: its spoken characters (letters and digits: no markers, spaces or punctuation) at the pace, at least 3.</summary>
    public static int Seconds(string voiceOver) =>
        Math.Max(3, (int)Math.Ceiling(Markers().Replace(voiceOver, "").Count(char.IsLetterOrDigit) / CharsPerSecond));

    /// <summary>The length the brief asks for in seconds (秒 or 分钟), if any.</summary>
    public static int? TargetSeconds(LengthTarget? length) =>
        length?.Seconds ?? (length?.Minutes is { } minutes ? minutes * 60 : null);

    // The scenes after the opening. compact: safety claims are shown in the super instead of spoken.
    private static List<(string Heading, string VoiceOver, string OnScreen)> Scenes(Draft draft, IReadOnlyList<string> safetyLines, bool withProse, bool compact, Func<GenerationClaim, string> say)
    {
        var scenes = new List<(string Heading, string VoiceOver, string OnScreen)>();
        foreach (var (heading, prose, claims) in draft.ComposedSections())
        {
            var spokenClaims = compact ? claims.Where(c => !IsSafety(c)).ToList() : claims;
            if (spokenClaims.Count == 0 && compact)
            {
                continue;
            }

            var spoken = string.Concat((prose is null || !withProse ? [] : new[] { prose }).Concat(spokenClaims.Select(say)));
            scenes.Add((heading, spoken, heading));
        }

        if (safetyLines.Count > 0)
        {
            scenes.Add(("重要安全性信息", compact ? SafetyPointer : string.Concat(safetyLines), "重要安全性信息"));
        }

        var closing = withProse ? $"{draft.Closing ?? ""}{draft.CallToAction ?? ""}" : draft.CallToAction ?? "";
        scenes.Add(("结束", closing.Length > 0 ? closing : "谢谢收看。", draft.ProductMention));
        return scenes;
    }

    private static bool IsSafety(GenerationClaim claim) => string.Equals(claim.Category, "safety", StringComparison.OrdinalIgnoreCase);

    // The opening is the same in every variant: only what follows it is fitted.
    private static int Total(List<(string Heading, string VoiceOver, string OnScreen)> scenes) => scenes.Sum(s => Seconds(s.VoiceOver));

    private static string Clock(int seconds) => $"{seconds / 60}:{seconds % 60:00}";

    [GeneratedRegex(@"\[\d+(?:[,，–-]\d+)*\]")]
    private static partial Regex Markers();
}
