using System.Text.RegularExpressions;

namespace ContentOps.Core.Review.Rules;

/// <summary>Compiles policy regular expressions: case-insensitive, culture-invariant, always with a timeout.</summary>
internal static class PatternFactory
{
    /// <summary>Compiles <paramref name="pattern"/>; throws <see cref="RuleCompileException"/> when it is invalid.</summary>
    public static Regex Create(string ruleId, string pattern, TimeSpan timeout)
    {
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled, timeout);
        }
        catch (ArgumentException e)
        {
            throw new RuleCompileException(ruleId, $"invalid regular expression '{pattern}': {e.Message}");
        }
    }
}
