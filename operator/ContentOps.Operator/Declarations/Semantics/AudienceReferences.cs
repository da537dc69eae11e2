using ContentOps.Core.Api.Audiences;
using ContentOps.Core.Api.Campaigns;
using ContentOps.Operator.Declarations.Diagnostics;

namespace ContentOps.Operator.Declarations.Semantics;

/// <summary>An audience selector names an existing Audience, and its segments exist in that audience.</summary>
internal static class AudienceReferences
{
    /// <param name="fallbackAudience">The audience to resolve segments in when the selector names none (a piece inherits its campaign's).</param>
    public static IEnumerable<Diagnostic> Check(RuleContext context, Declaration from, AudienceSelector selector, string path, string? fallbackAudience = null)
    {
        var audienceName = selector.Audience ?? fallbackAudience;
        if (audienceName is null)
        {
            yield break;
        }

        var audience = context.Index.Find<Audience>(from.Namespace(), audienceName);
        if (audience is null)
        {
            if (selector.Audience is not null)
            {
                yield return References.Missing(from, $"{path}.audience", "Audience", audienceName, context.Index.OfKind<Audience>());
            }

            yield break;
        }

        var known = audience.Spec.Segments.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var segments = selector.Segments ?? [];
        for (var i = 0; i < segments.Count; i++)
        {
            if (!known.Contains(segments[i]))
            {
                yield return References.MissingId(from, $"{path}.segments[{i}]", $"segment of Audience '{audienceName}'", segments[i], known);
            }
        }
    }
}
