using ContentOps.Core.Generation.Intent;
using ContentOps.Core.Generation.Required;
using ContentOps.Core.Generation.Tones;

namespace ContentOps.Core.Generation.Templates;

/// <summary>
/// The state of one rendition being assembled: its tone profile, the citation book, the required elements the
/// policies ask for (each with its slot), and the prose the tone profile writes around the claims.
/// </summary>
internal sealed class Draft
{
    private readonly Dictionary<RequiredElementKind, List<RequiredElement>> _required = [];

    public Draft(GenerationRequest request, IReadOnlySet<RequiredElementKind> slots, bool withReferences, Composition? composition = null)
    {
        Request = request;
        Composition = composition;
        Tone = ToneProfiles.Default.Get(request.Tone);
        Citations = new CitationBook(request.References, withReferences);
        foreach (var rule in request.Required)
        {
            var element = RequiredElementClassifier.Classify(rule, request.ProductName, request.GenericName, request.AssetType)
                ?? throw new UnplaceableRequirementException(
                    $"Policy rule {rule.Id} requires \"{string.Join(" / ", rule.Texts.Concat(rule.Patterns))}\", which no template slot holds "
                    + "(safety information, references, brand with generic name, approval number, professional-audience or OTC statement, signature, opt-out); "
                    + "reword the rule as one of these or narrow its appliesTo.");
            if (!slots.Contains(element.Kind))
            {
                throw new UnplaceableRequirementException(
                    $"Policy rule {rule.Id} requires {Describe(element.Kind)}, which the {request.Format} format has no place for; narrow the rule's appliesTo.formats.");
            }

            (_required.TryGetValue(element.Kind, out var list) ? list : _required[element.Kind] = []).Add(element);
        }
    }

    public GenerationRequest Request { get; }

    /// <summary>The generator's prose and claim placement; null while the embedded composer builds it.</summary>
    public Composition? Composition { get; }

    public ToneProfile Tone { get; }

    public CitationBook Citations { get; }

    /// <summary>Brand with generic name, as printed at first mention.</summary>
    public string ProductMention => $"{Request.ProductName}（{Request.GenericName}）";

    public string Who => Request.SegmentDescription is { Length: > 0 } who ? who : "医生";

    public bool Requires(RequiredElementKind kind) => _required.ContainsKey(kind);

    public IReadOnlyList<RequiredElement> Elements(RequiredElementKind kind) => _required.TryGetValue(kind, out var list) ? list : [];

    /// <summary>Elements the rules want at the start of the text.</summary>
    public IEnumerable<RequiredElement> AtStart(RequiredElementKind kind) => Elements(kind).Where(e => e.Position == "start");

    /// <summary>Topics this rendition stresses: its segment's directive, then the brief's emphasis, else its claims' topics.</summary>
    public IReadOnlyList<string> FocusTopics
    {
        get
        {
            var stated = Request.Claims.Select(Topics.Of).Distinct().ToList();
            var topics = (Request.Directive?.Topics ?? []).Concat(Request.Intent.Emphasis).Distinct().ToList();
            if (Request.Intent.Purpose is not (BriefPurposes.Invitation or BriefPurposes.Reminder))
            {
                // An article or email is about what it states; an invitation is about the meeting the brief describes.
                topics = [.. topics.Where(stated.Contains)];
            }

            return topics.Count > 0 ? topics : stated;
        }
    }

    /// <summary>
    /// What the opening says the piece is about: the directive's own words when they state no fact, else the
    /// labels of the first two focus topics.
    /// </summary>
    public string Focus
    {
        get
        {
            if (Request.Directive is { Focus.Length: > 0 and <= 30 } directive && FactGuard.IsClean(directive.Focus))
            {
                return directive.Focus.TrimEnd('。', '；', ';');
            }

            var labels = FocusTopics.Take(2).Select(ToneProfiles.Default.TopicLabel).ToList();
            return labels.Count == 0 ? "说明书信息" : string.Join("、", labels);
        }
    }

    public string Greeting => Fill(Tone.Greeting);

