using ContentOps.Core.Knowledge.Classification;
using ContentOps.Core.Knowledge.Embeddings;
using ContentOps.Core.Knowledge.Text;

namespace ContentOps.Operator.Knowledge;

/// <summary>
/// The embedded classifier over the built-in taxonomy, made on first use and shared by the process (loading jieba's
/// dictionary and embedding the labelled examples takes about a second; it is immutable afterwards).
/// </summary>
internal static class KnowledgeClassifiers
{
    private static readonly Lazy<ChineseTokenizer> _tokenizer = new(() => new ChineseTokenizer());
    private static readonly Lazy<EmbeddedClassifier> _default = new(() => new EmbeddedClassifier(TaxonomyLoader.BuiltIn(), new HashedNgramEmbeddingGenerator(_tokenizer.Value)));

    public static ChineseTokenizer Tokenizer => _tokenizer.Value;

    public static EmbeddedClassifier Default => _default.Value;
}
