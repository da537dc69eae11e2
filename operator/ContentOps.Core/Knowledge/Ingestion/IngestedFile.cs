namespace ContentOps.Core.Knowledge.Ingestion;

/// <summary>What ingestion made of one file.</summary>
/// <param name="Path">Relative to the declarations.</param>
/// <param name="Digest"><c>sha256:</c> of the bytes; null when the file could not be read.</param>
/// <param name="Passages">The file's passages (empty when unreadable).</param>
/// <param name="Problem">Why the file yielded nothing, or null.</param>
/// <param name="FromCache">True when the passages came from the cache (the digest was seen before).</param>
public sealed record IngestedFile(string Path, string? Digest, IReadOnlyList<Passage> Passages, string? Problem, bool FromCache);
