namespace ContentOps.Core.Review.Learned;

/// <summary>What marks a learned detector's suggestion among the findings of a verdict.</summary>
public static class LearnedFinding
{
    /// <summary>The <see cref="Finding.Kind"/> of learned suggestions (always warn-level, with <see cref="Finding.Confidence"/>).</summary>
    public const string Kind = "learned";
}
