using System.ComponentModel.DataAnnotations;

namespace ContentOps.Core.Api.Policies;

/// <summary>A forbidden term with its exceptions and the wording to use instead.</summary>
public sealed record ForbiddenTerm
{
    /// <summary>The term, matched after normalisation (width, spacing, punctuation, traditional/simplified).</summary>
    [Required]
    [MinLength(1)]
    public string Term { get; init; } = "";

    /// <summary>Phrases containing the term that are allowed, e.g. 最常见的不良反应.</summary>
    public IReadOnlyList<string>? Exceptions { get; init; }

    /// <summary>Suggested replacement for auto-fix; the term is removed when empty.</summary>
    public string? Replacement { get; init; }
}