    /// <summary>
    /// The composition's opening; it names the product with its generic name at first mention (the trade name's first
    /// occurrence is completed, or the mention is added when the opening has none).
    /// </summary>
    public string Opening
    {
        get
        {
            var opening = (Composition?.Opening ?? "").Trim();
            if (opening.Contains(ProductMention, StringComparison.Ordinal))
            {
                return opening;
            }

            var name = Request.ProductName.TrimEnd('®');
            var at = opening.IndexOf(name, StringComparison.Ordinal);
            if (at < 0)
            {
                return $"{opening}本文涉及{ProductMention}的说明书信息。";
            }

            var end = at + name.Length + (opening.AsSpan(at + name.Length).StartsWith("®") ? 1 : 0);
            return opening[..at] + ProductMention + opening[end..];
        }
    }

    public string? Closing => Composition?.Closing is { Length: > 0 } closing ? closing.Trim() : null;

    public string EventName =>
        Request.Intent.Event is { } e ? string.Concat(e.Date, e.Time is null ? "" : " " + e.Time) : "本次";

    /// <summary>Claims grouped into sections by topic, in the order the request arranged them.</summary>
    public IReadOnlyList<(string Topic, IReadOnlyList<GenerationClaim> Claims)> Sections() =>
        [.. Request.Claims.GroupBy(Topics.Of).Select(g => (g.Key, (IReadOnlyList<GenerationClaim>)[.. g]))];

    /// <summary>
    /// The composition's sections with their claims resolved; a claim id the request does not hold is an error
    /// (a model may only place the claims it was given), and a claim is stated once.
    /// </summary>
    public IReadOnlyList<(string Heading, string? Prose, IReadOnlyList<GenerationClaim> Claims)> ComposedSections()
    {
        var byId = Request.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var sections = new List<(string, string?, IReadOnlyList<GenerationClaim>)>();
        foreach (var section in Composition?.Sections ?? [])
        {
            var claims = new List<GenerationClaim>();
            foreach (var id in section.Claims)
            {
                if (!byId.TryGetValue(id, out var claim))
                {
                    throw new GenerationException($"The generator placed claim '{id}', which is not among the piece's approved claims ({string.Join(", ", byId.Keys)}).");
                }

                if (used.Add(id))
                {
                    claims.Add(claim);
                }
            }

            sections.Add((section.Heading.Trim().TrimStart('#', ' '), section.Prose is { Length: > 0 } prose ? prose.Trim() : null, claims));
        }

        return sections;
    }

    public string? CallToAction => Request.CallToAction is not { Length: > 0 } cta
        ? null
        : Request.CallToActionUrl is { Length: > 0 } url ? $"{cta.TrimEnd('。')}：{url}" : cta;

    /// <summary>The safety information section (label text), or an error naming the rule when the label text is not declared.</summary>
    public IEnumerable<string> SafetyInformation(string headingPrefix)
    {
        var contraindications = Request.Contraindications;
        var adverse = Request.AdverseReactions;
        if (Requires(RequiredElementKind.SafetyInformation) && (contraindications is not { Length: > 0 } || adverse is not { Length: > 0 }))
        {
            throw new UnplaceableRequirementException(
                $"Policy rule {Elements(RequiredElementKind.SafetyInformation)[0].RuleId} requires 禁忌 and 不良反应, but the campaign's product declares no "
                + "contraindications or adverseReactions; add the label text to spec.product.");
        }

        if (contraindications is not { Length: > 0 } && adverse is not { Length: > 0 })
        {
            yield break;
        }

        yield return headingPrefix + "重要安全性信息";
        if (contraindications is { Length: > 0 })
        {
            yield return $"【禁忌】{contraindications.Trim()}";
        }

        if (adverse is { Length: > 0 })
        {
            yield return $"【不良反应】{adverse.Trim()}";
        }
    }

    /// <summary>The references section, or an error naming the rule when it is required and nothing was cited.</summary>
    public IEnumerable<string> ReferencesSection(string headingPrefix)
    {
        var lines = Citations.Lines();
        if (lines is null && Requires(RequiredElementKind.References) && Request.Claims.Any(c => c.ReferenceIds.Count > 0))
        {
            throw new GenerationException(
                $"The generator placed no claim that cites a reference, so the references section policy rule {Elements(RequiredElementKind.References)[0].RuleId} requires would be empty; place at least one claim.");
        }

        if (lines is null && Requires(RequiredElementKind.References))
        {
            throw new UnplaceableRequirementException(
                $"Policy rule {Elements(RequiredElementKind.References)[0].RuleId} requires a references section, but no claim of the piece cites a reference; "
                + "add references to the claims in the ClaimLibrary.");
        }

        if (lines is not null)
        {
            yield return headingPrefix + "参考文献";
            yield return lines;
        }
    }

