using ContentOps.Operator.Crds;
using k8s.Models;

namespace ContentOps.Operator.Tests.Crds;

public sealed class StructuralSchemaRulesTests
{
    [Fact]
    public void Check_AcceptsAMinimalStructuralSchema()
    {
        Assert.Empty(StructuralSchemaRules.Check(Valid()));
    }

    public static TheoryData<string, Action<V1JSONSchemaProps>> Violations() => new()
    {
        { "every node needs a type", s => Spec(s).Properties["name"].Type = null },
        { "uniqueItems", s => Spec(s).Properties["tags"].UniqueItems = true },
        { "additionalProperties: false", s => Spec(s).Properties["labels"].AdditionalProperties = false },
        { "nullable", s => Spec(s).Properties["name"].Nullable = true },
        { "single items schema", s => Spec(s).Properties["tags"].Items = null },
        { "junctor", s => Spec(s).AnyOf = [new V1JSONSchemaProps { Required = ["name"] }] },
        { "metadata: must be exactly", s => s.Properties["metadata"].Properties = new Dictionary<string, V1JSONSchemaProps> { ["name"] = new() { Type = "string" } } },
        { "status.conditions", s => s.Properties["status"].Properties["conditions"].XKubernetesListType = null },
        { "list-map key 'type'", s => ((V1JSONSchemaProps)s.Properties["status"].Properties["conditions"].Items).Required = null },
        { "RE2", s => Spec(s).Properties["name"].Pattern = "^(?!admin).*$" },
        { "does not compile", s => Spec(s).Properties["name"].Pattern = "([a-z" },
        { "format 'email-ish'", s => Spec(s).Properties["name"].Format = "email-ish" },
        { "required field 'missing'", s => Spec(s).Required = ["missing"] },
        { "additionalProperties is not allowed at the root", s => s.AdditionalProperties = new V1JSONSchemaProps { Type = "string" } },
    };

    [Theory]
    [MemberData(nameof(Violations))]
    public void Check_ReportsViolation(string expected, Action<V1JSONSchemaProps> breakSchema)
    {
        var schema = Valid();
        breakSchema(schema);

        var violations = StructuralSchemaRules.Check(schema);

        Assert.Contains(violations, v => v.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ReadsItemsThatCameBackFromYamlAsDictionaries()
    {
        var schema = Valid();
        Spec(schema).Properties["tags"].Items = new Dictionary<object, object> { ["description"] = "no type" };

        Assert.Contains(StructuralSchemaRules.Check(schema), v => v.StartsWith("spec.tags[]: every node needs a type", StringComparison.Ordinal));
    }

    private static V1JSONSchemaProps Spec(V1JSONSchemaProps root) => root.Properties["spec"];

    private static V1JSONSchemaProps Valid() => new()
    {
        Type = "object",
        Properties = new Dictionary<string, V1JSONSchemaProps>
        {
            ["metadata"] = new() { Type = "object" },
            ["spec"] = new()
            {
                Type = "object",
                Required = ["name"],
                Properties = new Dictionary<string, V1JSONSchemaProps>
                {
                    ["name"] = new() { Type = "string", Pattern = "^[a-z]+$" },
                    ["tags"] = new() { Type = "array", Items = new V1JSONSchemaProps { Type = "string" } },
                    ["labels"] = new() { Type = "object", AdditionalProperties = new V1JSONSchemaProps { Type = "string" } },
                },
            },
            ["status"] = new()
            {
                Type = "object",
                Properties = new Dictionary<string, V1JSONSchemaProps>
                {
                    ["conditions"] = new()
                    {
                        Type = "array",
                        XKubernetesListType = "map",
                        XKubernetesListMapKeys = ["type"],
                        Items = new V1JSONSchemaProps
                        {
                            Type = "object",
                            Required = ["type"],
                            Properties = new Dictionary<string, V1JSONSchemaProps> { ["type"] = new() { Type = "string" } },
                        },
                    },
                },
            },
        },
    };
}
