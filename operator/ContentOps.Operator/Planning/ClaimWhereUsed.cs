using ContentOps.Core.Api;
using ContentOps.Core.Api.Claims;
using ContentOps.Core.Api.ContentPieces;

namespace ContentOps.Operator.Planning;

/// <summary>
/// The where-used section of a claim library's plan: for each claim the plan changes or retracts, the pieces that
/// state it and the channels they are live on, so a reviewer sees what the change regenerates and what the
/// retraction takes down before it merges.
/// </summary>
internal static class ClaimWhereUsed
{
    /// <param name="old">The library at base.</param>
    /// <param name="current">The library at head.</param>
    /// <param name="pieces">The pieces declared at base and head (head wins).</param>
    /// <param name="previous">What is live now: applied statuses, or what base would have published.</param>
    /// <param name="locator">Where head declares the library.</param>
    public static IReadOnlyList<PlanNote> Of(
        ClaimLibrary old, ClaimLibrary current, IReadOnlyList<ContentPiece> pieces,
        IReadOnlyDictionary<ResourceKey, ContentPieceStatus> previous, DeclarationLocator locator)
    {
        var notes = new List<PlanNote>();
        var before = old.Spec.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var after = current.Spec.Claims.Select((c, i) => (Claim: c, Index: i)).ToDictionary(c => c.Claim.Id, StringComparer.Ordinal);
        var ns = current.Metadata.EffectiveNamespace;
        foreach (var id in before.Keys.Union(after.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var was = before.GetValueOrDefault(id);
            var now = after.TryGetValue(id, out var found) ? found.Claim : null;
            var what = What(was, now);
            if (what is null)
            {
                continue;
            }

            var stating = pieces.Where(p => p.Metadata.EffectiveNamespace == ns && p.Spec.Claims.Contains(id, StringComparer.Ordinal))
                .Select(p => (Name: $"{ns}/{p.Metadata.Name}", Live: PiecePlanner.LiveChannels(previous.GetValueOrDefault(p.Key))))
                .OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
            var location = now is null ? locator.Locate(current.Key) : locator.Locate(current.Key, $"spec.claims[{found.Index}]");
            notes.Add(new PlanNote(Describe(id, what, stating), location));
        }

        return notes;
    }

    private static string? What(Claim? was, Claim? now) =>
        was is null ? null
        : now is null ? "removed"
        : was.Status == "approved" && now.Status != "approved" ? now.Status
        : FieldDiff.Compare(was, now, "claim").Count > 0 ? "changed"
        : null;

    private static string Describe(string id, string what, IReadOnlyList<(string Name, IReadOnlyList<string> Live)> stating)
    {
        if (stating.Count == 0)
        {
            return $"claim {id} {what}: stated by no piece";
        }

        var live = stating.Where(p => p.Live.Count > 0).ToList();
        var pieces = string.Join(", ", stating.Select(p => p.Live.Count > 0 ? $"{p.Name} (live on {string.Join(", ", p.Live)})" : $"{p.Name} (not live)"));
        return what == "changed"
            ? $"claim {id} changed: regenerates {stating.Count} piece(s): {pieces}"
            : $"claim {id} {what}: withdraws {live.Count} live piece(s) from {LiveSummary(live)}; stated by {pieces}";
    }

    private static string LiveSummary(IReadOnlyList<(string Name, IReadOnlyList<string> Live)> live) =>
        live.Count == 0 ? "no channel" : string.Join(", ", live.SelectMany(p => p.Live).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
}
