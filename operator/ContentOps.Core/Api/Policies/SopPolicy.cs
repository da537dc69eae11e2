namespace ContentOps.Core.Api.Policies;

/// <summary>A compliance policy: which content it applies to, its review rules and the approvals it requires.</summary>
[Resource("SopPolicy", "soppolicies", "sop")]
[PrinterColumn("Rules", "integer", ".status.rules", "Number of rules.")]
[PrinterColumn("Pieces", "integer", ".status.selectedPieces", "Pieces the policy selects.")]
[PrinterColumn("Ready", "string", ".status.conditions[?(@.type==\"Ready\")].status", "Whether the policy compiled.")]
[PrinterColumn("Age", "date", ".metadata.creationTimestamp", "Time since creation.")]
public sealed class SopPolicy : Resource<SopPolicySpec, SopPolicyStatus>
{
    /// <summary>Creates an empty policy with its kind set.</summary>
    public SopPolicy() => Kind = "SopPolicy";
}
