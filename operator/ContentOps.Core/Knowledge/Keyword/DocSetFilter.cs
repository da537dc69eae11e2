using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ContentOps.Core.Knowledge.Keyword;

/// <summary>A Lucene filter admitting a fixed set of documents (top-level doc ids, ascending), per segment.</summary>
internal sealed class DocSetFilter(int[] docs) : Filter
{
    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
    {
        var bits = new FixedBitSet(context.Reader.MaxDoc);
        var start = Array.BinarySearch(docs, context.DocBase);
        for (var i = start < 0 ? ~start : start; i < docs.Length && docs[i] < context.DocBase + context.Reader.MaxDoc; i++)
        {
            var doc = docs[i] - context.DocBase;
            if (acceptDocs is null || acceptDocs.Get(doc))
            {
                bits.Set(doc);
            }
        }

        return bits;
    }
}
