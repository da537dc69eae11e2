using ContentOps.Core.Api.Audiences;
using ContentOps.Core.Api.Campaigns;
using ContentOps.Core.Api.Channels;
using ContentOps.Core.Api.Claims;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Core.Generation.Intent;
using ContentOps.Core.Generation.Required;

namespace ContentOps.Core.Generation;

/// <summary>
/// Builds the generation request of one rendition from the declarations: only the piece's approved claims, verbatim,
/// ordered (and for per-segment variants selected) by the brief's intent: the segment's directive first, then the
/// brief's emphasis, then the piece's order.
/// </summary>
public static class GenerationRequestFactory
{
    /// <summary>Categories a variant never drops: the label's indication and safety information keep every variant balanced.</summary>
    private static readonly HashSet<string> _alwaysKept = ["safety", "indication"];

    /// <summary>What practical readers need first: how to use it and for whom.</summary>
    private static readonly string[] _practicalFirst = ["dosing", "indication"];

    public static GenerationRequest Create(
        ContentPiece piece,
        Campaign campaign,
        IReadOnlyList<ClaimLibrary> libraries,
        ChannelTarget channel,
        Segment? segment,
        IReadOnlyList<RequiredRule> required,
        IReadOnlyList<string> feedback,
        GenerationLimits? limits = null)
    {
        var claimsById = libraries.SelectMany(l => l.Spec.Claims)
            .GroupBy(c => c.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var intent = BriefIntentParser.Parse(piece.Spec.Brief);
        var directive = SegmentMatcher.For(intent, segment);
        var tone = ToneFor(directive, segment) ?? piece.Spec.Generation?.Tone ?? intent.Tone ?? "academic";
        var claims = piece.Spec.Claims
            .Where(claimsById.ContainsKey)
            .Select(id => claimsById[id])
            .Select(c => new GenerationClaim(c.Id, c.Category, c.Text.Trim(), c.References ?? []))
            .ToList();
        claims = Arrange(claims, intent, directive, tone);
        var referenceIds = claims.SelectMany(c => c.ReferenceIds).ToHashSet(StringComparer.Ordinal);
        var references = libraries.SelectMany(l => l.Spec.References)
            .Where(r => referenceIds.Contains(r.Id))
            .GroupBy(r => r.Id, StringComparer.Ordinal)
            .Select(g => new GenerationReference(g.Key, g.First().Citation))
            .ToList();

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
            Polish = piece.Spec.Generation?.Polish ?? "scene",
            ChannelType = channel.Spec.Type,
            AssetType = piece.Spec.AssetType,
            Segment = segment?.Name,
            SegmentDescription = segment?.Description,
            Title = piece.Spec.Title,
            Brief = piece.Spec.Brief,
            Intent = intent,
            Directive = directive,
            ProductName = product.RegisteredTrademark ? product.Name + "®" : product.Name,
            GenericName = product.GenericName,
            ProductType = product.Type,
            Manufacturer = product.Manufacturer,
            ApprovalNumber = product.ApprovalNumber,
            AdApprovalNumber = product.AdApprovalNumber,
            KeyMessages = messages,
            Claims = claims,
            References = references,
            Contraindications = product.Contraindications,
            AdverseReactions = product.AdverseReactions,
            CallToAction = piece.Spec.CallToAction?.Text,
            CallToActionUrl = piece.Spec.CallToAction?.Url,
            Sender = channel.Spec.Sender,
            Tone = tone,
            Language = piece.Spec.Language,
            Required = required,
            TitleMaxChars = Min(limits?.TitleMaxChars, intent.TitleMaxChars),
            MaxSmsSegments = Min(limits?.SmsSegments, intent.Length?.Segments),
            Feedback = feedback,
        };
    }

    /// <summary>
    /// Orders claims by the topics the variant stresses (its directive, then the brief's emphasis) and drops a claim
    /// that only another segment's directive asks for, unless it is safety or indication information.
    /// </summary>
    internal static List<GenerationClaim> Arrange(List<GenerationClaim> claims, BriefIntent intent, SegmentDirective? directive, string tone)
    {
        var own = directive?.Topics ?? (tone == "practical" ? _practicalFirst : []);
        var priority = own.Concat(intent.Emphasis).Distinct().ToList();
        var othersOnly = intent.Directives.Where(d => d != directive).SelectMany(d => d.Topics)
            .Except(priority).ToHashSet(StringComparer.Ordinal);
        return [.. claims
            .Where(c => directive is null || _alwaysKept.Contains(c.Category) || !othersOnly.Contains(Topics.Of(c)))
            .Select((c, i) => (Claim: c, Rank: priority.IndexOf(Topics.Of(c)) is var r and >= 0 ? r : priority.Count, Index: i))
            .OrderBy(x => x.Rank)
            .ThenBy(x => x.Index)
            .Select(x => x.Claim)];
    }

    /// <summary>
    /// The tone of a per-segment variant: the one its directive names (…的实践要点 → practical); without a directive,
    /// the one its readers call for (specialists in tier-3 hospitals academic; community, tier-1 and general
    /// practice practical); null keeps the piece's tone.
    /// </summary>
    internal static string? ToneFor(SegmentDirective? directive, Segment? segment)
    {
        if (directive is not null)
        {
            var named = BriefIntentParser.Parse(directive.Focus).Tone;
            return named is "practical" or "plain" or "academic" ? named : null;
        }

        var tiers = segment?.HospitalTiers ?? [];
        var specialties = segment?.Specialties ?? [];
        return segment is null ? null
            : tiers.Contains("community") || tiers.Contains("tier1") || specialties.Contains("general-practice") ? "practical"
            : tiers.Contains("tier3") ? "academic"
            : null;
    }

    private static int? Min(int? a, int? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);
}
