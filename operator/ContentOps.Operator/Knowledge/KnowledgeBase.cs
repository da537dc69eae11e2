using ContentOps.Core.Api;
using ContentOps.Core.Api.Knowledge;
using ContentOps.Core.Knowledge.Ingestion;

namespace ContentOps.Operator.Knowledge;

/// <summary>Every KnowledgeSource of a set of declarations, ingested: the passages claims are anchored to and recall searches.</summary>
internal sealed class KnowledgeBase(IReadOnlyList<IngestedSource> sources)
{
    public IReadOnlyList<IngestedSource> Sources => sources;

    /// <summary>Ingests the sources among <paramref name="resources"/>, reading their files under <paramref name="root"/>.</summary>
    public static KnowledgeBase Build(string root, IEnumerable<Resource> resources, KnowledgeIngestor ingestor)
    {
        var sources = new List<IngestedSource>();
        foreach (var source in resources.OfType<KnowledgeSource>())
        {
            var files = KnowledgeFileReader.Read(root, source.Spec.Files, out var missing);
            var key = $"{source.Metadata.EffectiveNamespace}/{source.Metadata.Name}";
            sources.Add(new IngestedSource(source, [.. files.Select(f => (f.Entry, ingestor.Ingest(key, f.File)))], missing));
        }

        return new KnowledgeBase(sources);
    }

    /// <summary>The passages of the sources in <paramref name="ns"/> that are the document of reference <paramref name="referenceId"/>.</summary>
    public IReadOnlyList<Passage> PassagesOf(string ns, string referenceId) =>
        [.. sources.Where(s => s.Source.Metadata.EffectiveNamespace == ns && s.References.Contains(referenceId, StringComparer.Ordinal))
            .SelectMany(s => s.Passages)];

    /// <summary>Whether any source in <paramref name="ns"/> is the document of the reference.</summary>
    public bool HasSource(string ns, string referenceId) =>
        sources.Any(s => s.Source.Metadata.EffectiveNamespace == ns && s.References.Contains(referenceId, StringComparer.Ordinal));
}
