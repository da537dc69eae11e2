namespace ContentOps.Core.Knowledge.Classification;

/// <summary>The class a text was given in one dimension, with a confidence in 0..1.</summary>
public sealed record Classification(string Dimension, string Class, double Confidence, string Why)
{
    /// <summary>Below this confidence a classification is reported as a warning naming the passage.</summary>
    public const double LowConfidence = 0.35;

    /// <summary>True when the confidence is below <see cref="LowConfidence"/>.</summary>
    public bool IsLowConfidence => Confidence < LowConfidence;
}
