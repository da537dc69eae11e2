using System.Collections.Concurrent;
using ContentOps.Core.Digests;
using ContentOps.Operator.Stores;

namespace ContentOps.Operator.Planning;

/// <summary>
/// Artifacts of one plan, in memory. Reads fall back to the applied state's artifacts (read-only), so content
/// that does not change is reviewed from what was really generated; writes never reach the state folder.
/// </summary>
internal sealed class InMemoryArtifactStore(IArtifactStore? fallback = null) : IArtifactStore
{
    private readonly ConcurrentDictionary<string, string> _artifacts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _reports = new(StringComparer.Ordinal);

    /// <summary>Review reports the steps would have written, by relative path.</summary>
    public IReadOnlyDictionary<string, string> Reports => _reports;

    public Task<string> PutAsync(string content, CancellationToken cancellationToken)
    {
        var digest = ContentDigest.Of(content);
        _artifacts.TryAdd(digest, content);
        return Task.FromResult(digest);
    }

    public async Task<string?> GetAsync(string digest, CancellationToken cancellationToken) =>
        _artifacts.TryGetValue(digest, out var content)
            ? content
            : fallback is null ? null : await fallback.GetAsync(digest, cancellationToken);

    public Task WriteReportAsync(string relativePath, string content, CancellationToken cancellationToken)
    {
        _reports[relativePath] = content;
        return Task.CompletedTask;
    }
}
