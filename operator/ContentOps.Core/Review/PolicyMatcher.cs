using ContentOps.Core.Api.Policies;

namespace ContentOps.Core.Review;

/// <summary>Decides whether a selector selects a piece's context: every non-empty list must contain the context's value.</summary>
public static class PolicyMatcher
{
    /// <summary>True when <paramref name="selector"/> is null or every list and label it gives matches <paramref name="context"/>.</summary>
    public static bool Selects(ContentSelector? selector, ReviewContext context)
    {
        if (selector is null)
        {
            return true;
        }

        return Contains(selector.Formats, context.Format)
            && Contains(selector.ChannelTypes, context.ChannelType)
            && Contains(selector.AudienceRoles, context.AudienceRole)
            && Contains(selector.ProductTypes, context.ProductType)
            && Contains(selector.AssetTypes, context.AssetType)
            && Contains(selector.Languages, context.Language)
            && LabelsMatch(selector.MatchLabels, context.Labels);
    }

    private static bool Contains(IReadOnlyList<string>? values, string value) =>
        values is null || values.Count == 0 || values.Any(v => string.Equals(v, value, StringComparison.OrdinalIgnoreCase));

    private static bool LabelsMatch(IReadOnlyDictionary<string, string>? wanted, IReadOnlyDictionary<string, string> labels) =>
        wanted is null || wanted.All(w => labels.TryGetValue(w.Key, out var v) && v == w.Value);
}
