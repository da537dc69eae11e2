using ContentOps.Core.Generation.Required;

namespace ContentOps.Core.Generation.Templates;

/// <summary>
/// A banner: headline (≤ 24 characters), sub-line (the opening, naming the brand with its generic name), the call to
/// action and the mandatory small print (company, approval numbers, required statements, a pointer to the full
/// prescribing information). It states no claim: a claim needs its reference, which a banner has no room for. The
/// text is the reviewed rendition; the PNG and the designer's prompt are parts drawn from exactly this text.
/// </summary>
public sealed class BannerTemplate : IFormatTemplate
{
    private const int HeadlineLimit = 24;
    private const int SublineLimit = 60;

    public string Format => "banner";

    public IReadOnlySet<RequiredElementKind> Slots { get; } = new HashSet<RequiredElementKind>
    {
        RequiredElementKind.BrandWithGenericName, RequiredElementKind.ApprovalNumber,
        RequiredElementKind.ProfessionalAudienceStatement, RequiredElementKind.OtcStatement,
    };

    public Rendered Render(GenerationRequest r, Composition composition)
    {
        var draft = new Draft(r, Slots, withReferences: false, composition);
        var headline = LongForm.FitTitle(composition.Title ?? r.Title ?? draft.ProductMention, Math.Min(r.TitleMaxChars ?? HeadlineLimit, HeadlineLimit));
        // The sub-line is the opening's sentence that names the brand with its generic name (first mention on the image);
        // a segment variant puts the sentence naming its directive's focus before it, so variants differ as the brief asks.
        var sentences = System.Text.RegularExpressions.Regex.Matches(draft.Opening, "[^。！？]+[。！？]?").Select(m => m.Value).ToList();
        var product = sentences.FirstOrDefault(s => s.Contains(draft.ProductMention, StringComparison.Ordinal)) ?? draft.Opening;
        var focus = r.Directive is null ? null : sentences.FirstOrDefault(s => s != product && s.Contains(draft.Focus, StringComparison.Ordinal));
        var subline = focus is not null && focus.Length + LongForm.Summary(product, SublineLimit).Length <= SublineLimit
            ? focus + LongForm.Summary(product, SublineLimit)
            : LongForm.Summary(product, SublineLimit);
        var smallPrint = string.Join("　", new[] { draft.CompanyLine() }
            .Concat(draft.HeaderStatements()).Concat(draft.FooterStatements()).Append("完整处方信息请参阅说明书。")
            .Where(p => p is { Length: > 0 }).Distinct());
        var body = LongForm.Join([subline, r.CallToAction, smallPrint]);
        draft.Verify(headline + "\n" + body);
        return new Rendered(headline, body, subline);
    }
}
