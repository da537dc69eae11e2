using Newtonsoft.Json.Linq;

namespace ContentOps.Operator.Tests.Crds;

public sealed class YamlCoreSchemaJsonTests
{
    [Theory]
    [InlineData("v: 42", JTokenType.Integer)]
    [InlineData("v: -7", JTokenType.Integer)]
    [InlineData("v: 0x1F", JTokenType.Integer)]
    [InlineData("v: 0.35", JTokenType.Float)]
    [InlineData("v: 1e3", JTokenType.Float)]
    [InlineData("v: .inf", JTokenType.Float)]
    [InlineData("v: true", JTokenType.Boolean)]
    [InlineData("v: False", JTokenType.Boolean)]
    [InlineData("v: ~", JTokenType.Null)]
    [InlineData("v:", JTokenType.Null)]
    [InlineData("v: \"42\"", JTokenType.String)]
    [InlineData("v: '0.35'", JTokenType.String)]
    [InlineData("v: !!str 42", JTokenType.String)]
    [InlineData("v: yes", JTokenType.String)]
    [InlineData("v: 2026-12-01", JTokenType.String)]
    [InlineData("v: 2026-12-01T09:30:00+08:00", JTokenType.String)]
    [InlineData("v: 21:00", JTokenType.String)]
    [InlineData("v: |\n  42\n", JTokenType.String)]
    public void Scalar_IsTypedByTheYamlCoreSchemaOnly(string yaml, JTokenType expected)
    {
        var document = YamlCoreSchemaJson.LoadAll(yaml).Single();

        Assert.Equal(expected, document["v"]!.Type);
    }

    [Fact]
    public void MultiDocumentStream_GivesOneTokenPerDocument()
    {
        var documents = YamlCoreSchemaJson.LoadAll("a: 1\n---\nb: [x, 2]\n");

        Assert.Equal(2, documents.Count);
        Assert.Equal(JTokenType.Integer, documents[1]["b"]![1]!.Type);
    }
}
