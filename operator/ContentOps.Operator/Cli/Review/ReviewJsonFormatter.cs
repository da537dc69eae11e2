using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContentOps.Operator.Cli.Review;

/// <summary>JSON output: one object per file with its counts and findings (camelCase, as in status).</summary>
internal static class ReviewJsonFormatter
{
    private static readonly JsonSerializerOptions _options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(TextWriter output, IReadOnlyList<FileVerdict> verdicts)
    {
        var files = verdicts.Select(v => new
        {
            file = v.Path,
            blocked = v.Verdict.Blocked,
            blocking = v.Verdict.BlockingCount,
            warnings = v.Verdict.WarningCount,
            policies = v.Verdict.Policies,
            policyDigest = v.Verdict.PolicyDigest,
            errors = v.Verdict.Errors,
            findings = v.Verdict.Findings,
        });
        output.WriteLine(JsonSerializer.Serialize(new { files }, _options));
    }
}
