namespace ContentOps.Core.Review;

/// <summary>Limits of the review engine.</summary>
public sealed record ReviewOptions
{
    /// <summary>How long one regular expression may run on one text before the rule reports a timeout finding.</summary>
    public TimeSpan PatternTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Compiled policies kept; the cache is cleared when it grows beyond this.</summary>
    public int MaxCachedPolicies { get; init; } = 256;

    /// <summary>Whether <see cref="Llm.LlmJudge"/> calls the model for llmJudge rules; off by default, and never the only gate.</summary>
    public bool LlmJudgeEnabled { get; init; }

    /// <summary>Reads the examples of policies that declare spec.learnedDetector; null switches learned detectors off.</summary>
    public Learned.ILearnedExamplesSource? LearnedExamples { get; init; }
}
