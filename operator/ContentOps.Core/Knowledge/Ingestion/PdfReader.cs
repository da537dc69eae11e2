using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace ContentOps.Core.Knowledge.Ingestion;

/// <summary>PDF (PdfPig): the text of each page in reading order; headings carry across pages; blocks keep their page.</summary>
public sealed class PdfReader : IDocumentReader
{
    /// <inheritdoc />
    public IReadOnlyList<DocumentBlock> Read(byte[] content)
    {
        try
        {
            using var document = PdfDocument.Open(content);
            var blocks = new List<DocumentBlock>();
            string? section = null;
            foreach (var page in document.GetPages())
            {
                var text = ContentOrderTextExtractor.GetText(page);
                var pageBlocks = PlainTextReader.Blocks(text.Replace("\r", "", StringComparison.Ordinal), page.Number, section);
                blocks.AddRange(pageBlocks);
                section = pageBlocks.Count > 0 ? pageBlocks[^1].Section : LastHeading(text) ?? section;
            }

            return blocks;
        }
        catch (Exception e) when (e is not UnreadableDocumentException and not OutOfMemoryException)
        {
            throw new UnreadableDocumentException($"the PDF could not be read ({e.Message})", e);
        }
    }

    private static string? LastHeading(string text) =>
        text.Split('\n').Select(SectionHeadings.Match).LastOrDefault(h => h is not null);
}
