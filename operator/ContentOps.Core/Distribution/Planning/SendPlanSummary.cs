namespace ContentOps.Core.Distribution.Planning;

/// <summary>A sink that counts per piece (and passes every decision on to another sink, if given).</summary>
public sealed class SendPlanSummary(ISendPlanSink? next = null) : ISendPlanSink
{
    private readonly SortedDictionary<string, PieceSendSummary> _pieces = new(StringComparer.Ordinal);

    /// <summary>Per piece (<c>namespace/name</c>), in name order.</summary>
    public IReadOnlyDictionary<string, PieceSendSummary> Pieces => _pieces;

    public int PlannedCount { get; private set; }

    public int SkippedCount { get; private set; }

    public void Planned(PlannedSend send)
    {
        var piece = For(send.Piece);
        piece.Planned[send.Channel] = piece.Planned.GetValueOrDefault(send.Channel) + 1;
        if (send.Deferred)
        {
            piece.Deferred++;
        }
        PlannedCount++;
        next?.Planned(send);
    }

    public void Skipped(SkippedSend skip)
    {
        var piece = For(skip.Piece);
        var key = $"{skip.Rule} on {skip.Channel}";
        piece.Skipped[key] = piece.Skipped.GetValueOrDefault(key) + 1;
        SkippedCount++;
        next?.Skipped(skip);
    }

    /// <summary>The summary of a piece, created empty on first use (a live piece with no sends still shows).</summary>
    public PieceSendSummary For(PieceRef piece)
    {
        var key = piece.ToString();
        return _pieces.TryGetValue(key, out var summary) ? summary : _pieces[key] = new PieceSendSummary();
    }
}
