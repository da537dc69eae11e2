using System.Collections.Concurrent;
using System.Text.Json;
using ContentOps.Core.Knowledge.Ingestion;

namespace ContentOps.Operator.Knowledge;

/// <summary>
/// The passage digest cache in the state folder (<c>knowledge/passages/&lt;digest&gt;.json</c>): a source file whose
/// bytes were read in an earlier run is not parsed again (PDFs are the slow part). Content-addressed, so entries
/// never go stale; a corrupt entry is a miss.
/// </summary>
internal sealed class FilePassageCache(string folder) : IPassageCache
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<DocumentBlock>> _memory = new(StringComparer.Ordinal);

    public IReadOnlyList<DocumentBlock>? Get(string digest)
    {
        if (_memory.TryGetValue(digest, out var blocks))
        {
            return blocks;
        }

        var path = PathOf(digest);
        try
        {
            if (File.Exists(path) && JsonSerializer.Deserialize<List<DocumentBlock>>(File.ReadAllText(path)) is { } read)
            {
                return _memory[digest] = read;
            }
        }
        catch (JsonException)
        {
            // A torn or foreign file: read the source again and overwrite it.
        }

        return null;
    }

    public void Set(string digest, IReadOnlyList<DocumentBlock> blocks)
    {
        _memory[digest] = blocks;
        Directory.CreateDirectory(folder);
        var path = PathOf(digest);
        var temp = $"{path}.{Environment.ProcessId}.tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(blocks));
        File.Move(temp, path, overwrite: true);
    }

    private string PathOf(string digest) =>
        Path.Combine(folder, string.Concat(digest.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')) + ".json");
}
