using ContentOps.Core.Api;
using ContentOps.Core.Api.Claims;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Operator.Knowledge;
using ContentOps.Operator.Stores;

namespace ContentOps.Operator.Reconcilers;

/// <summary>Counts usable and retired claims and checks that every cited reference exists.</summary>
internal sealed class ClaimLibraryReconciler(IResourceStore store, TimeProvider time, StoreKnowledge? knowledge = null)
    : StatusReconciler<ClaimLibrary>(store, time)
{
    private readonly TimeProvider _time = time;

    public override string Kind => "ClaimLibrary";

    protected override IReadOnlyList<Condition>? PreviousConditions(ClaimLibrary resource) => resource.Status?.Conditions;

    protected override ResourceStatus Observe(ClaimLibrary library, ConditionSet conditions)
    {
        var today = DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);
        var usable = library.Spec.Claims.Count(c => c.Status == "approved" && (c.Expires is null || c.Expires >= today));
        var references = library.Spec.References.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var dangling = library.Spec.Claims.SelectMany(c => (c.References ?? []).Where(r => !references.Contains(r)).Select(r => $"{c.Id}→{r}")).ToList();
        if (dangling.Count > 0)
        {
            conditions.Set(ConditionTypes.Ready, false, ConditionReasons.MissingDependency, $"Claims cite unknown references: {string.Join(", ", dangling)}.");
        }
        else
        {
            conditions.Set(ConditionTypes.Ready, true, ConditionReasons.Valid, $"{usable} usable claim(s).");
        }

        var pieces = InNamespace<ContentPiece>("ContentPiece", library).ToList();
        var usedBy = WhereUsed.Of([library, .. pieces], pieces.ToDictionary(p => p.Key)).Where(u => u.Pieces.Count > 0).Select(u => u.ToStatus()).ToList();
        var anchors = knowledge is null ? [] : ClaimAnchors.Of(knowledge.InNamespace(library.Metadata.EffectiveNamespace), library);
        return new ClaimLibraryStatus
        {
            Anchors = anchors.Count == 0 ? null : anchors,
            UnsubstantiatedClaims = anchors.Count == 0 ? null : anchors.Count(a => a.Missing is { Count: > 0 }),
            ObservedGeneration = library.Metadata.Generation,
            Conditions = conditions.ToList(),
            ApprovedClaims = usable,
            RetiredClaims = library.Spec.Claims.Count - usable,
            UsedBy = usedBy.Count == 0 ? null : usedBy,
        };
    }
}
