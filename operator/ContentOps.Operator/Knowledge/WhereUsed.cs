using ContentOps.Core.Api;
using ContentOps.Core.Api.Claims;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Core.Api.Knowledge;

namespace ContentOps.Operator.Knowledge;

/// <summary>A piece that states a claim, and where it is live now (from the applied state).</summary>
internal sealed record PieceUse(string Piece, string Phase, IReadOnlyList<string> LiveChannels);

/// <summary>Where a claim or a source is used: the claims a source substantiates and the pieces that state them.</summary>
/// <param name="Kind">claim or source.</param>
/// <param name="Id">The claim id, or the source's <c>namespace/name</c>.</param>
/// <param name="Owner">The claim's library, or the reference ids the source is the document of.</param>
/// <param name="Claims">For a source: the claims citing it; for a claim: itself.</param>
/// <param name="Pieces">The pieces stating any of those claims.</param>
internal sealed record Usage(string Kind, string Id, string Owner, IReadOnlyList<string> Claims, IReadOnlyList<PieceUse> Pieces)
{
    /// <summary>Pieces a change of the claim (or source) regenerates: every piece that states it.</summary>
    public int Regenerates => Pieces.Count;

    /// <summary>Pieces a retraction takes down now: those live on at least one channel.</summary>
    public IReadOnlyList<PieceUse> Withdraws => [.. Pieces.Where(p => p.LiveChannels.Count > 0)];

    /// <summary>The bounded form a ClaimLibrary or KnowledgeSource status carries.</summary>
    public ClaimUsage ToStatus() => new()
    {
        Claim = Kind == "claim" ? Id : null,
        Claims = Kind == "source" ? Claims.Count : null,
        Pieces = Pieces.Count,
        LivePieces = Withdraws.Count,
        Channels = Withdraws.Count == 0 ? null : [.. Withdraws.SelectMany(p => p.LiveChannels).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
        PieceNames = Pieces.Count == 0 ? null : [.. Pieces.Take(ClaimUsage.MaxNames).Select(p => p.Piece[(p.Piece.IndexOf('/', StringComparison.Ordinal) + 1)..])],
    };
}

/// <summary>Computes where every claim and source is used, from the declarations and (optionally) the applied piece statuses.</summary>
internal static class WhereUsed
{
    public static IReadOnlyList<Usage> Of(IReadOnlyList<Resource> declared, IReadOnlyDictionary<ResourceKey, ContentPiece> applied)
    {
        var pieces = declared.OfType<ContentPiece>().ToList();
        PieceUse Use(ContentPiece piece)
        {
            var status = applied.GetValueOrDefault(piece.Key)?.Status;
            var live = (status?.Publications ?? []).Where(p => p.WithdrawnAt is null).Select(p => p.Channel).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            return new PieceUse($"{piece.Metadata.EffectiveNamespace}/{piece.Metadata.Name}", status?.Phase ?? "NotApplied", live);
        }

        IReadOnlyList<PieceUse> Stating(string ns, IReadOnlyCollection<string> claims) =>
            [.. pieces.Where(p => p.Metadata.EffectiveNamespace == ns && p.Spec.Claims.Any(claims.Contains)).Select(Use).OrderBy(u => u.Piece, StringComparer.Ordinal)];

        var usages = new List<Usage>();
        foreach (var library in declared.OfType<ClaimLibrary>())
        {
            var ns = library.Metadata.EffectiveNamespace;
            usages.AddRange(library.Spec.Claims.Select(c => new Usage("claim", c.Id, $"{ns}/{library.Metadata.Name}", [c.Id], Stating(ns, [c.Id]))));
        }

        foreach (var source in declared.OfType<KnowledgeSource>())
        {
            var ns = source.Metadata.EffectiveNamespace;
            var references = source.Spec.References is { Count: > 0 } ids ? ids : [source.Metadata.Name];
            var claims = declared.OfType<ClaimLibrary>().Where(l => l.Metadata.EffectiveNamespace == ns)
                .SelectMany(l => l.Spec.Claims).Where(c => (c.References ?? []).Any(references.Contains)).Select(c => c.Id).Distinct(StringComparer.Ordinal).ToList();
            usages.Add(new Usage("source", $"{ns}/{source.Metadata.Name}", string.Join(", ", references), claims, Stating(ns, claims)));
        }

        return usages;
    }
}
