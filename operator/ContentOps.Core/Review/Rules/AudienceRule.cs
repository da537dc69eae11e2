using ContentOps.Core.Api.Policies;
using ContentOps.Core.Review.Text;

namespace ContentOps.Core.Review.Rules;

/// <summary>
/// audience: the content may only reach allowedAudiences (hcp by default), and on verifiedChannelTypes only through a
/// channel that verifies HCP identity. Narrow it with appliesTo (e.g. productTypes: [rx]). A whole-document finding.
/// </summary>
internal sealed class AudienceRule(string policy, SopRule definition) : ReviewRule(policy, definition)
{
    private readonly IReadOnlyList<string> _allowed = definition.AllowedAudiences is { Count: > 0 } a ? a : ["hcp"];

    public override void Evaluate(ReviewDocument document, List<Finding> findings)
    {
        var context = document.Context;
        if (!_allowed.Contains(context.AudienceRole, StringComparer.OrdinalIgnoreCase))
        {
            findings.Add(CreateFinding(document, 0, 0, $"受众为 {context.AudienceRole}，仅允许 {string.Join("/", _allowed)}", match: ""));
            return;
        }

        var mustVerify = Definition.VerifiedChannelTypes?.Contains(context.ChannelType, StringComparer.OrdinalIgnoreCase) == true;
        if (mustVerify && !context.ChannelHcpVerified)
        {
            findings.Add(CreateFinding(document, 0, 0, $"渠道类型 {context.ChannelType} 未验证医疗卫生专业人士身份", match: ""));
        }
    }
}
