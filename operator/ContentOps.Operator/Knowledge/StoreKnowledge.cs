using ContentOps.Core.Knowledge.Ingestion;
using ContentOps.Operator.Stores;

namespace ContentOps.Operator.Knowledge;

/// <summary>The KnowledgeSources of a namespace as the store holds them, ingested from the files under the declarations root.</summary>
internal sealed class StoreKnowledge(IResourceStore store, string declarationsRoot, KnowledgeIngestor ingestor)
{
    public KnowledgeBase InNamespace(string ns) => KnowledgeBase.Build(declarationsRoot, store.List("KnowledgeSource", ns), ingestor);
}
