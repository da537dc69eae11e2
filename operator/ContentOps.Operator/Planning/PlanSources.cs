using ContentOps.Core.Api;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Operator.Declarations;
using ContentOps.Operator.Declarations.Diagnostics;
using ContentOps.Operator.Stores.Local;

namespace ContentOps.Operator.Planning;

/// <summary>Builds the sides of a plan from declarations (work tree or Git revision) or from an applied state folder, read-only.</summary>
internal static class PlanSources
{
    public static PlanSide FromDeclarations(DeclarationSet set, string? revision, DiagnosticPaths paths)
    {
        var commit = set.SourceRevision is { } sha ? sha[..Math.Min(7, sha.Length)] : null;
        var description = revision is not null
            ? $"{revision} ({commit})"
            : "work tree" + (commit is null ? "" : $" at {commit}") + (set.SourceDirty ? " with uncommitted changes" : "");
        return new PlanSide(description, [.. set.Resources.Select(d => d.Resource)], new Dictionary<ResourceKey, ContentPieceStatus>(),
            new DeclarationLocator(set.Resources, paths));
    }

    /// <summary>
    /// The last applied state: resources as last synced (their declared spec) with their statuses. Opened so that
    /// the folder stays byte-identical and a running <c>contentops run --watch</c> is not disturbed (no lock).
    /// </summary>
    public static PlanSide FromState(string folder, string display)
    {
        using var state = LocalStateStore.Open(folder, new LocalStateOptions { ReadOnly = true, Untouched = true });
        var resources = ResourceKinds.All.Select(Resource.KindOf).SelectMany(kind => state.Resources.List(kind)).ToList();
        var statuses = resources.OfType<ContentPiece>().Where(p => p.Status is not null).ToDictionary(p => p.Key, p => p.Status!);

        // Only read from (GetAsync): renditions of unchanged content are reviewed as they were really generated.
        var artifacts = new FileArtifactStore(Path.GetFullPath(folder));
        return new PlanSide($"applied state in {display}", resources, statuses, DeclarationLocator.None, artifacts);
    }
}
