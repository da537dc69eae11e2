using System.Security.Cryptography;

namespace ContentOps.Core.Knowledge.Ingestion;

/// <summary>
/// Reads a source's files into passages. A file whose digest the cache knows is not parsed again; a file that
/// cannot be read yields no passages and a problem naming why, never an exception.
/// </summary>
public sealed class KnowledgeIngestor(IPassageCache cache, PassageSplitter splitter)
{
    /// <summary>An ingestor with a process-local cache and the default passage size.</summary>
    public KnowledgeIngestor()
        : this(new MemoryPassageCache(), new PassageSplitter())
    {
    }

    /// <summary>The file extensions ingestion reads.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".md", ".markdown", ".txt", ".pdf", ".docx"];

    /// <summary>Ingests one file of the source <paramref name="source"/> (<c>namespace/name</c>).</summary>
    public IngestedFile Ingest(string source, SourceFile file)
    {
        if (file.Content is null)
        {
            return new IngestedFile(file.Path, null, [], file.Problem ?? "the file could not be read", false);
        }

        var digest = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(file.Content));
        var cached = cache.Get(digest);
        var blocks = cached;
        if (blocks is null)
        {
            if (ReaderFor(file.Path) is not { } reader)
            {
                return new IngestedFile(file.Path, digest, [], $"'{Path.GetExtension(file.Path)}' files are not read; use one of {string.Join(", ", Extensions)}", false);
            }

            try
            {
                blocks = reader.Read(file.Content);
            }
            catch (UnreadableDocumentException e)
            {
                return new IngestedFile(file.Path, digest, [], e.Message, false);
            }

            cache.Set(digest, blocks);
        }

        var passages = splitter.Split(source, file.Path, blocks);
        return passages.Count == 0
            ? new IngestedFile(file.Path, digest, [], "the file holds no text (a scanned PDF needs OCR first)", cached is not null)
            : new IngestedFile(file.Path, digest, passages, null, cached is not null);
    }

    private static IDocumentReader? ReaderFor(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".md" or ".markdown" => new MarkdownReader(),
        ".txt" => new PlainTextReader(),
        ".pdf" => new PdfReader(),
        ".docx" => new DocxReader(),
        _ => null,
    };
}
