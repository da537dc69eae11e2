using ContentOps.Core.Generation.Intent;
using ContentOps.Core.Generation.Required;

namespace ContentOps.Core.Generation.Templates;

/// <summary>
/// A medical rep's talk track: opening (asks whether the HCP has time, names the brand with its generic name),
/// key messages each stating its claim verbatim, objection handling as question and answer (answers are claims or
/// the referral to medical affairs), close (with the adverse-event reporting reminder) and references.
/// </summary>
public sealed class RepTalkTrackTemplate : IFormatTemplate
{
    private static readonly (string Topic, string Question)[] _questions =
    [
        ("indication", "这个药适合哪些患者？"),
        ("dosing", "怎么服用？特殊人群的剂量怎么调整？"),
        ("safety", "联合用药时需要注意什么？"),
        ("efficacy", "有没有临床研究数据？"),
        ("mechanism", "它是怎样起作用的？"),
        ("guideline", "指南怎么说？"),
    ];

    private static readonly string[] _ordinals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    public string Format => "rep-talk-track";

    public IReadOnlySet<RequiredElementKind> Slots { get; } = new HashSet<RequiredElementKind>(LongForm.ArticleSlots);

    public Rendered Render(GenerationRequest r, Composition composition)
    {
        var draft = new Draft(r, Slots, withReferences: true, composition);
        var keyMessages = KeyMessages(draft).ToList();
        var body = LongForm.Join(
        [
            .. draft.HeaderStatements(),
            "## 开场",
            $"{draft.Greeting}请问现在方便占用您几分钟吗？{draft.Opening}",
            .. keyMessages,
            "## 常见问题应答",
            .. Objections(draft),
            "问：可以用于说明书以外的人群或用法吗？",
            "答：说明书未涵盖的用法我不能介绍，可以转交医学部回复您。",
            .. draft.SafetyInformation("## "),
            "## 结束",
            $"{draft.Closing ?? "感谢您的时间。"}{(draft.CallToAction is { } cta ? cta.TrimEnd('。') + "。" : "")}如在使用中发现任何不良事件，请及时上报。",
            .. draft.ReferencesSection("## "),
            draft.CompanyLine(),
            .. draft.FooterStatements(),
        ]);
        draft.Verify(body);
        return new Rendered(r.Title, body);
    }

    private static IEnumerable<string> KeyMessages(Draft draft)
    {
        var i = 0;
        foreach (var (heading, prose, claims) in draft.ComposedSections())
        {
            yield return $"## 核心信息{_ordinals[Math.Min(i++, _ordinals.Length - 1)]}：{heading}";
            if (prose is not null)
            {
                yield return prose;
            }

            foreach (var claim in claims)
            {
                yield return draft.Citations.Cite(claim);
            }
        }
    }

    /// <summary>One question per topic the claims cover, answered with the first claim of that topic verbatim.</summary>
    private static IEnumerable<string> Objections(Draft draft)
    {
        foreach (var (topic, question) in _questions)
        {
            var claim = draft.Request.Claims.FirstOrDefault(c => Topics.Of(c) == topic);
            if (claim is not null && topic is "dosing" or "safety" or "indication")
            {
                yield return "问：" + question;
                yield return "答：\n" + draft.Citations.Cite(claim);
            }
        }
    }
}
