using ContentOps.Core.Knowledge.Classification;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ContentOps.Operator.Knowledge;

/// <summary>Reads a taxonomy YAML (the built-in one, embedded in the executable, or a file given by the user).</summary>
internal static class TaxonomyLoader
{
    private const string BuiltInResource = "ContentOps.Operator.Knowledge.taxonomy.yaml";

    /// <summary>The taxonomy shipped with ContentOps (operator/ContentOps.Operator/Knowledge/taxonomy.yaml).</summary>
    public static Taxonomy BuiltIn()
    {
        using var stream = typeof(TaxonomyLoader).Assembly.GetManifestResourceStream(BuiltInResource)
            ?? throw new InvalidOperationException($"{BuiltInResource} is not embedded");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>Parses taxonomy YAML: <c>dimensions: [{name, description, classes: [{id, keywords, examples}]}]</c>.</summary>
    public static Taxonomy Parse(string yaml)
    {
        var document = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build().Deserialize<TaxonomyDocument>(yaml)
            ?? throw new InvalidDataException("the taxonomy is empty");
        return new Taxonomy(
        [
            .. document.Dimensions.Select(d => new TaxonomyDimension(
                d.Name ?? throw new InvalidDataException("a taxonomy dimension has no name"), d.Description,
                [.. d.Classes.Select(c => new TaxonomyClass(c.Id ?? throw new InvalidDataException($"a class of {d.Name} has no id"), c.Keywords, c.Examples))])),
        ]);
    }

    private sealed class TaxonomyDocument
    {
        public List<DimensionDocument> Dimensions { get; set; } = [];
    }

    private sealed class DimensionDocument
    {
        public string? Name { get; set; }

        public string? Description { get; set; }

        public List<ClassDocument> Classes { get; set; } = [];
    }

    private sealed class ClassDocument
    {
        public string? Id { get; set; }

        public List<string> Keywords { get; set; } = [];

        public List<string> Examples { get; set; } = [];
    }
}
