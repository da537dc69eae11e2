namespace ContentOps.Core.Knowledge.Ingestion;

/// <summary>A stretch of a source document small enough to anchor a claim and to be recalled on its own.</summary>
/// <param name="Id">Stable id: <c>source#file:ordinal</c>.</param>
/// <param name="Source">The KnowledgeSource's <c>namespace/name</c>.</param>
/// <param name="File">The file, relative to the declarations, '/' separated.</param>
/// <param name="Page">1-based page for paged documents (PDF); null otherwise.</param>
/// <param name="Section">The heading the passage sits under (e.g. 【适应症】, "## 主要终点"), or null.</param>
/// <param name="Text">The passage's text, whitespace collapsed.</param>
public sealed record Passage(string Id, string Source, string File, int? Page, string? Section, string Text)
{
    /// <summary>Where the passage is, as people cite it: <c>file p.3 §【用法用量】</c>.</summary>
    public string Location =>
        File + (Page is { } page ? $" p.{page}" : "") + (Section is { Length: > 0 } section ? $" §{section}" : "");
}
