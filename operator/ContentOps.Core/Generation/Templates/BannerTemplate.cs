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
        // The sub-line is the opening's sentence that names the brand with its generic name (first mention on the image).
        var sentences = System.Text.RegularExpressions.Regex.Matches(draft.Opening, "[^。！？]+[。！？]?").Select(m => m.Value).ToList();
        var subline = LongForm.Summary(sentences.FirstOrDefault(s => s.Contains(draft.ProductMention, StringComparison.Ordinal)) ?? draft.Opening, 60);
        var smallPrint = string.Join("　", new[] { draft.CompanyLine() }
            .Concat(draft.HeaderStatements()).Concat(draft.FooterStatements()).Append("完整处方信息请参阅说明书。")
            .Where(p => p is { Length: > 0 }).Distinct());
        var body = LongForm.Join([subline, r.CallToAction, smallPrint]);
        draft.Verify(headline + "\n" + body);
        return new Rendered(headline, body, subline);
    }
}
