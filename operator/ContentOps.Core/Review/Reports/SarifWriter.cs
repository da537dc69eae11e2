using System.Text;
using System.Text.Json;
using ContentOps.Core.Api.Policies;

namespace ContentOps.Core.Review.Reports;

/// <summary>
/// Writes SARIF 2.1.0 so code-scanning tools annotate pull requests: ruleId is the rule id, rule metadata comes from
/// the policies, level is error for block and warning for warn, regions carry startLine, startColumn, charOffset and
/// charLength (UTF-16 code units), and mechanical fixes are offered as SARIF fixes.
/// </summary>
public static class SarifWriter
{
    private const string Schema = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The SARIF log as indented JSON.</summary>
    public static string Write(IReadOnlyList<SarifArtifact> artifacts, IReadOnlyList<SopPolicy> policies, string toolVersion = "0.0.0")
    {
        var rules = policies.SelectMany(p => p.Spec.Rules.Select(r => (Policy: p.Metadata.Name, Rule: r)))
            .Concat(artifacts.SelectMany(a => a.Verdict.Findings).Select(f => (f.Policy, Rule: new SopRule { Id = f.RuleId, Kind = f.Kind, Message = f.Message })))
            .DistinctBy(r => r.Rule.Id).ToList();
        var ruleIndex = rules.Select((r, i) => (r.Rule.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", Schema);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, rules, toolVersion);
            json.WriteString("columnKind", "utf16CodeUnits");
            WriteInvocation(json, artifacts);
            json.WriteStartArray("results");
            foreach (var artifact in artifacts)
            {
                foreach (var finding in artifact.Verdict.Findings)
                {
                    WriteResult(json, artifact.Uri, finding, ruleIndex[finding.RuleId]);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteTool(Utf8JsonWriter json, List<(string Policy, SopRule Rule)> rules, string toolVersion)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "contentops");
        json.WriteString("version", toolVersion);
        json.WriteString("informationUri", "https://contentops.io/docs/review");
        json.WriteStartArray("rules");
        foreach (var (policy, rule) in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Message);
            json.WriteEndObject();
            if (rule.Basis is { } basis)
            {
                json.WriteStartObject("fullDescription");
                json.WriteString("text", basis);
                json.WriteEndObject();
            }

            if (rule.Fix is { } fix)
            {
                json.WriteStartObject("help");
                json.WriteString("text", fix);
                json.WriteEndObject();
            }

            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.Severity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("policy", policy);
            json.WriteString("kind", rule.Kind);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteInvocation(Utf8JsonWriter json, IReadOnlyList<SarifArtifact> artifacts)
    {
        var errors = artifacts.SelectMany(a => a.Verdict.Errors).Distinct().ToList();
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", errors.Count == 0);
        json.WriteStartArray("toolConfigurationNotifications");
        foreach (var error in errors)
        {
            json.WriteStartObject();
            json.WriteString("level", "error");
            json.WriteStartObject("message");
            json.WriteString("text", $"{error.Policy}/{error.RuleId}: {error.Message}");
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteResult(Utf8JsonWriter json, string uri, Finding finding, int ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(finding.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", finding.Detail is null ? finding.Message : $"{finding.Message}（{finding.Detail}）");
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        WriteArtifactLocation(json, uri);
        json.WriteStartObject("region");
        json.WriteNumber("startLine", finding.Line);
        json.WriteNumber("startColumn", finding.Column);
        json.WriteNumber("charOffset", finding.Offset);
        json.WriteNumber("charLength", finding.Length);
        if (finding.Match.Length > 0)
        {
            json.WriteStartObject("snippet");
            json.WriteString("text", finding.Match);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        if (finding.Edit is { } edit)
        {
            WriteFix(json, uri, finding, edit);
        }

        json.WriteStartObject("properties");
        json.WriteString("policy", finding.Policy);
        json.WriteString("severity", finding.Severity);
        WriteOptional(json, "expected", finding.Expected);
        WriteOptional(json, "fix", finding.Fix);
        WriteOptional(json, "claimId", finding.ClaimId);
        WriteOptional(json, "channel", finding.Channel);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteFix(Utf8JsonWriter json, string uri, Finding finding, TextEdit edit)
    {
        json.WriteStartArray("fixes");
        json.WriteStartObject();
        json.WriteStartObject("description");
        json.WriteString("text", finding.Fix ?? "Apply the policy's wording.");
        json.WriteEndObject();
        json.WriteStartArray("artifactChanges");
        json.WriteStartObject();
        WriteArtifactLocation(json, uri);
        json.WriteStartArray("replacements");
        json.WriteStartObject();
        json.WriteStartObject("deletedRegion");
        json.WriteNumber("charOffset", edit.Offset);
        json.WriteNumber("charLength", edit.Length);
        json.WriteEndObject();
        json.WriteStartObject("insertedContent");
        json.WriteString("text", edit.NewText);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteArtifactLocation(Utf8JsonWriter json, string uri)
    {
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", uri);
        json.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static string Level(string severity) => severity == Severities.Block ? "error" : "warning";
}
