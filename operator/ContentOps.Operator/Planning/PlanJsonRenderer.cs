using System.Text.Json;
using ContentOps.Core.Digests;

namespace ContentOps.Operator.Planning;

/// <summary>The machine form: the whole report, camelCase, with the summary counts.</summary>
internal static class PlanJsonRenderer
{
    // The project's one JSON shape (camelCase, nulls omitted, CJK unescaped), indented for people reading CI logs.
    private static readonly JsonSerializerOptions _options = new(ContentDigest.CanonicalJson) { WriteIndented = true };

    public static string Render(PlanReport report) => JsonSerializer.Serialize(report, _options) + "\n";
}
