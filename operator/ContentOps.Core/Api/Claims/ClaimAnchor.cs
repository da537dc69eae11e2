namespace ContentOps.Core.Api.Claims;

/// <summary>Where a claim's evidence is: the passage of a referenced KnowledgeSource that states it.</summary>
public sealed record ClaimAnchor
{
    /// <summary>The claim's id.</summary>
    public string Claim { get; init; } = "";

    /// <summary>The reference id the passage belongs to.</summary>
    public string Reference { get; init; } = "";

    /// <summary>The file, relative to the declarations.</summary>
    public string File { get; init; } = "";

    /// <summary>1-based page (PDF), if any.</summary>
    public int? Page { get; init; }

    /// <summary>The section heading, if any.</summary>
    public string? Section { get; init; }

    /// <summary>The passage text (shortened to 300 characters).</summary>
    public string Text { get; init; } = "";

    /// <summary>Numbers, units or populations of the claim no anchor states (empty when substantiated).</summary>
    public IReadOnlyList<string>? Missing { get; init; }
}
