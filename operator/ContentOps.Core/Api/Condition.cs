using System.ComponentModel.DataAnnotations;

namespace ContentOps.Core.Api;

/// <summary>One observation about a resource, following the Kubernetes API conventions (metav1.Condition).</summary>
public sealed record Condition
{
    /// <summary>CamelCase type, e.g. Ready, Generated, Reviewed, Approved, Published, Reconciling, Stalled.</summary>
    [Required]
    public string Type { get; init; } = "";

    /// <summary>True, False or Unknown.</summary>
    [Required]
    [AllowedValues("True", "False", "Unknown")]
    public string Status { get; init; } = ConditionStatus.Unknown;

    /// <summary>CamelCase reason for the last transition, e.g. MissingApproval.</summary>
    [Required]
    public string Reason { get; init; } = "";

    /// <summary>A sentence a person can act on; never contains secrets or prompts.</summary>
    public string Message { get; init; } = "";

    /// <summary>When the status last changed (not when the message did).</summary>
    [Required]
    public DateTimeOffset LastTransitionTime { get; init; }

    /// <summary>The generation of the spec this condition was computed from.</summary>
    public long? ObservedGeneration { get; init; }
}
