using ContentOps.Core.Api;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Operator.Controller;

namespace ContentOps.Operator.Embedded;

/// <summary>
/// A rerun on unchanged declarations after a run that finished without errors needs only the pieces something is
/// still due for: the clock (publishAt, expireAt), an unfinished or failed step, a pending deletion. Everything else
/// would recompute what the state already says. A marker in the state folder records a clean finish; it is removed
/// when a run starts, so a killed run leaves none and the next run reconciles everything.
/// </summary>
internal static class SettledRun
{
    private const string MarkerName = "last-run-clean";

    public static bool WasClean(string stateFolder) => File.Exists(Path.Combine(stateFolder, MarkerName));

    public static void Start(string stateFolder) => File.Delete(Path.Combine(stateFolder, MarkerName));

    public static void FinishedClean(string stateFolder, DateTimeOffset now) =>
        File.WriteAllText(Path.Combine(stateFolder, MarkerName), now.ToString("O", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The pieces a settled state still owes work to at <paramref name="now"/>.</summary>
    /// <param name="retracted">(namespace, claim id) of every withdrawn or expired claim: a piece that states one is due.</param>
    public static IEnumerable<ResourceKey> DuePieces(IEnumerable<ContentPiece> pieces, DateTimeOffset now, IReadOnlySet<(string Namespace, string Claim)> retracted) =>
        pieces.Where(p => IsDue(p, now) || StatesRetracted(p, retracted)).Select(p => p.Key);

    private static bool StatesRetracted(ContentPiece piece, IReadOnlySet<(string Namespace, string Claim)> retracted) =>
        retracted.Count > 0 && piece.Status?.Phase != ContentPiecePhase.Withdrawn
        && (piece.Status?.Claims ?? piece.Spec.Claims).Any(c => retracted.Contains((piece.Metadata.EffectiveNamespace, c)));

    /// <summary>The next moment the clock makes a settled piece due, for the run's "Next:" line.</summary>
    public static NextWakeup? NextDue(IEnumerable<ContentPiece> pieces, DateTimeOffset now) =>
        pieces.SelectMany(p => Wakeups(p, now)).OrderBy(w => w.Due).FirstOrDefault();

    private static bool IsDue(ContentPiece piece, DateTimeOffset now)
    {
        var status = piece.Status;
        var schedule = piece.Spec.Schedule;
        return status is null
            || piece.Metadata.DeletionTimestamp is not null
            || status.ObservedGeneration != piece.Metadata.Generation
            || status.Phase is null or ContentPiecePhase.Pending or ContentPiecePhase.Generating or ContentPiecePhase.Reviewing or ContentPiecePhase.Failed
            || (status.Phase == ContentPiecePhase.Scheduled && schedule?.PublishAt <= now)
            || (status.Phase != ContentPiecePhase.Expired && schedule?.ExpireAt <= now);
    }

    private static IEnumerable<NextWakeup> Wakeups(ContentPiece piece, DateTimeOffset now)
    {
        var schedule = piece.Spec.Schedule;
        var phase = piece.Status?.Phase;
        if (phase == ContentPiecePhase.Scheduled && schedule?.PublishAt is { } publishAt && publishAt > now)
        {
            yield return new NextWakeup(piece.Key, publishAt, $"Approved; publishes at {publishAt:yyyy-MM-dd'T'HH:mmzzz}.");
        }

        if (phase is ContentPiecePhase.Published or ContentPiecePhase.Scheduled && schedule?.ExpireAt is { } expireAt && expireAt > now)
        {
            yield return new NextWakeup(piece.Key, expireAt, $"Expires at {expireAt:yyyy-MM-dd'T'HH:mmzzz}; withdraws then.");
        }
    }
}
