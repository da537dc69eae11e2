namespace ContentOps.Operator.Declarations.Semantics;

/// <summary>What a rule may read: the other declarations and the clock (injected, so expiry is testable).</summary>
internal sealed record RuleContext(DeclarationIndex Index, TimeProvider Time)
{
    public DateOnly Today => DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime);
}
