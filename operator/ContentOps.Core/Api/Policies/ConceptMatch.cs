using System.ComponentModel.DataAnnotations;

namespace ContentOps.Core.Api.Policies;

/// <summary>A combination of concepts that a composite rule flags: a hit of each, in this order, within one sentence.</summary>
public sealed record ConceptMatch
{
    /// <summary>Concept names, in the order their hits must appear (one name: any hit of that concept).</summary>
    [Required]
    [MinLength(1)]
    public IReadOnlyList<string> All { get; init; } = [];

    /// <summary>At most this many characters from the start of the first hit to the end of the last; the sentence when omitted.</summary>
    [Range(1, 1000)]
    public int? Within { get; init; }
}
