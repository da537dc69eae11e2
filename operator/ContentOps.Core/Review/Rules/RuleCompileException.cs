namespace ContentOps.Core.Review.Rules;

/// <summary>Raised while compiling a rule whose parameters cannot work; the compiler turns it into a <see cref="PolicyCompileError"/>.</summary>
internal sealed class RuleCompileException(string ruleId, string message) : Exception(message)
{
    public string RuleId { get; } = ruleId;
}
