using ContentOps.Core.Api;
using ContentOps.Core.Api.Claims;
using ContentOps.Core.Api.Policies;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ContentOps.Operator.Cli.Review;

/// <summary>
/// Minimal YAML reading for <c>contentops review</c>: documents of the wanted kind are deserialised with camelCase
/// names; an unknown field is an error naming file, line and column. Other kinds in the same files are skipped.
/// </summary>
internal sealed class YamlPolicySource : IPolicySource
{
    private readonly IDeserializer _deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .WithTypeConverter(new DateOnlyYamlConverter())
        .WithNodeTypeResolver(new ReadOnlyCollectionTypeResolver())
        .Build();

    public LoadResult<SopPolicy> LoadPolicies(string path) => Load<SopPolicy>(path, "SopPolicy");

    public LoadResult<ClaimLibrary> LoadClaimLibraries(string path) => Load<ClaimLibrary>(path, "ClaimLibrary");

    private LoadResult<T> Load<T>(string path, string kind)
        where T : Resource
    {
        var items = new List<T>();
        var errors = new List<string>();
        var origins = new Dictionary<T, string>(ReferenceEqualityComparer.Instance);
        foreach (var file in Files(path, errors))
        {
            try
            {
                var before = items.Count;
                ReadFile(file, kind, items);
                foreach (var item in items.Skip(before))
                {
                    origins[item] = file;
                }
            }
            catch (YamlException e)
            {
                var reason = e.InnerException?.Message ?? e.Message;
                errors.Add($"{file}:{e.Start.Line}:{e.Start.Column}: error: {reason}");
            }
            catch (IOException e)
            {
                errors.Add($"{file}: error: {e.Message}");
            }
        }

        return new LoadResult<T>(items, errors, origins);
    }

    private void ReadFile<T>(string file, string kind, List<T> items)
        where T : Resource
    {
        var text = File.ReadAllText(file);
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        var kinds = stream.Documents.Select(d => d.RootNode is YamlMappingNode map && map.Children.TryGetValue("kind", out var k) ? k.ToString() : "").ToList();
        var parser = new Parser(new StringReader(text));
        parser.Consume<StreamStart>();
        foreach (var documentKind in kinds)
        {
            if (documentKind == kind)
            {
                items.Add(_deserializer.Deserialize<T>(parser));
                continue;
            }

            parser.Consume<DocumentStart>();
            parser.SkipThisAndNestedEvents();
            parser.Consume<DocumentEnd>();
        }
    }

    private static IEnumerable<string> Files(string path, List<string> errors)
    {
        if (File.Exists(path))
        {
            return [path];
        }

        if (Directory.Exists(path))
        {
            return Directory.EnumerateFiles(path, "*.*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}.", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal);
        }

        errors.Add($"{path}: error: no such file or directory");
        return [];
    }
}
