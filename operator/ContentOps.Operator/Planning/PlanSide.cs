using ContentOps.Core.Api;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Operator.Stores;

namespace ContentOps.Operator.Planning;

/// <summary>One side of a plan: the declared resources, their last known piece statuses and where they are declared.</summary>
/// <param name="Description">For the plan header, e.g. <c>main~1 (3f1c2ab)</c>.</param>
/// <param name="Statuses">Applied piece statuses (from a state folder); empty when the side comes from Git or nothing.</param>
/// <param name="Artifacts">Applied renditions (from a state folder), read-only; null otherwise.</param>
internal sealed record PlanSide(
    string Description,
    IReadOnlyList<Resource> Resources,
    IReadOnlyDictionary<ResourceKey, ContentPieceStatus> Statuses,
    DeclarationLocator Locator,
    IArtifactStore? Artifacts = null)
{
    public static PlanSide Empty { get; } = new("nothing (everything is new)", [], new Dictionary<ResourceKey, ContentPieceStatus>(), DeclarationLocator.None);

    /// <summary>True when the statuses were really applied, so "live" means published, not merely publishable.</summary>
    public bool IsAppliedState => Artifacts is not null;
}
