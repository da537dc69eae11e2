using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContentOps.Operator.Planning;

/// <summary>The machine form: the whole report, camelCase, with the summary counts.</summary>
internal static class PlanJsonRenderer
{
    private static readonly JsonSerializerOptions _options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    public static string Render(PlanReport report) => JsonSerializer.Serialize(report, _options) + "\n";
}
