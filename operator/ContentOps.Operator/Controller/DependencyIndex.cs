using System.Collections.Immutable;
using ContentOps.Core.Api;
using Microsoft.Extensions.Logging;

namespace ContentOps.Operator.Controller;

/// <summary>
/// Maps a changed resource to the keys that must be reconciled again, through functions registered per kind
/// (e.g. a SopPolicy to the pieces it selects). Kind-agnostic: what depends on what is the registrants' knowledge.
/// </summary>
internal sealed class DependencyIndex(ILogger<DependencyIndex> logger)
{
    private readonly Lock _lock = new();

    // Copied on write: registrations happen at start, lookups on every change from any thread.
    private ImmutableDictionary<string, ImmutableArray<Func<ResourceKey, IEnumerable<ResourceKey>>>> _maps =
        ImmutableDictionary.Create<string, ImmutableArray<Func<ResourceKey, IEnumerable<ResourceKey>>>>(StringComparer.Ordinal);

    /// <summary>
    /// When a resource of <paramref name="kind"/> changes, <paramref name="map"/> yields the keys to requeue. It is
    /// also called for a deleted resource, so it must not rely on the resource still existing.
    /// </summary>
    public void Watch(string kind, Func<ResourceKey, IEnumerable<ResourceKey>> map)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        lock (_lock)
        {
            var existing = _maps.GetValueOrDefault(kind, []);
            _maps = _maps.SetItem(kind, existing.Add(map));
        }
    }

    /// <summary>The keys that depend on <paramref name="changed"/>, each once, in the order the maps yield them.</summary>
    public IReadOnlyList<ResourceKey> DependentsOf(ResourceKey changed)
    {
        if (!_maps.TryGetValue(changed.Kind, out var maps))
        {
            return [];
        }

        var seen = new HashSet<ResourceKey>();
        var dependents = new List<ResourceKey>();
        foreach (var map in maps)
        {
            try
            {
                foreach (var key in map(changed))
                {
                    if (key != changed && seen.Add(key))
                    {
                        dependents.Add(key);
                    }
                }
            }
            catch (Exception exception)
            {
                // One broken mapping must not hide the dependents the others find.
                logger.DependencyMappingFailed(exception, changed.Kind, changed.Namespace, changed.Name);
            }
        }

        return dependents;
    }
}
