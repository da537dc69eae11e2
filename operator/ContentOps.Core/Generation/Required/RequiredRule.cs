namespace ContentOps.Core.Generation.Required;

/// <summary>A requiredText rule of a policy that applies to a rendition, as generation needs it.</summary>
public sealed record RequiredRule
{
    /// <summary>Policy and rule id, e.g. company-sop/brand-with-generic-name.</summary>
    public required string Id { get; init; }

    /// <summary>Statements of which one (or all, with <see cref="RequireAll"/>) must appear.</summary>
    public IReadOnlyList<string> Texts { get; init; } = [];

    /// <summary>Expressions of which one must match (e.g. the ad approval number).</summary>
    public IReadOnlyList<string> Patterns { get; init; } = [];

    public bool RequireAll { get; init; }

    /// <summary>anywhere, start, end or paragraph.</summary>
    public string Position { get; init; } = "anywhere";
}
