using ContentOps.Core.Review.Text;

namespace ContentOps.Core.Review.Rules;

/// <summary>Whether a (normalised) text is within the product label's indications.</summary>
internal static class LabelIndications
{
    /// <summary>
    /// Whether the context names the label's indications. Without them an allowWhenInLabel rule cannot tell on-label from
    /// off-label and does not run (it would flag every disease a draft names).
    /// </summary>
    public static bool Known(ReviewContext context) => context.Product?.Indications is { Count: > 0 };

    public static bool Contain(ReviewContext context, string normalizedText) =>
        context.Product?.Indications.Any(i => TextNormalizer.NormalizeTerm(i).Contains(normalizedText, StringComparison.Ordinal)) == true;
}
