using System.Text;
using ContentOps.Core.Knowledge.Ingestion;

namespace ContentOps.Core.Tests.Knowledge;

public sealed class DocumentReaderTests
{
    [Fact]
    public void PdfReader_KeepsPageAndSection_OfEachParagraph()
    {
        var blocks = new PdfReader().Read(ExamplePdf.Build());

        var safety = Assert.Single(blocks, b => b.Text.Contains("1.2%", StringComparison.Ordinal));
        Assert.Equal(2, safety.Page);
        Assert.Equal("3. Safety", safety.Section);
        var results = Assert.Single(blocks, b => b.Text.Contains("41.3%", StringComparison.Ordinal));
        Assert.Equal(1, results.Page);
        Assert.Equal("2. Results", results.Section);
    }

    [Fact]
    public void PdfReader_Throws_Unreadable_ForBytesThatAreNoPdf()
    {
        Assert.Throws<UnreadableDocumentException>(() => new PdfReader().Read(Encoding.UTF8.GetBytes("not a pdf at all")));
    }

    [Fact]
    public void MarkdownReader_TakesSectionsFromHeadings()
    {
        var blocks = new MarkdownReader().Read(Encoding.UTF8.GetBytes("# 说明书\n\n## 【用法用量】\n\n推荐剂量为5 mg，\n每日一次。\n\n## 【禁忌】\n\n过敏者禁用。\n"));

        Assert.Equal(["【用法用量】", "【禁忌】"], blocks.Select(b => b.Section));
        Assert.Equal("推荐剂量为5 mg， 每日一次。", blocks[0].Text);
    }

    [Fact]
    public void PlainTextReader_StartsSection_AtLabelHeading()
    {
        var blocks = new PlainTextReader().Read(Encoding.UTF8.GetBytes("【适应症】\n成人2型糖尿病。\n\n【禁忌】\n过敏者禁用。"));

        Assert.Equal([("【适应症】", "成人2型糖尿病。"), ("【禁忌】", "过敏者禁用。")], blocks.Select(b => (b.Section!, b.Text)));
    }

    [Fact]
    public void PlainTextReader_Throws_Unreadable_ForInvalidUtf8()
    {
        Assert.Throws<UnreadableDocumentException>(() => new PlainTextReader().Read([0x41, 0xff, 0xfe]));
    }

    [Fact]
    public void Ingestor_ReadsAFileOnce_PerDigest()
    {
        var ingestor = new KnowledgeIngestor();
        var file = new SourceFile("label.md", Encoding.UTF8.GetBytes("## 【适应症】\n\n成人2型糖尿病。\n"));

        var first = ingestor.Ingest("ns/label", file);
        var second = ingestor.Ingest("ns/label", file);
        var changed = ingestor.Ingest("ns/label", file with { Content = Encoding.UTF8.GetBytes("## 【适应症】\n\n成人1型糖尿病。\n") });

        Assert.False(first.FromCache);
        Assert.True(second.FromCache);
        Assert.False(changed.FromCache);
        Assert.Equal(first.Passages, second.Passages);
    }

    [Fact]
    public void Ingestor_ReportsProblem_ForUnknownExtension_WithoutThrowing()
    {
        var result = new KnowledgeIngestor().Ingest("ns/x", new SourceFile("notes.rtf", [1, 2, 3]));

        Assert.Empty(result.Passages);
        Assert.Contains(".rtf", result.Problem, StringComparison.Ordinal);
    }
}
