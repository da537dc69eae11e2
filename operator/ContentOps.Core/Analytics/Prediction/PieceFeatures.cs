namespace ContentOps.Core.Analytics.Prediction;

/// <summary>What the effect model knows about a piece: its format, body length, claim categories and topic.</summary>
/// <param name="Format">The piece's format (wechat-article, email, sms, …).</param>
/// <param name="Length">Characters of body text of its first rendition (0 when not generated yet).</param>
/// <param name="ClaimCategories">Categories of the claims it states (efficacy, safety, …).</param>
/// <param name="Topic">Its first key message, else its asset type.</param>
public sealed record PieceFeatures(string Format, int Length, IReadOnlyList<string> ClaimCategories, string Topic);
