using ContentOps.Core.Generation.Intent;
using ContentOps.Core.Generation.Required;

namespace ContentOps.Core.Generation;

/// <summary>
/// Everything a generator may use for one rendition. It holds only approved facts (claims verbatim with the ids of
/// their references), so whatever the model, the content stays inside the claim library.
/// </summary>
public sealed record GenerationRequest
{
    public required string Piece { get; init; }

    public required string Format { get; init; }

    public required string Channel { get; init; }

    /// <summary>The channel's type (file, webhook, smtp, wechat, sms, crm).</summary>
    public string ChannelType { get; init; } = "file";

    /// <summary>Asset type (advertisement, academic, disease-awareness, invitation, rep-message).</summary>
    public string AssetType { get; init; } = "academic";

    public string? Segment { get; init; }

    /// <summary>How the segment addresses its readers, e.g. 三级医院内分泌科医生.</summary>
    public string? SegmentDescription { get; init; }

    public string? Title { get; init; }

    public required string Brief { get; init; }

    /// <summary>The brief read as intent (purpose, length, emphasis, tone, directives).</summary>
    public BriefIntent Intent { get; init; } = new();

    /// <summary>The brief's directive for this rendition's segment, if it has one.</summary>
    public SegmentDirective? Directive { get; init; }

    /// <summary>Trade name as printed, with ® when registered.</summary>
    public required string ProductName { get; init; }

    public required string GenericName { get; init; }

    /// <summary>rx or otc.</summary>
    public string ProductType { get; init; } = "rx";

    public string? Manufacturer { get; init; }

    public string? ApprovalNumber { get; init; }

    /// <summary>Drug-advertisement approval number (…药广审（文）第…号), if the product has one.</summary>
    public string? AdApprovalNumber { get; init; }

    public IReadOnlyList<GenerationMessage> KeyMessages { get; init; } = [];

    /// <summary>Claims in the order this rendition states them (the brief's emphasis first).</summary>
    public IReadOnlyList<GenerationClaim> Claims { get; init; } = [];

    /// <summary>The references the claims cite; numbered at render time in order of first citation.</summary>
    public IReadOnlyList<GenerationReference> References { get; init; } = [];

    public string? Contraindications { get; init; }

    public string? AdverseReactions { get; init; }

    public string? CallToAction { get; init; }

    public string? CallToActionUrl { get; init; }

    /// <summary>Sender shown as the SMS signature and in the email footer.</summary>
    public string? Sender { get; init; }

    /// <summary>Tone profile (academic, practical, plain, warm, concise).</summary>
    public string Tone { get; init; } = "academic";

    /// <summary>zh-CN or en; decides punctuation polishing.</summary>
    public string Language { get; init; } = "zh-CN";

    /// <summary>scene (deterministic polish only) or model (the chat client also polishes the connective prose, see <see cref="ModelPolisher"/>).</summary>
    public string Polish { get; init; } = "scene";

    /// <summary>requiredText rules that apply to this rendition: each is placed in its slot of the template, never appended.</summary>
    public IReadOnlyList<RequiredRule> Required { get; init; } = [];

    /// <summary>Maximum title (email subject) characters the policies or the brief allow, if any.</summary>
    public int? TitleMaxChars { get; init; }

    /// <summary>Maximum SMS segments the policies allow, if any.</summary>
    public int? MaxSmsSegments { get; init; }

    /// <summary>Findings of the previous attempt, as instructions; empty on the first attempt.</summary>
    public IReadOnlyList<string> Feedback { get; init; } = [];
}
