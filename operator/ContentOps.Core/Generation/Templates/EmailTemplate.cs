using ContentOps.Core.Generation.Required;

namespace ContentOps.Core.Generation.Templates;

/// <summary>
/// An approved email: subject ≤ 64 characters (or the policies' and brief's limit), a preheader (the opening
/// sentence, also in the body), greeting, sections, safety information, call to action, references, and a footer
/// with company, sender, the required statements and the unsubscribe line.
/// </summary>
public sealed class EmailTemplate : IFormatTemplate
{
    private const int SubjectLimit = 64;
    private const int PreheaderLimit = 90;

    /// <summary>Replaced per recipient by the sender with the one-click unsubscribe link.</summary>
    public const string UnsubscribeToken = "{{unsubscribe_url}}";

    public string Format => "email";

    public IReadOnlySet<RequiredElementKind> Slots { get; } = new HashSet<RequiredElementKind>(LongForm.ArticleSlots)
    {
        RequiredElementKind.Signature, RequiredElementKind.OptOut,
    };

    /// <summary>The display name of a sender such as "远澜制药医学信息部 &lt;medinfo@example.com&gt;".</summary>
    private static string? DisplayName(string? sender)
    {
        var name = sender is null ? null : (sender.IndexOf('<') is > 0 and var at ? sender[..at] : sender).Trim();
        return name is { Length: > 0 } ? name : null;
    }

    public Rendered Render(GenerationRequest r, Composition composition)
    {
        var draft = new Draft(r, Slots, withReferences: true, composition);
        var subject = LongForm.FitTitle(composition.Title ?? r.Title ?? $"{draft.ProductMention}：{draft.Focus}", Math.Min(r.TitleMaxChars ?? SubjectLimit, SubjectLimit));
        var sender = DisplayName(r.Sender) ?? r.Manufacturer ?? r.ProductName;
        var body = LongForm.Join(
        [
            .. LongForm.Head(draft, greeting: true),
            .. LongForm.Sections(draft),
            .. LongForm.Tail(
                draft,
                [draft.CallToAction, draft.Closing],
                [$"此邮件由{sender}发送。如不希望再收到此类邮件，请点击退订：{UnsubscribeToken}"]),
        ]);
        draft.Verify(subject + "\n" + body);
        return new Rendered(subject, body, LongForm.Summary(draft.Opening, PreheaderLimit));
    }
}
