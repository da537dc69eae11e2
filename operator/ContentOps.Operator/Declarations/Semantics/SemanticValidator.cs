using ContentOps.Operator.Declarations.Diagnostics;

namespace ContentOps.Operator.Declarations.Semantics;

/// <summary>Runs the cross-resource rules once every file has loaded.</summary>
internal sealed class SemanticValidator(TimeProvider time)
{
    private static readonly IReadOnlyList<IDeclarationRule> _rules =
    [
        new DuplicateIdRule(),
        new CampaignReferenceRule(),
        new ContentPieceReferenceRule(),
        new ClaimLibraryRule(),
        new ApprovalReferenceRule(),
        new ScheduleRule(),
        new ChannelCompatibilityRule(),
        new PrescriptionAudienceRule(),
        new ClaimStatusRule(),
        new TimeZoneRule(),
        new ApprovalRosterRule(),
        new PolicyCompileRule(),
    ];

    /// <summary>The declarations without duplicates, and every finding.</summary>
    public (IReadOnlyList<Declaration> Unique, IReadOnlyList<Diagnostic> Diagnostics) Validate(IReadOnlyList<Declaration> declarations)
    {
        var (unique, diagnostics) = DuplicateResourceRule.Apply(declarations);
        var context = new RuleContext(new DeclarationIndex(unique), time);
        return (unique, [.. diagnostics, .. _rules.SelectMany(rule => rule.Check(context))]);
    }
}
