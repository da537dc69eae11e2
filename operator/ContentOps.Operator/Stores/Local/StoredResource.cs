using System.Globalization;
using ContentOps.Core.Api;

namespace ContentOps.Operator.Stores.Local;

/// <summary>
/// The cache's copy of one row of the resources table. Mutated only under the database gate. The object the
/// store hands out (<see cref="View"/>) is built on first read and replaced, never changed, on each write, so a
/// reader holding an earlier view keeps a consistent snapshot.
/// </summary>
internal sealed class StoredResource(ResourceKey key, ResourceShape shape)
{
    public ResourceKey Key { get; } = key;

    public ResourceShape Shape { get; } = shape;

    public required string Uid { get; init; }

    public required DateTimeOffset CreationTimestamp { get; init; }

    public long Generation { get; set; }

    public long Version { get; set; }

    public string SpecHash { get; set; } = "";

    public string DeclaredHash { get; set; } = "";

    public DateTimeOffset? DeletionTimestamp { get; set; }

    public IReadOnlyList<string> Finalizers { get; set; } = [];

    public string? StatusHash { get; set; }

    public string? SourceRevision { get; set; }

    /// <summary>The declared object: from this run's declarations, or from last_declared when the state was opened.</summary>
    public Resource? Declared { get; set; }

    /// <summary>Stored status JSON not yet deserialized (kept lazy so opening 10,000 rows stays cheap).</summary>
    public string? StatusJson { get; set; }

    public ResourceStatus? Status { get; set; }

    public Resource? View { get; set; }

    /// <summary>A copy to change and write; the cache swaps it in only once the write has committed.</summary>
    public StoredResource Copy() => new(Key, Shape)
    {
        Uid = Uid,
        CreationTimestamp = CreationTimestamp,
        Generation = Generation,
        Version = Version,
        SpecHash = SpecHash,
        DeclaredHash = DeclaredHash,
        DeletionTimestamp = DeletionTimestamp,
        Finalizers = Finalizers,
        StatusHash = StatusHash,
        SourceRevision = SourceRevision,
        Declared = Declared,
        StatusJson = StatusJson,
        Status = Status,
    };

    /// <summary>The object with store-managed metadata and status; <see cref="Declared"/> must be loaded.</summary>
    public Resource BuildView()
    {
        if (View is not null)
        {
            return View;
        }

        if (StatusJson is not null)
        {
            Status = (ResourceStatus)StateJson.Deserialize(StatusJson, Shape.StatusType);
            StatusJson = null;
        }

        var declared = Declared ?? throw new InvalidOperationException($"{Key} has no declared object loaded.");
        var metadata = declared.Metadata with
        {
            Namespace = Key.Namespace,
            Uid = Uid,
            Generation = Generation,
            ResourceVersion = Version.ToString(CultureInfo.InvariantCulture),
            CreationTimestamp = CreationTimestamp,
            DeletionTimestamp = DeletionTimestamp,
            Finalizers = Finalizers.Count == 0 ? null : Finalizers,
        };
        View = Shape.With(declared, metadata, Status);
        return View;
    }
}
