using ContentOps.Core.Api.Knowledge;
using ContentOps.Core.Knowledge.Ingestion;

namespace ContentOps.Operator.Knowledge;

/// <summary>A KnowledgeSource with what ingestion made of its files.</summary>
/// <param name="Source">The resource.</param>
/// <param name="Files">Every file read (or not), in path order.</param>
/// <param name="MissingEntries">spec.files entries that name nothing readable, with why.</param>
internal sealed record IngestedSource(KnowledgeSource Source, IReadOnlyList<(int Entry, IngestedFile File)> Files, IReadOnlyList<(int Entry, string Problem)> MissingEntries)
{
    public string Key => $"{Source.Metadata.EffectiveNamespace}/{Source.Metadata.Name}";

    public IReadOnlyList<Passage> Passages { get; } = [.. Files.SelectMany(f => f.File.Passages)];

    /// <summary>The reference ids the source is the document of: spec.references, else its name.</summary>
    public IReadOnlyList<string> References => Source.Spec.References is { Count: > 0 } ids ? ids : [Source.Metadata.Name];

    private PassageClasses? _classes;

    /// <summary>The passages classified (computed once per ingestion).</summary>
    public PassageClasses Classes(Core.Knowledge.Classification.EmbeddedClassifier classifier) => _classes ??= PassageClasses.Of(Passages, classifier);

    public bool IsExpired(DateOnly today) => Source.Spec.Expires is { } expires && expires < today;
}
