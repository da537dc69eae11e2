using ContentOps.Core.Api.Audiences;
using ContentOps.Core.Api.Campaigns;
using ContentOps.Core.Api.Channels;
using ContentOps.Core.Api.Claims;
using ContentOps.Core.Api.ContentPieces;

namespace ContentOps.Core.Generation;

/// <summary>
/// Builds the generation request of one rendition from the declarations: only the piece's approved claims,
/// verbatim, numbered against the references they cite (numbering follows first use).
/// </summary>
public static class GenerationRequestFactory
{
    public static GenerationRequest Create(
        ContentPiece piece,
        Campaign campaign,
        IReadOnlyList<ClaimLibrary> libraries,
        ChannelTarget channel,
        Segment? segment,
        IReadOnlyList<string> requiredStatements,
        IReadOnlyList<string> feedback)
    {
        var claimsById = libraries.SelectMany(l => l.Spec.Claims.Select(c => (Claim: c, Library: l)))
            .GroupBy(x => x.Claim.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var referencesById = libraries.SelectMany(l => l.Spec.References)
            .GroupBy(r => r.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        var citations = new List<string>();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var claims = new List<GenerationClaim>();
        foreach (var id in piece.Spec.Claims)
        {
            if (!claimsById.TryGetValue(id, out var found))
            {
                continue;
            }

            var referenceNumbers = (found.Claim.References ?? [])
                .Where(referencesById.ContainsKey)
                .Select(r => numbers.TryGetValue(r, out var n) ? n : numbers[r] = AddCitation(citations, referencesById[r].Citation))
                .ToList();
            claims.Add(new GenerationClaim(found.Claim.Id, found.Claim.Category, found.Claim.Text, referenceNumbers));
        }

        var product = campaign.Spec.Product;
        var wanted = piece.Spec.KeyMessages ?? [];
        var messages = (campaign.Spec.KeyMessages ?? [])
            .Where(m => wanted.Count == 0 || wanted.Contains(m.Id))
            .Select(m => new GenerationMessage(m.Id, m.Text, m.Claims ?? []))
            .ToList();

        return new GenerationRequest
        {
            Piece = $"{piece.Metadata.EffectiveNamespace}/{piece.Metadata.Name}",
            Format = piece.Spec.Format,
            Channel = channel.Metadata.Name,
            Segment = segment?.Name,
            SegmentDescription = segment?.Description,
            Title = piece.Spec.Title,
            Brief = piece.Spec.Brief,
            ProductName = product.RegisteredTrademark ? product.Name + "®" : product.Name,
            GenericName = product.GenericName,
            Manufacturer = product.Manufacturer,
            ApprovalNumber = product.ApprovalNumber,
            KeyMessages = messages,
            Claims = claims,
            References = citations,
            Contraindications = product.Contraindications,
            AdverseReactions = product.AdverseReactions,
            CallToAction = piece.Spec.CallToAction?.Text,
            CallToActionUrl = piece.Spec.CallToAction?.Url,
            Sender = channel.Spec.Sender,
            Tone = piece.Spec.Generation?.Tone ?? "academic",
            Language = piece.Spec.Language,
            RequiredStatements = requiredStatements,
            MaxBodyChars = piece.Spec.Format == "sms" ? 70 * 2 : null,
            Feedback = feedback,
        };
    }

    private static int AddCitation(List<string> citations, string citation)
    {
        citations.Add(citation);
        return citations.Count;
    }
}
