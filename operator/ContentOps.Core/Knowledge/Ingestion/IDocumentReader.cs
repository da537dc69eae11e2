namespace ContentOps.Core.Knowledge.Ingestion;

/// <summary>Turns one file's bytes into paragraphs; throws <see cref="UnreadableDocumentException"/> when it cannot.</summary>
public interface IDocumentReader
{
    /// <summary>The paragraphs of the document, in reading order.</summary>
    IReadOnlyList<DocumentBlock> Read(byte[] content);
}
