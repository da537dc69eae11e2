using ContentOps.Core.Generation.Required;

namespace ContentOps.Core.Generation.Templates;

/// <summary>
/// A video script: numbered scenes with their time range, the voice-over (旁白) and the on-screen text (字幕); the
/// claims are spoken verbatim and shown with their markers; the last scene reads the safety information, and a
/// safety super (安全性字幕) names the contraindications and adverse reactions for the whole video. Durations follow
/// the voice-over at four characters a second. On-screen text is a level-3 heading line (### 字幕：…).
/// </summary>
public sealed class VideoScriptTemplate : IFormatTemplate
{
    private const double CharsPerSecond = 4.0;
    private static readonly string[] _ordinals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    public string Format => "video-script";

    public IReadOnlySet<RequiredElementKind> Slots => LongForm.ArticleSlots;

    public Rendered Render(GenerationRequest r, Composition composition)
    {
        var draft = new Draft(r, Slots, withReferences: true, composition);
        var title = LongForm.FitTitle(composition.Title ?? r.Title ?? draft.ProductMention, r.TitleMaxChars ?? 64);
        var scenes = new List<(string Heading, string VoiceOver, string OnScreen)>
        {
            ("开场", draft.Opening, title),
        };
        foreach (var (heading, prose, claims) in draft.ComposedSections())
        {
            var spoken = string.Concat((prose is null ? [] : new[] { prose }).Concat(claims.Select(draft.Citations.Cite)));
            scenes.Add((heading, spoken, heading));
        }

        var safety = string.Join("", draft.SafetyInformation("").Skip(1));
        if (safety.Length > 0)
        {
            scenes.Add(("重要安全性信息", safety, "重要安全性信息"));
        }

        scenes.Add(("结束", $"{draft.Closing ?? ""}{draft.CallToAction ?? ""}", draft.ProductMention));
        var paragraphs = new List<string?>();
        paragraphs.AddRange(draft.HeaderStatements());
        var at = 0;
        for (var i = 0; i < scenes.Count; i++)
        {
            var (heading, voiceOver, onScreen) = scenes[i];
            var seconds = Math.Max(3, (int)Math.Ceiling(voiceOver.Length / CharsPerSecond));
            paragraphs.Add($"## 场景{_ordinals[Math.Min(i, _ordinals.Length - 1)]}（{Clock(at)}–{Clock(at + seconds)}）：{heading}");
            paragraphs.Add($"### 字幕：{onScreen}");
            paragraphs.Add($"旁白：\n{voiceOver}");
            at += seconds;
        }

        if (safety.Length > 0)
        {
            paragraphs.Add("## 安全性字幕（全程）");
            paragraphs.AddRange(draft.SafetyInformation("").Skip(1));
        }

        paragraphs.AddRange(draft.ReferencesSection("## "));
        paragraphs.Add(draft.CompanyLine());
        paragraphs.AddRange(draft.FooterStatements());
        var body = LongForm.Join(paragraphs);
        draft.Verify(title + "\n" + body);
        return new Rendered(title, body, $"总时长 {Clock(at)}");
    }

    private static string Clock(int seconds) => $"{seconds / 60}:{seconds % 60:00}";
}
