using System.Collections.Concurrent;
using ContentOps.Core.Review.Rules;
using ContentOps.Core.Review.Rules.Concepts;

namespace ContentOps.Core.Review.Compilation;

/// <summary>The compiled rules of a policy, without its learned detector. Immutable; shared by every compiler in the process.</summary>
internal sealed record CompiledRules(IReadOnlyList<ReviewRule> Rules, IReadOnlyList<PolicyCompileError> Errors, ConceptSet Concepts);

/// <summary>
/// Compiled rules by policy digest and pattern timeout, process-wide and bounded (cleared when full: policies change
/// rarely, so a full cache means many short-lived test policies, not a working set worth keeping).
/// </summary>
internal sealed class SharedRulesCache(int capacity)
{
    private readonly ConcurrentDictionary<(string Digest, TimeSpan Timeout), Lazy<CompiledRules>> _entries = new();

    public CompiledRules GetOrAdd(string digest, TimeSpan timeout, Func<CompiledRules> compile)
    {
        if (_entries.Count >= capacity)
        {
            _entries.Clear();
        }

        // Lazy: two threads reviewing the same new policy compile it once.
        return _entries.GetOrAdd((digest, timeout), _ => new Lazy<CompiledRules>(compile)).Value;
    }
}
