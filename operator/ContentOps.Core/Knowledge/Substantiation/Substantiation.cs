namespace ContentOps.Core.Knowledge.Substantiation;

/// <summary>How a claim is substantiated by the sources of its references.</summary>
/// <param name="ClaimId">The claim.</param>
/// <param name="Facts">Every number and population the claim states.</param>
/// <param name="Anchors">One per cited reference that has a source with passages, best first.</param>
/// <param name="Missing">Facts no anchor states: the claim says more than its references.</param>
public sealed record Substantiation(string ClaimId, IReadOnlyList<ClaimFact> Facts, IReadOnlyList<Anchor> Anchors, IReadOnlyList<ClaimFact> Missing)
{
    /// <summary>True when at least one anchor exists and every fact was found.</summary>
    public bool IsSubstantiated => Anchors.Count > 0 && Missing.Count == 0;

    /// <summary>The anchor that states the most facts (then the most similar): the closest passage.</summary>
    public Anchor? Closest => Anchors.Count == 0 ? null : Anchors[0];
}
