using ContentOps.Core.Review.Text;

namespace ContentOps.Core.Review.Rules;

/// <summary>Whether a (normalised) text is within the product label's indications.</summary>
internal static class LabelIndications
{
    public static bool Contain(ReviewContext context, string normalizedText) =>
        context.Product?.Indications.Any(i => TextNormalizer.NormalizeTerm(i).Contains(normalizedText, StringComparison.Ordinal)) == true;
}
