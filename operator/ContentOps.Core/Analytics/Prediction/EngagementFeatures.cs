namespace ContentOps.Core.Analytics.Prediction;

/// <summary>What the effect model knows about one send before it happens.</summary>
/// <param name="Format">Content format (wechat-article, email, sms, …).</param>
/// <param name="Channel">Channel type or name.</param>
/// <param name="Segment">The HCP's segment.</param>
/// <param name="Hour">Local send hour, 0–23.</param>
/// <param name="Weekday">Day of the week of the send.</param>
/// <param name="Length">Content length in characters.</param>
/// <param name="ClaimCategories">Categories of the claims the content makes (efficacy, safety, dosing, mechanism, guideline).</param>
/// <param name="Topic">The content's main topic.</param>
public sealed record EngagementFeatures(string Format, string Channel, string Segment, int Hour, DayOfWeek Weekday, int Length, IReadOnlyList<string> ClaimCategories, string Topic)
{
    /// <summary>The claim categories the model has a feature for.</summary>
    public static IReadOnlyList<string> KnownClaimCategories { get; } = ["efficacy", "safety", "dosing", "mechanism", "guideline"];
}
