using ContentOps.Core.Api.ContentPieces;
using ContentOps.Operator.Controller;
using ContentOps.Operator.Sending;
using ContentOps.Operator.Stores.Local;

namespace ContentOps.Operator.Embedded;

/// <summary>What one embedded run did and where every piece stands.</summary>
internal sealed record RunReport
{
    public required SyncResult Sync { get; init; }

    public required IReadOnlyList<ContentPiece> Pieces { get; init; }

    public int Generated { get; init; }

    public int Reviewed { get; init; }

    public int Published { get; init; }

    public int Withdrawn { get; init; }

    public int Errors { get; init; }

    /// <summary>What the execution of the send plans did: per-HCP sends made, deferred, skipped.</summary>
    public SendReport Sends { get; init; } = SendReport.Empty;

    /// <summary>The next moment something will happen on its own (a publishAt), if any.</summary>
    public NextWakeup? Next { get; init; }

    /// <summary>True when the run changed nothing: no generation, review, publication, withdrawal or per-HCP send.</summary>
    public bool NothingDone => Generated == 0 && Reviewed == 0 && Published == 0 && Withdrawn == 0 && Sends.Sent == 0;
}
