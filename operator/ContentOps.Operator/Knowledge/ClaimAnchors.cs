using ContentOps.Core.Api.Claims;

namespace ContentOps.Operator.Knowledge;

/// <summary>A library's claims anchored to their sources, as ClaimLibrary.status lists them.</summary>
internal static class ClaimAnchors
{
    public static IReadOnlyList<ClaimAnchor> Of(KnowledgeBase knowledge, ClaimLibrary library)
    {
        var anchors = new List<ClaimAnchor>();
        foreach (var claim in library.Spec.Claims.Where(c => c.Status != "withdrawn"))
        {
            if (KnowledgeDiagnostics.Substantiate(knowledge, library.Metadata.EffectiveNamespace, claim) is not { Closest: { } anchor } result)
            {
                continue;
            }

            anchors.Add(new ClaimAnchor
            {
                Claim = claim.Id,
                Reference = anchor.Reference,
                File = anchor.Passage.File,
                Page = anchor.Passage.Page,
                Section = anchor.Passage.Section,
                Text = anchor.Text.Length <= 300 ? anchor.Text : anchor.Text[..299] + "…",
                Missing = result.Missing.Count == 0 ? null : [.. result.Missing.Select(f => f.Text)],
            });
        }

        return anchors;
    }
}
