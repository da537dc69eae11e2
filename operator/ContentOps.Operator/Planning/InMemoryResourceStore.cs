using ContentOps.Core.Api;
using ContentOps.Operator.Stores;

namespace ContentOps.Operator.Planning;

/// <summary>
/// A resource store that lives only as long as one plan: the reconcile steps read their dependencies from it and
/// any write stays in memory, so planning can run the real steps without touching the state folder.
/// </summary>
internal sealed class InMemoryResourceStore : IResourceStore
{
    private readonly Dictionary<ResourceKey, Resource> _resources = [];

    public InMemoryResourceStore(IEnumerable<Resource> resources)
    {
        foreach (var resource in resources)
        {
            _resources[resource.Key] = resource;
        }
    }

    public IEnumerable<Resource> All => _resources.Values.OrderBy(r => r.Key.Namespace, StringComparer.Ordinal).ThenBy(r => r.Key.Name, StringComparer.Ordinal);

    public Resource? Get(ResourceKey key) => _resources.GetValueOrDefault(key);

    public IReadOnlyList<Resource> List(string kind, string? ns = null) =>
        [.. All.Where(r => r.Kind == kind && (ns is null || r.Key.Namespace == ns))];

    public Task<bool> UpdateStatusAsync(ResourceKey key, ResourceStatus status, CancellationToken cancellationToken)
    {
        // Only pieces carry a status the planner reads back; other kinds' statuses are not part of a plan.
        if (_resources.GetValueOrDefault(key) is not Core.Api.ContentPieces.ContentPiece piece
            || status is not Core.Api.ContentPieces.ContentPieceStatus pieceStatus)
        {
            return Task.FromResult(false);
        }

        piece.Status = pieceStatus;
        return Task.FromResult(true);
    }

    public Task AddFinalizerAsync(ResourceKey key, string finalizer, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task RemoveFinalizerAsync(ResourceKey key, string finalizer, CancellationToken cancellationToken) => Task.CompletedTask;
}
