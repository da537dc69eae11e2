using System.Globalization;
using ContentOps.Core.Analytics.Kpis;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Operator.Declarations.Provenance;

namespace ContentOps.Operator.Analytics.Kpis;

/// <summary>
/// When each piece was first declared, for cycle time: the first Git commit holding its file (the loader's
/// <see cref="ProvenanceAnnotations.FirstDeclared"/> stamp) or, without history, the resource's creation time (when
/// this state or the cluster first saw it), and a basis that says which.
/// </summary>
internal static class PieceDeclarations
{
    public static (DateTimeOffset At, bool FromGit)? FirstDeclared(ContentPiece piece)
    {
        ArgumentNullException.ThrowIfNull(piece);
        if (piece.Metadata.Annotations?.GetValueOrDefault(ProvenanceAnnotations.FirstDeclared) is { } text
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            return (at, true);
        }

        return piece.Metadata.CreationTimestamp is { } created ? (created, false) : null;
    }

    public static CycleTimeResult? CycleTime(IEnumerable<ContentPiece> pieces)
    {
        var measured = pieces.Select(p => (Declared: FirstDeclared(p), Published: FirstPublished(p))).Where(p => p.Declared is not null).ToList();
        var published = measured.Where(p => p.Published is not null).ToList();
        var withoutHistory = published.Count(p => !p.Declared!.Value.FromGit);
        var source = withoutHistory == 0
            ? "the first Git commit holding the piece's file"
            : withoutHistory == published.Count
                ? "when this state first saw the piece (no Git history: a brief written before that is not counted, so this understates)"
                : string.Create(CultureInfo.InvariantCulture, $"the first Git commit holding the piece's file ({withoutHistory} without history: when this state first saw it)");
        return Core.Analytics.Kpis.CycleTime.Measure([.. measured.Select(p => (p.Declared!.Value.At, p.Published))], source);
    }

    private static DateTimeOffset? FirstPublished(ContentPiece piece) =>
        piece.Status?.Publications?.Where(p => p.PublishedAt is not null).Select(p => p.PublishedAt).Min();
}
