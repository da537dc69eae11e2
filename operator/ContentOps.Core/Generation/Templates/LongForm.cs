using ContentOps.Core.Generation.Required;

namespace ContentOps.Core.Generation.Templates;

/// <summary>
/// The body every long-form template shares, in the order an MLR reviewer reads it: statements the rules want at the
/// start, greeting, opening (brand with generic name at first mention), one section per topic with its claims
/// verbatim and cited, the safety information, the call to action, the references, then the footer (company,
/// approval numbers, professional-audience or OTC statement).
/// </summary>
internal static class LongForm
{
    public static readonly IReadOnlySet<RequiredElementKind> ArticleSlots = new HashSet<RequiredElementKind>
    {
        RequiredElementKind.SafetyInformation, RequiredElementKind.References, RequiredElementKind.BrandWithGenericName,
        RequiredElementKind.ApprovalNumber, RequiredElementKind.ProfessionalAudienceStatement, RequiredElementKind.OtcStatement,
    };

    public static List<string?> Head(Draft draft, bool greeting) =>
    [
        .. draft.HeaderStatements(),
        greeting ? draft.Greeting : null,
        draft.Opening,
    ];

    public static IEnumerable<string> Sections(Draft draft)
    {
        foreach (var (heading, prose, claims) in draft.ComposedSections())
        {
            if (heading.Length > 0)
            {
                yield return "## " + heading;
            }

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

    public static List<string?> Tail(Draft draft, IEnumerable<string?> beforeReferences, IEnumerable<string?> footer) =>
    [
        .. draft.SafetyInformation("## "),
        .. beforeReferences,
        .. draft.ReferencesSection("## "),
        draft.CompanyLine(),
        .. footer,
        .. draft.FooterStatements(),
    ];

    public static string Join(IEnumerable<string?> paragraphs) =>
        string.Join("\n\n", paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)));

    /// <summary>A title within <paramref name="max"/> characters: cut at the last separator that fits, never mid-word when one exists.</summary>
    public static string FitTitle(string title, int? max)
    {
        if (max is not { } limit || title.Length <= limit)
        {
            return title;
        }

        var cut = title[..limit].LastIndexOfAny(['｜', '|', '：', ':', '，', ' ']);
        return cut > limit / 2 ? title[..cut].Trim() : title[..limit];
    }

    /// <summary>The first sentence of <paramref name="paragraph"/> within <paramref name="max"/> characters (a summary that is also body text).</summary>
    public static string Summary(string paragraph, int max)
    {
        var end = paragraph.IndexOfAny(['。', '！', '？']);
        var sentence = end < 0 ? paragraph : paragraph[..(end + 1)];
        return sentence.Length <= max ? sentence : sentence[..max];
    }
}
