using ContentOps.Core.Generation.Intent;
using ContentOps.Core.Generation.Required;

namespace ContentOps.Core.Generation.Templates;

/// <summary>
/// A text message: one signature in brackets at the start, the purpose sentence (naming the brand with its generic
/// name), the call to action, the required statements, and one opt-out at the end. It has no references section,
/// so it states no claim (a claim needs its reference marker) and carries no marker. It must fit the segments the
/// policies allow (70 characters for one, 67 per part when concatenated).
/// </summary>
public sealed class SmsTemplate : IFormatTemplate
{
    private const string DefaultOptOut = "回T退订";

    public string Format => "sms";

    public IReadOnlySet<RequiredElementKind> Slots { get; } = new HashSet<RequiredElementKind>
    {
        RequiredElementKind.BrandWithGenericName, RequiredElementKind.ProfessionalAudienceStatement, RequiredElementKind.OtcStatement,
        RequiredElementKind.Signature, RequiredElementKind.OptOut, RequiredElementKind.ApprovalNumber,
    };

    public Rendered Render(GenerationRequest r, Composition composition)
    {
        var draft = new Draft(r, Slots, withReferences: false, composition);
        var signature = $"【{Signature(r)}】";
        var opening = r.Intent.Purpose is BriefPurposes.Reminder or BriefPurposes.Invitation
            ? draft.Opening
            : $"{draft.ProductMention}相关学术信息已发布。";
        var statements = draft.HeaderStatements().Concat(draft.FooterStatements()).Distinct().Select(s => s.TrimEnd('。') + "。");
        var approval = draft.Requires(RequiredElementKind.ApprovalNumber) ? draft.CompanyLine() is { } line ? line + "。" : "" : "";
        var cta = draft.CallToAction is { } c ? c.TrimEnd('。') + "。" : "";
        var text = signature + "尊敬的医生：" + opening + cta + string.Concat(statements) + approval + draft.OptOut(DefaultOptOut);
        draft.Verify(text);
        var limit = SmsSegments.CapacityOf(r.MaxSmsSegments ?? 2);
        if (text.Length > limit)
        {
            throw new UnplaceableRequirementException(
                $"The SMS needs {text.Length} characters with its signature, required statements and opt-out, more than the {r.MaxSmsSegments ?? 2} segment(s) ({limit} characters) allowed; shorten spec.callToAction.text.");
        }

        return new Rendered(null, text);
    }

    /// <summary>The sender without brackets (a channel may declare 【远澜医学】 or 远澜医学), so the signature is bracketed once.</summary>
    private static string Signature(GenerationRequest r) =>
        (r.Sender ?? r.Manufacturer ?? r.ProductName).Trim().Trim('【', '】', '[', ']').Trim();
}
