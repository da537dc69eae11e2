using System.Collections.Concurrent;
using ContentOps.Core.Api.Policies;
using ContentOps.Core.Generation;
using ContentOps.Core.Review.Compilation;
using ContentOps.Core.Review.Text;

namespace ContentOps.Core.Review;

/// <summary>
/// The review stage: checks a rendition against the SOP policies that select its context. Pure and synchronous;
/// compiled policies are cached by digest, so one instance should live as long as the process. Thread-safe.
/// </summary>
public sealed class ContentReviewer(ReviewOptions? options = null)
{
    private readonly ReviewOptions _options = options ?? new ReviewOptions();
    private readonly ConcurrentDictionary<string, CompiledPolicy> _cache = new(StringComparer.Ordinal);

    // Digesting a policy serialises its whole spec, which cost more than reviewing a short rendition. Resources are
    // immutable (stores replace, never mutate, them), so the compiled form is also remembered per instance.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<SopPolicy, CompiledPolicy> _byInstance = [];
    private readonly PolicyCompiler _compiler = new(options);

    /// <summary>Reviews <paramref name="rendition"/> against those <paramref name="policies"/> whose selector selects <paramref name="context"/>.</summary>
    public Verdict Review(Rendition rendition, ReviewContext context, IReadOnlyList<SopPolicy> policies)
    {
        var compiled = policies.Select(Compile).Where(p => p.Selects(context)).OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
        var document = new ReviewDocument(rendition, context);
        var findings = new List<Finding>();
        foreach (var policy in compiled.Where(p => p.IsValid))
        {
            policy.Evaluate(document, findings);
        }

        // After every rule: a learned detector only looks at sentences no rule flagged, and only adds warnings.
        foreach (var policy in compiled.Where(p => p.IsValid && p.Detector is not null))
        {
            policy.Detector!.Evaluate(document, findings);
        }

        return new Verdict
        {
            Channel = rendition.Channel,
            Segment = rendition.Segment,
            Findings = FindingOrder.Sort(findings),
            Errors = [.. compiled.SelectMany(p => p.Errors)],
            Policies = [.. compiled.Select(p => p.Name)],
            PolicyDigest = PolicyDigest.Combine(compiled.Select(p => p.Digest)),
        };
    }

    /// <summary>The fingerprint of the learned detector's examples of <paramref name="policy"/> (see <see cref="Learned.ILearnedExamplesSource.Fingerprint"/>).</summary>
    public string? ExamplesFingerprint(SopPolicy policy) => _options.LearnedExamples?.Fingerprint(policy);

    /// <summary>The compiled form of a policy, from the cache when its digest was seen before.</summary>
    public CompiledPolicy Compile(SopPolicy policy)
    {
        var compiled = _byInstance.GetValue(policy, CompileByDigest);
        if (policy.Spec.LearnedDetector is not null && compiled.ExamplesFingerprint != ExamplesFingerprint(policy))
        {
            // The detector's examples file changed under the same policy (e.g. while run --watch runs): train again.
            compiled = CompileByDigest(policy);
            _byInstance.AddOrUpdate(policy, compiled);
        }

        return compiled;
    }

    private CompiledPolicy CompileByDigest(SopPolicy policy)
    {
        var digest = PolicyDigest.Compute(policy) + (ExamplesFingerprint(policy) is { } examples ? "+examples=" + examples : "");
        if (_cache.TryGetValue(digest, out var cached))
        {
            return cached;
        }

        if (_cache.Count >= _options.MaxCachedPolicies)
        {
            _cache.Clear();
        }

        return _cache.GetOrAdd(digest, _ => _compiler.Compile(policy));
    }
}