    /// <summary>Company and approval numbers: the drug approval number always, the ad approval number when a rule asks for it.</summary>
    public string? CompanyLine()
    {
        var parts = new List<string?> { Request.Manufacturer, Request.ApprovalNumber is { Length: > 0 } n ? $"批准文号：{n}" : null };
        if (Requires(RequiredElementKind.ApprovalNumber) && Elements(RequiredElementKind.ApprovalNumber).Any(e => e.Statement is null || e.Statement.Contains("药广审", StringComparison.Ordinal)))
        {
            if (Request.AdApprovalNumber is not { Length: > 0 } ad)
            {
                throw new UnplaceableRequirementException(
                    $"Policy rule {Elements(RequiredElementKind.ApprovalNumber)[0].RuleId} requires the advertisement approval number, but the campaign's "
                    + "product declares none; set spec.product.adApprovalNumber (药广审…) or use an assetType other than advertisement.");
            }

            parts.Add($"广告批准文号：{ad}");
        }

        var line = string.Join("　", parts.Where(p => p is { Length: > 0 }));
        return line.Length == 0 ? null : line;
    }

    /// <summary>Statements (professional audience, OTC) the rules want in the footer, each once.</summary>
    public IEnumerable<string> FooterStatements() =>
        Statements(RequiredElementKind.ProfessionalAudienceStatement, RequiredElementKind.OtcStatement).Where(e => e.Position != "start").Select(e => e.Statement!).Distinct();

    /// <summary>Statements the rules want at the start, each once.</summary>
    public IEnumerable<string> HeaderStatements() =>
        Statements(RequiredElementKind.ProfessionalAudienceStatement, RequiredElementKind.OtcStatement).Where(e => e.Position == "start").Select(e => e.Statement!).Distinct();

    /// <summary>The opt-out the rules ask for (their first wording), or <paramref name="fallback"/>.</summary>
    public string OptOut(string fallback) => Elements(RequiredElementKind.OptOut).Select(e => e.Statement).FirstOrDefault(s => s is { Length: > 0 }) ?? fallback;

    /// <summary>
    /// Checks the assembled text carries every required statement once placed; a statement its slot could not
    /// hold (a brand wording other than the trade name with its generic name) is an error naming the rule.
    /// </summary>
    public void Verify(string text)
    {
        var compact = Compact(text);
        foreach (var element in _required.Values.SelectMany(e => e))
        {
            var rule = Request.Required.First(r => r.Id == element.RuleId);
            var texts = rule.Texts.Select(Compact).ToList();
            var present = rule.RequireAll ? texts.All(compact.Contains) : texts.Count == 0 || texts.Any(compact.Contains);
            if (!present)
            {
                throw new UnplaceableRequirementException(
                    $"Policy rule {rule.Id} requires \"{string.Join(" / ", rule.Texts)}\", but the {Request.Format} template's {Describe(element.Kind)} slot "
                    + $"prints it differently (\"{ProductMention}\"); align the rule's text with the declarations.");
            }
        }
    }

    public string Fill(string template) => template
        .Replace("{who}", Who, StringComparison.Ordinal)
        .Replace("{product}", ProductMention, StringComparison.Ordinal)
        .Replace("{focus}", Focus, StringComparison.Ordinal)
        .Replace("{event}", EventName, StringComparison.Ordinal);

    private IEnumerable<RequiredElement> Statements(params RequiredElementKind[] kinds) =>
        kinds.SelectMany(Elements).Where(e => e.Statement is { Length: > 0 });


    private static string Compact(string text) =>
        new([.. text.Where(c => !char.IsWhiteSpace(c)).Select(c => c switch { '（' => '(', '）' => ')', _ => c })]);

    private static string Describe(RequiredElementKind kind) => kind switch
    {
        RequiredElementKind.SafetyInformation => "safety information (禁忌, 不良反应)",
        RequiredElementKind.References => "a references section",
        RequiredElementKind.BrandWithGenericName => "the brand with its generic name",
        RequiredElementKind.ApprovalNumber => "an approval number",
        RequiredElementKind.ProfessionalAudienceStatement => "a professional-audience statement",
        RequiredElementKind.OtcStatement => "an OTC statement",
        RequiredElementKind.Signature => "a signature",
        _ => "an opt-out",
    };
}
