namespace ContentOps.Operator.Stores;

/// <summary>Content-addressed artifacts (renditions, review reports): stored under their digest, written once.</summary>
internal interface IArtifactStore
{
    /// <summary>Stores the text under its sha256 digest (atomically; no-op when present) and returns the digest.</summary>
    Task<string> PutAsync(string content, CancellationToken cancellationToken);

    /// <summary>The text stored under a digest, or null.</summary>
    Task<string?> GetAsync(string digest, CancellationToken cancellationToken);

    /// <summary>Writes a human-readable file (e.g. a Markdown review report) under a relative path, replacing it atomically.</summary>
    Task WriteReportAsync(string relativePath, string content, CancellationToken cancellationToken);
}
