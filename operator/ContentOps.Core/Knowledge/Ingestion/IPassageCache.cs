namespace ContentOps.Core.Knowledge.Ingestion;

/// <summary>Blocks already read, by file digest: only files whose bytes changed are read again.</summary>
public interface IPassageCache
{
    /// <summary>The blocks of a file with this digest, if it was read before.</summary>
    IReadOnlyList<DocumentBlock>? Get(string digest);

    /// <summary>Remembers the blocks of a file with this digest.</summary>
    void Set(string digest, IReadOnlyList<DocumentBlock> blocks);
}
