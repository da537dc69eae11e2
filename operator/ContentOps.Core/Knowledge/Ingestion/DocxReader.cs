using System.IO.Compression;
using System.Text;
using System.Xml;

namespace ContentOps.Core.Knowledge.Ingestion;

/// <summary>Word (.docx): paragraphs of word/document.xml; paragraphs styled as headings start sections.</summary>
public sealed class DocxReader : IDocumentReader
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <inheritdoc />
    public IReadOnlyList<DocumentBlock> Read(byte[] content)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            var entry = archive.GetEntry("word/document.xml") ?? throw new UnreadableDocumentException("the .docx holds no word/document.xml");
            var xml = new XmlDocument { XmlResolver = null };
            using (var stream = entry.Open())
            {
                using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
                xml.Load(reader);
            }

            var names = new XmlNamespaceManager(xml.NameTable);
            names.AddNamespace("w", WordNamespace);
            var blocks = new List<DocumentBlock>();
            string? section = null;
            foreach (XmlNode paragraph in xml.SelectNodes("//w:body//w:p", names)!)
            {
                var text = new StringBuilder();
                foreach (XmlNode run in paragraph.SelectNodes(".//w:t", names)!)
                {
                    text.Append(run.InnerText);
                }

                var line = text.ToString().Trim();
                var style = paragraph.SelectSingleNode("w:pPr/w:pStyle/@w:val", names)?.Value ?? "";
                if (line.Length == 0)
                {
                    continue;
                }

                if (style.StartsWith("Heading", StringComparison.OrdinalIgnoreCase) || SectionHeadings.Match(line) is not null)
                {
                    section = line;
                    continue;
                }

                blocks.Add(new DocumentBlock(null, section, line));
            }

            return blocks;
        }
        catch (Exception e) when (e is InvalidDataException or XmlException)
        {
            throw new UnreadableDocumentException($"the .docx could not be read ({e.Message})", e);
        }
    }
}
