using ContentOps.Operator.Crds;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace ContentOps.Operator.Tests.Crds;

public sealed class ExampleSchemaValidationTests
{
    private static readonly string _examples = RepositoryRoot.Combine("examples");

    private static readonly IReadOnlyDictionary<string, Lazy<Task<JsonSchema>>> _schemas =
        CrdGenerator.ForCoreApi().GenerateAll().ToDictionary(
            crd => crd.Kind,
            crd => new Lazy<Task<JsonSchema>>(() => CrdJsonSchema.FromAsync(crd.Definition)),
            StringComparer.Ordinal);

    /// <summary>Every YAML document under examples/, as "relative/path.yaml#index".</summary>
    public static TheoryData<string> ExampleDocuments()
    {
        var data = new TheoryData<string>();
        foreach (var (file, index, _) in LoadExamples())
        {
            data.Add($"{file}#{index}");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExampleDocuments))]
    public async Task ExampleDocument_ValidatesAgainstItsCrdSchema(string document)
    {
        var json = LoadExamples().Single(d => $"{d.File}#{d.Index}" == document).Json;

        var errors = await ValidateAsync(json);

        Assert.True(errors.Count == 0, $"{document} does not match its CRD:\n  {string.Join("\n  ", errors)}");
    }

    [Fact]
    public void Examples_DeclareEveryKind()
    {
        var kinds = LoadExamples().Select(d => (string?)d.Json["kind"]).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(["Approval", "Audience", "Campaign", "ChannelTarget", "ClaimLibrary", "ContentPiece", "KnowledgeSource", "SopPolicy"], kinds);
    }

    [Fact]
    public void ExamplePieces_StateOnlyApprovedClaims_AndTheWithdrawnClaimStaysUnused()
    {
        var claims = LoadExamples().Where(d => (string?)d.Json["kind"] == "ClaimLibrary")
            .SelectMany(d => d.Json["spec"]!["claims"]!)
            .ToDictionary(c => (string)c["id"]!, c => (string?)c["status"] ?? "approved", StringComparer.Ordinal);
        var used = LoadExamples().Where(d => (string?)d.Json["kind"] == "ContentPiece")
            .SelectMany(d => d.Json["spec"]!["claims"]!.Select(c => (string)c!)).Distinct().ToList();

        Assert.Contains("withdrawn", claims.Values);
        Assert.All(used, id => Assert.Equal("approved", claims.GetValueOrDefault(id)));
    }

    [Fact]
    public async Task BrokenExampleDocument_FailsValidation_NamingEachProblem()
    {
        var broken = File.ReadAllText(Path.Combine(_examples, "pieces", "klp-email-launch.yaml"))
            .Replace("format: email", "format: tiktok", StringComparison.Ordinal)
            .Replace("  channels: [approved-email]", "  chanels: [approved-email]", StringComparison.Ordinal)
            .Replace("maxAttempts", "maxAttempt", StringComparison.Ordinal)
            .Replace("    tone: concise", "    tone: concise\n    temperature: \"0.2\"", StringComparison.Ordinal);

        var errors = await ValidateAsync(YamlCoreSchemaJson.LoadAll(broken).Single());

        Assert.Contains(errors, e => e.Contains("spec.format", StringComparison.Ordinal) && e.Contains("NotInEnumeration", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("chanels", StringComparison.Ordinal) && e.Contains("NoAdditionalPropertiesAllowed", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("spec.channels", StringComparison.Ordinal) && e.Contains("PropertyRequired", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("spec.generation.temperature", StringComparison.Ordinal) && e.Contains("NumberExpected", StringComparison.Ordinal));
    }

    private static async Task<IReadOnlyList<string>> ValidateAsync(JToken document)
    {
        var kind = (string?)document["kind"];
        if (kind is null || !_schemas.TryGetValue(kind, out var schema))
        {
            return [$"kind '{kind}' has no CRD"];
        }

        return [.. (await schema.Value).Validate(document).SelectMany(Flatten).Select(e => $"{e.Path}: {e.Kind}")];
    }

    private static IEnumerable<NJsonSchema.Validation.ValidationError> Flatten(NJsonSchema.Validation.ValidationError error) =>
        error is NJsonSchema.Validation.ChildSchemaValidationError child
            ? [error, .. child.Errors.Values.SelectMany(e => e).SelectMany(Flatten)]
            : [error];

    private static IEnumerable<(string File, int Index, JToken Json)> LoadExamples() =>
        Directory.EnumerateFiles(_examples, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .SelectMany(f => YamlCoreSchemaJson.LoadAll(File.ReadAllText(f))
                .Select((json, i) => (Path.GetRelativePath(_examples, f).Replace('\\', '/'), i, json)));
}
