using ContentOps.Core.Generation.Required;

namespace ContentOps.Core.Generation.Templates;

/// <summary>
/// A WeChat service-account article: title ≤ 64 characters, a digest ≤ 120 characters (its opening sentence),
/// greeting, opening, sections per topic, safety information, call to action, references and footer.
/// </summary>
public sealed class WeChatArticleTemplate : IFormatTemplate
{
    private const int TitleLimit = 64;
    private const int DigestLimit = 120;

    public string Format => "wechat-article";

    public IReadOnlySet<RequiredElementKind> Slots => LongForm.ArticleSlots;

    public Rendered Render(GenerationRequest r, Composition composition)
    {
        var draft = new Draft(r, Slots, withReferences: true, composition);
        var title = LongForm.FitTitle(composition.Title ?? r.Title ?? $"{draft.ProductMention}：{draft.Focus}", Math.Min(r.TitleMaxChars ?? TitleLimit, TitleLimit));
        var opening = draft.Opening;
        var body = LongForm.Join(
        [
            .. LongForm.Head(draft, greeting: true),
            .. LongForm.Sections(draft),
            .. LongForm.Tail(draft, [draft.CallToAction, draft.Closing], []),
        ]);
        draft.Verify(title + "\n" + body);
        return new Rendered(title, body, LongForm.Summary(opening, DigestLimit));
    }
}
