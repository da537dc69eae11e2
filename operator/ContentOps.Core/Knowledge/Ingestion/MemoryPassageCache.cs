using System.Collections.Concurrent;

namespace ContentOps.Core.Knowledge.Ingestion;

/// <summary>A cache for one process (validate, plan, search).</summary>
public sealed class MemoryPassageCache : IPassageCache
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<DocumentBlock>> _blocks = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public IReadOnlyList<DocumentBlock>? Get(string digest) => _blocks.GetValueOrDefault(digest);

    /// <inheritdoc />
    public void Set(string digest, IReadOnlyList<DocumentBlock> blocks) => _blocks[digest] = blocks;
}
