using System.Reflection;
using System.Text.RegularExpressions;
using ContentOps.Core.Api;
using ContentOps.Operator.Crds;
using k8s;
using k8s.Models;
using YamlDotNet.RepresentationModel;

namespace ContentOps.Operator.Tests.Crds;

public sealed partial class CrdGeneratorTests
{
    private const string Regenerate = "dotnet run --project operator/ContentOps.Operator -- crds --output crds";

    private static readonly IReadOnlyList<GeneratedCrd> _generated = CrdGenerator.ForCoreApi().GenerateAll();

    public static TheoryData<string> Kinds => CommittedCrds.Kinds();

    [Fact]
    public void CommittedCrds_MatchWhatTheGeneratorProduces()
    {
        var committed = CommittedCrds.Files().Select(Path.GetFileName).ToList();
        var expected = _generated.Select(c => c.FileName).Order(StringComparer.Ordinal).ToList();
        Assert.True(expected.SequenceEqual(committed),
            $"crds/ holds [{string.Join(", ", committed)}] but the resource types give [{string.Join(", ", expected)}]. Run `{Regenerate}` and commit the result.");

        foreach (var crd in _generated)
        {
            var text = File.ReadAllText(Path.Combine(CommittedCrds.Folder, crd.FileName));
            Assert.True(text == crd.Text,
                $"crds/{crd.FileName} differs from what the resource types generate ({FirstDifference(text, crd.Text)}). Run `{Regenerate}` and commit the result.");
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void CommittedCrd_IsStructural_OnEveryNode(string kind)
    {
        var file = Path.Combine(CommittedCrds.Folder, _generated.Single(c => c.Kind == kind).FileName);
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(file)));
        var root = (YamlMappingNode)stream.Documents.Single().RootNode;
        var version = (YamlMappingNode)Seq(Map(root, "spec"), "versions").Single();
        var schema = Map(Map(version, "schema"), "openAPIV3Schema");
        var problems = new List<string>();

        Walk(schema, "", problems);

        Assert.Equal("object", Scalar(schema, "type"));
        Assert.False(schema.Children.ContainsKey("additionalProperties"), "additionalProperties at the root");
        var metadata = Map(Map(schema, "properties"), "metadata");
        Assert.Equal(["type"], metadata.Children.Keys.Select(k => k.ToString()));
        Assert.Equal("object", Scalar(metadata, "type"));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void CommittedCrd_PassesTheGeneratorsStructuralRules(string kind)
    {
        var schema = CommittedCrds.ByKind[kind].Spec.Versions.Single().Schema.OpenAPIV3Schema;

        Assert.Empty(StructuralSchemaRules.Check(schema));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void CommittedCrd_RoundTripsThroughKubernetesYaml(string kind)
    {
        var crd = _generated.Single(c => c.Kind == kind);
        var text = File.ReadAllText(Path.Combine(CommittedCrds.Folder, crd.FileName));

        var parsed = KubernetesYaml.Deserialize<V1CustomResourceDefinition>(text);

        Assert.Equal(crd.Text, GeneratedCrd.Header + KubernetesYaml.Serialize(parsed).ReplaceLineEndings("\n").TrimEnd('\n') + "\n");
        Assert.Equal($"{crd.Definition.Spec.Names.Plural}.contentops.io", parsed.Metadata.Name);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EveryCrd_IsNamespacedServedStoredV1Alpha1_InCategoryContentops_WithStatusSubresource(string kind)
    {
        var crd = CommittedCrds.ByKind[kind];
        var attribute = ResourceKinds.Find(kind)!.GetCustomAttribute<ResourceAttribute>()!;
        var version = Assert.Single(crd.Spec.Versions);

        Assert.Equal(("contentops.io", "Namespaced"), (crd.Spec.Group, crd.Spec.Scope));
        Assert.Equal(("v1alpha1", true, true), (version.Name, version.Served, version.Storage));
        Assert.NotNull(version.Subresources?.Status);
        Assert.Null(version.Subresources.Scale);
        Assert.Equal(attribute.Plural, crd.Spec.Names.Plural);
        Assert.Equal(kind.ToLowerInvariant(), crd.Spec.Names.Singular);
        Assert.Equal(kind + "List", crd.Spec.Names.ListKind);
        Assert.Equal(attribute.ShortNames, crd.Spec.Names.ShortNames);
        Assert.Equal(["contentops"], crd.Spec.Names.Categories);
    }

    [Fact]
    public void ShortNames_AreTheOnesTheIssueNames()
    {
        var shortNames = CommittedCrds.ByKind.Values.SelectMany(c => c.Spec.Names.ShortNames).Order(StringComparer.Ordinal);

        Assert.Equal(["appr", "aud", "camp", "claims", "cp", "ct", "ks", "sop"], shortNames);
    }

    [Fact]
    public void ContentPiece_ShowsPhaseCampaignFormatFindingsAge_InTheStandardView()
    {
        var columns = CommittedCrds.ByKind["ContentPiece"].Spec.Versions.Single().AdditionalPrinterColumns;

        Assert.Equal(["Phase", "Campaign", "Format", "Findings", "Age"], columns.Where(c => (c.Priority ?? 0) == 0).Select(c => c.Name));
        Assert.Equal(["Waiting", "Digest"], columns.Where(c => c.Priority > 0).Select(c => c.Name));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void PrinterColumns_EndWithAge_OnCreationTimestamp(string kind)
    {
        var age = CommittedCrds.ByKind[kind].Spec.Versions.Single().AdditionalPrinterColumns.Last();

        Assert.Equal(("Age", "date", ".metadata.creationTimestamp"), (age.Name, age.Type, age.JsonPath));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void PrinterColumns_PointAtDeclaredFields_OfAMatchingType(string kind)
    {
        var version = CommittedCrds.ByKind[kind].Spec.Versions.Single();

        foreach (var column in version.AdditionalPrinterColumns)
        {
            Assert.Contains(column.Type, new[] { "integer", "number", "string", "boolean", "date" });
            Assert.False(string.IsNullOrWhiteSpace(column.Description), $"{kind} column {column.Name} has no description.");
            if (column.JsonPath == ".metadata.creationTimestamp")
            {
                continue;
            }

            var field = Resolve(version.Schema.OpenAPIV3Schema, column.JsonPath);
            Assert.True(field is not null, $"{kind} column {column.Name}: {column.JsonPath} names no field of the schema.");
            var expected = column.Type switch { "date" => "string", "string" => field.Type, _ => column.Type };
            Assert.True(field.Type == expected, $"{kind} column {column.Name} is {column.Type} but {column.JsonPath} is {field.Type}.");
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EveryField_HasADescription(string kind)
    {
        var missing = new List<string>();

        CollectUndescribed(CommittedCrds.ByKind[kind].Spec.Versions.Single().Schema.OpenAPIV3Schema, "", missing);

        Assert.True(missing.Count == 0, $"{kind} fields without an XML doc summary: {string.Join(", ", missing)}");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void StatusConditions_MergeByType(string kind)
    {
        var conditions = CommittedCrds.ByKind[kind].Spec.Versions.Single().Schema.OpenAPIV3Schema
            .Properties["status"].Properties["conditions"];

        Assert.Equal("map", conditions.XKubernetesListType);
        Assert.Equal(["type"], conditions.XKubernetesListMapKeys);
        Assert.Contains("type", SchemaNodes.AsSchema(conditions.Items)!.Required);
    }

    private static void Walk(YamlMappingNode node, string path, List<string> problems)
    {
        var at = path.Length == 0 ? "<root>" : path;
        var keys = node.Children.Keys.Select(k => k.ToString()).ToHashSet(StringComparer.Ordinal);
        var type = keys.Contains("type") ? Scalar(node, "type") : null;
        if (type is null && Scalar(node, "x-kubernetes-preserve-unknown-fields") != "true" && Scalar(node, "x-kubernetes-int-or-string") != "true")
        {
            problems.Add($"{at}: no type");
        }

        foreach (var forbidden in new[] { "uniqueItems", "nullable", "allOf", "anyOf", "oneOf", "not", "$ref", "definitions", "patternProperties" })
        {
            if (keys.Contains(forbidden))
            {
                problems.Add($"{at}: {forbidden}");
            }
        }

        if (keys.Contains("additionalProperties") && node.Children[new YamlScalarNode("additionalProperties")] is YamlScalarNode)
        {
            problems.Add($"{at}: additionalProperties is a boolean");
        }

        if (type == "array" && !keys.Contains("items"))
        {
            problems.Add($"{at}: array without items");
        }

        if (keys.Contains("items"))
        {
            Walk(Map(node, "items"), path + "[]", problems);
        }

        if (keys.Contains("additionalProperties") && node.Children[new YamlScalarNode("additionalProperties")] is YamlMappingNode values)
        {
            Walk(values, path + ".*", problems);
        }

        if (keys.Contains("properties"))
        {
            foreach (var (name, child) in Map(node, "properties").Children)
            {
                Walk((YamlMappingNode)child, path.Length == 0 ? $"{name}" : $"{path}.{name}", problems);
            }
        }
    }

    private static void CollectUndescribed(V1JSONSchemaProps node, string path, List<string> missing)
    {
        foreach (var (name, child) in node.Properties ?? new Dictionary<string, V1JSONSchemaProps>())
        {
            var childPath = path.Length == 0 ? name : $"{path}.{name}";
            if (string.IsNullOrWhiteSpace(child.Description) && childPath != "metadata")
            {
                missing.Add(childPath);
            }

            CollectUndescribed(child, childPath, missing);
            if (SchemaNodes.AsSchema(child.Items) is { } items)
            {
                CollectUndescribed(items, childPath + "[]", missing);
            }
        }
    }

    /// <summary>Follows a printer-column JSONPath such as <c>.status.conditions[?(@.type=="Ready")].status</c> through the schema.</summary>
    private static V1JSONSchemaProps? Resolve(V1JSONSchemaProps root, string jsonPath)
    {
        var node = root;
        foreach (Match step in JsonPathStep().Matches(jsonPath))
        {
            if (node.Properties?.TryGetValue(step.Groups["name"].Value, out var child) != true)
            {
                return null;
            }

            node = child!;
            if (step.Groups["index"].Success)
            {
                if (SchemaNodes.AsSchema(node.Items) is not { } items)
                {
                    return null;
                }

                node = items;
            }
        }

        return node;
    }

    private static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node.Children[new YamlScalarNode(key)];

    private static IEnumerable<YamlNode> Seq(YamlMappingNode node, string key) => (YamlSequenceNode)node.Children[new YamlScalarNode(key)];

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value : null;

    private static string FirstDifference(string actual, string expected)
    {
        var a = actual.Split('\n');
        var e = expected.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, e.Length); i++)
        {
            var left = i < a.Length ? a[i] : "<end of file>";
            var right = i < e.Length ? e[i] : "<end of file>";
            if (left != right)
            {
                return $"line {i + 1}: committed '{left.Trim()}', generated '{right.Trim()}'";
            }
        }

        return "same lines, different line endings";
    }

    [GeneratedRegex(@"\.(?<name>[A-Za-z0-9_]+)(?<index>\[[^\]]*\])?")]
    private static partial Regex JsonPathStep();
}
