using ContentOps.Core.Api.ContentPieces;
using ContentOps.Core.Api.Policies;
using ContentOps.Core.Review.Text;

namespace ContentOps.Core.Review.Rules;

/// <summary>
/// length: smsSegments for the sms format (70 characters in one segment, 67 per segment when concatenated),
/// subjectMaxChars for the email subject (title), titleMaxChars for other titles, bodyMaxChars for every body.
/// The finding covers the characters beyond the limit.
/// </summary>
internal sealed class LengthRule : ReviewRule
{
    private const int SingleSegment = 70;
    private const int ConcatenatedSegment = 67;
    private readonly LengthLimits _limits;

    public LengthRule(string policy, SopRule definition)
        : base(policy, definition)
    {
        _limits = definition.Limits ?? throw new RuleCompileException(definition.Id, "length needs limits");
    }

    public override void Evaluate(ReviewDocument document, List<Finding> findings)
    {
        var rendition = document.Rendition;
        var isSms = string.Equals(document.Context.Format, ContentFormats.Sms, StringComparison.OrdinalIgnoreCase);
        var isEmail = string.Equals(document.Context.Format, ContentFormats.Email, StringComparison.OrdinalIgnoreCase);
        var titleLimit = isEmail ? _limits.SubjectMaxChars : _limits.TitleMaxChars;
        if (!string.IsNullOrEmpty(rendition.Title) && titleLimit is { } maxTitle && rendition.Title.Length > maxTitle)
        {
            var what = isEmail ? "邮件主题" : "标题";
            findings.Add(Overflow(document, maxTitle, rendition.Title.Length - maxTitle, $"{what} {rendition.Title.Length} 字，超过 {maxTitle} 字"));
        }

        var body = rendition.Body.Length;
        if (isSms && _limits.SmsSegments is { } segments)
        {
            var allowed = segments == 1 ? SingleSegment : segments * ConcatenatedSegment;
            if (body > allowed)
            {
                var used = body <= SingleSegment ? 1 : (body + ConcatenatedSegment - 1) / ConcatenatedSegment;
                findings.Add(Overflow(document, document.BodyOffset + allowed, body - allowed, $"短信 {body} 字，需 {used} 条，超过 {segments} 条"));
            }
        }

        if (_limits.BodyMaxChars is { } maxBody && body > maxBody)
        {
            findings.Add(Overflow(document, document.BodyOffset + maxBody, body - maxBody, $"正文 {body} 字，超过 {maxBody} 字"));
        }
    }

    private Finding Overflow(ReviewDocument document, int start, int length, string detail) =>
        CreateFinding(document, start, length, detail, match: Shorten(document.Text.Substring(start, length)));

    private static string Shorten(string overflow) => overflow.Length <= 20 ? overflow : overflow[..20] + "…";
}
