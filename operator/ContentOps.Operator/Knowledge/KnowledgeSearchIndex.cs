using ContentOps.Core.Api.Claims;
using ContentOps.Core.Knowledge.Retrieval;
using ContentOps.Core.Knowledge.Text;

namespace ContentOps.Operator.Knowledge;

/// <summary>The claims and source passages of a set of declarations, indexed for hybrid search (search, plan, generation).</summary>
internal static class KnowledgeSearchIndex
{
    public static KnowledgeIndex Build(IEnumerable<ClaimLibrary> libraries, KnowledgeBase knowledge, ChineseTokenizer tokenizer)
    {
        var index = KnowledgeIndex.CreateInMemory(tokenizer);
        index.Add(
        [
            .. KnowledgeRecords.FromClaims(libraries),
            .. knowledge.Sources.SelectMany(s => KnowledgeRecords.FromPassages(s.Passages, s.Source.Spec.Product, s.Source.Spec.Expires, CategoryOf())),
        ]);
        return index;
    }

    private static Func<Core.Knowledge.Ingestion.Passage, string?> CategoryOf()
    {
        var classifier = KnowledgeClassifiers.Default;
        return passage => classifier.Classify(passage.Text).FirstOrDefault(c => c.Dimension == PassageClasses.ReportedDimension)?.Class;
    }
}
