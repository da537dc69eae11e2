namespace ContentOps.Core.Knowledge.Ingestion;

/// <summary>A paragraph as a reader found it, with its page and the heading above it.</summary>
public sealed record DocumentBlock(int? Page, string? Section, string Text);
