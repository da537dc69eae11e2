using ContentOps.Core.Api.Policies;
using ContentOps.Core.Review.Rules;
using ContentOps.Core.Review.Rules.Concepts;

namespace ContentOps.Core.Review.Compilation;

/// <summary>Builds the matchers of a policy. Invalid parameters (a bad regular expression, a rule without terms) become errors, never exceptions.</summary>
public sealed class PolicyCompiler(ReviewOptions? options = null)
{
    private readonly ReviewOptions _options = options ?? new ReviewOptions();

    // Validation (CO0315) and review both compile every policy in one process; the rules part (the automaton, the
    // regular expressions) depends only on the policy and the pattern timeout, so the two share it. The learned detector
    // depends on the host's examples source and is attached per compiler.
    private static readonly SharedRulesCache _shared = new(capacity: 64);

    /// <summary>Compiles <paramref name="policy"/>.</summary>
    public CompiledPolicy Compile(SopPolicy policy)
    {
        var digest = PolicyDigest.Compute(policy);
        var compiled = _shared.GetOrAdd(digest, _options.PatternTimeout, () => CompileRules(policy));
        var errors = new List<PolicyCompileError>(compiled.Errors);
        var fingerprint = policy.Spec.LearnedDetector is null ? null : _options.LearnedExamples?.Fingerprint(policy);
        var detector = Learned.LearnedDetectorFactory.Create(policy, compiled.Concepts, _options.LearnedExamples, errors);
        return new CompiledPolicy(policy, digest, compiled.Rules, errors, detector) { ExamplesFingerprint = fingerprint };
    }

    private CompiledRules CompileRules(SopPolicy policy)
    {
        var name = policy.Metadata.Name;
        var errors = new List<PolicyCompileError>();
        var rules = new List<ReviewRule>();
        var concepts = ParseConcepts(policy, errors);
        var termIndex = BuildTermIndex(policy, concepts, errors, out var slots, out var conceptSlots, out var exceptionSlots);
        var boundConcepts = concepts.Bind(termIndex, conceptSlots, exceptionSlots);
        foreach (var definition in policy.Spec.Rules)
        {
            try
            {
                if (CreateRule(name, definition, termIndex, slots, boundConcepts) is { } rule)
                {
                    rules.Add(rule);
                }
            }
            catch (RuleCompileException e)
            {
                errors.Add(new PolicyCompileError(name, e.RuleId, e.Message));
            }
        }

        foreach (var duplicate in policy.Spec.Rules.GroupBy(r => r.Id).Where(g => g.Count() > 1))
        {
            errors.Add(new PolicyCompileError(name, duplicate.Key, "rule id is used more than once"));
        }

        return new CompiledRules(rules, errors, boundConcepts);
    }

    private static ConceptSet ParseConcepts(SopPolicy policy, List<PolicyCompileError> errors)
    {
        try
        {
            return new ConceptSet(policy.Spec.Concepts ?? []);
        }
        catch (RuleCompileException e)
        {
            errors.Add(new PolicyCompileError(policy.Metadata.Name, e.RuleId, e.Message));
            return ConceptSet.Empty;
        }
    }

    private ReviewRule? CreateRule(string policy, SopRule definition, TermIndex termIndex, Dictionary<SopRule, int> slots, ConceptSet concepts)
    {
        var timeout = _options.PatternTimeout;
        return definition.Kind switch
        {
            "forbiddenTerms" => slots.TryGetValue(definition, out var slot) ? new ForbiddenTermsRule(policy, definition, termIndex, slot) : null,
            "pattern" => new PatternRule(policy, definition, timeout, termIndex, SlotOf(slots, definition)),
            "composite" => new CompositeRule(policy, definition, concepts, termIndex, SlotOf(slots, definition)),
            "requiredText" => new RequiredTextRule(policy, definition, timeout),
            "claimTraceability" => new ClaimTraceabilityRule(policy, definition, timeout, termIndex, SlotOf(slots, definition)),
            "audience" => new AudienceRule(policy, definition),
            "length" => new LengthRule(policy, definition),
            "pii" => new PiiRule(policy, definition, timeout),
            "llmJudge" => new LlmJudgeRule(policy, definition),
            _ => throw new RuleCompileException(definition.Id, $"unknown rule kind '{definition.Kind}'"),
        };
    }

    private static int? SlotOf(Dictionary<SopRule, int> slots, SopRule definition) => slots.TryGetValue(definition, out var slot) ? slot : null;

    /// <summary>
    /// One automaton per policy: the dictionaries of forbiddenTerms and composite rules, the plain-word patterns of pattern
    /// and claimTraceability rules, each rule in its own slot, and the literals of each concept and its exceptions in slots of
    /// their own.
    /// </summary>
    private static TermIndex BuildTermIndex(SopPolicy policy, ConceptSet concepts, List<PolicyCompileError> errors, out Dictionary<SopRule, int> slots,
        out int[] conceptSlots, out int[] exceptionSlots)
    {
        slots = new Dictionary<SopRule, int>(ReferenceEqualityComparer.Instance);
        var dictionaries = new List<IReadOnlyList<string>>();
        foreach (var definition in policy.Spec.Rules)
        {
            try
            {
                var words = definition.Kind switch
                {
                    "forbiddenTerms" => ForbiddenTermsRule.NormalizedTerms(definition),
                    "composite" => definition.Terms is { Count: > 0 } ? ForbiddenTermsRule.NormalizedTerms(definition) : [],
                    "pattern" or "claimTraceability" => [.. (definition.Patterns ?? []).Select(LiteralAlternation.TryParse).OfType<IReadOnlyList<string>>().SelectMany(w => w)],
                    _ => [],
                };
                if (words.Count > 0)
                {
                    dictionaries.Add(words);
                    slots[definition] = dictionaries.Count - 1;
                }
            }
            catch (RuleCompileException e)
            {
                errors.Add(new PolicyCompileError(policy.Metadata.Name, e.RuleId, e.Message));
            }
        }

        conceptSlots = new int[concepts.Count];
        var concept = 0;
        foreach (var literals in concepts.Literals)
        {
            dictionaries.Add(literals);
            conceptSlots[concept++] = dictionaries.Count - 1;
        }

        exceptionSlots = new int[concepts.Count];
        concept = 0;
        foreach (var exceptions in concepts.ExceptionLiterals)
        {
            if (exceptions.Count > 0)
            {
                dictionaries.Add(exceptions);
            }

            exceptionSlots[concept++] = exceptions.Count > 0 ? dictionaries.Count - 1 : -1;
        }

        return new TermIndex(dictionaries);
    }
}
