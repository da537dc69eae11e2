namespace ContentOps.Core.Generation;

/// <summary>
/// Everything a generator may use for one rendition. It holds only approved facts (claims verbatim with their
/// reference numbers), so whatever the model, the content stays inside the claim library.
/// </summary>
public sealed record GenerationRequest
{
    public required string Piece { get; init; }

    public required string Format { get; init; }

    public required string Channel { get; init; }

    public string? Segment { get; init; }

    /// <summary>How the segment addresses its readers, e.g. 三级医院内分泌科医生.</summary>
    public string? SegmentDescription { get; init; }

    public string? Title { get; init; }

    public required string Brief { get; init; }

    public required string ProductName { get; init; }

    public required string GenericName { get; init; }

    public string? Manufacturer { get; init; }

    public string? ApprovalNumber { get; init; }

    public IReadOnlyList<GenerationMessage> KeyMessages { get; init; } = [];

    /// <summary>Claims in the order they should appear; their reference numbers index <see cref="References"/>.</summary>
    public IReadOnlyList<GenerationClaim> Claims { get; init; } = [];

    /// <summary>Citations, numbered from 1.</summary>
    public IReadOnlyList<string> References { get; init; } = [];

    public string? Contraindications { get; init; }

    public string? AdverseReactions { get; init; }

    public string? CallToAction { get; init; }

    public string? CallToActionUrl { get; init; }

    /// <summary>Sender shown in SMS brackets and email signatures.</summary>
    public string? Sender { get; init; }

    public string Tone { get; init; } = "academic";

    /// <summary>zh-CN or en; decides punctuation polishing.</summary>
    public string Language { get; init; } = "zh-CN";

    /// <summary>Statements policies require (e.g. 本资料仅供医疗卫生专业人士参考), placed at the end.</summary>
    public IReadOnlyList<string> RequiredStatements { get; init; } = [];

    /// <summary>Maximum body characters the channel allows (SMS: 70 per segment), if any.</summary>
    public int? MaxBodyChars { get; init; }

    /// <summary>Findings of the previous attempt, as instructions; empty on the first attempt.</summary>
    public IReadOnlyList<string> Feedback { get; init; } = [];
}
