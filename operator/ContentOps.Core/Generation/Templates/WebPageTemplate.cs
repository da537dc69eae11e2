using ContentOps.Core.Generation.Required;

namespace ContentOps.Core.Generation.Templates;

/// <summary>An HCP-portal page: like an article without the greeting; rendered to HTML as a part.</summary>
public sealed class WebPageTemplate : IFormatTemplate
{
    public string Format => "web-page";

    public IReadOnlySet<RequiredElementKind> Slots => LongForm.ArticleSlots;

    public Rendered Render(GenerationRequest r, Composition composition)
    {
        var draft = new Draft(r, Slots, withReferences: true, composition);
        var title = LongForm.FitTitle(composition.Title ?? r.Title ?? draft.ProductMention, r.TitleMaxChars ?? 64);
        var body = LongForm.Join(
        [
            .. LongForm.Head(draft, greeting: false),
            .. LongForm.Sections(draft),
            .. LongForm.Tail(draft, [draft.CallToAction], []),
        ]);
        draft.Verify(title + "\n" + body);
        return new Rendered(title, body, LongForm.Summary(draft.Opening, 160));
    }
}
