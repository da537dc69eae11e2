namespace ContentOps.Operator.Planning;

/// <summary>One resource in a plan: its action (<c>+</c> create, <c>~</c> update, <c>-</c> delete) and why.</summary>
internal sealed record ResourcePlan
{
    /// <summary><c>+</c>, <c>~</c> or <c>-</c>.</summary>
    public required string Action { get; init; }

    public required string Kind { get; init; }

    public required string Namespace { get; init; }

    public required string Name { get; init; }

    /// <summary>The declaration (head; base for deleted resources), as <c>file:line</c>.</summary>
    public string? Location { get; init; }

    /// <summary>Changed fields of the declaration, e.g. <c>spec.brief changed</c>, <c>claim klp-dosing text changed</c>.</summary>
    public IReadOnlyList<PlanNote> Changes { get; init; } = [];

    /// <summary>For dependencies (claim libraries, policies, campaigns, channels, audiences): the pieces whose outcome they change.</summary>
    public IReadOnlyList<string> Affects { get; init; } = [];

    /// <summary>
    /// For claim libraries: per changed, withdrawn or removed claim, the pieces stating it and the channels they are live
    /// on (what a change regenerates, what a retraction withdraws).
    /// </summary>
    public IReadOnlyList<PlanNote> WhereUsed { get; init; } = [];

    /// <summary>For content pieces: the consequences.</summary>
    public PiecePlan? Piece { get; init; }

    public string Ref => $"{Kind} {Namespace}/{Name}";
}
