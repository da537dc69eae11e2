using ContentOps.Core.Api;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Operator.Controller;
using ContentOps.Operator.Observability;
using ContentOps.Operator.Reconcilers;
using ContentOps.Operator.Reconcilers.ContentPieces;
using ContentOps.Operator.Stores.Local;

namespace ContentOps.Operator.Embedded;

/// <summary>Counts what a run did (from the metrics, so the numbers are the exported ones) and reports phase changes.</summary>
internal sealed class RunTally(ContentOpsMetrics metrics)
{
    private IProgress<string>? _progress;
    private double _generated;
    private double _reviewed;
    private double _published;
    private double _withdrawn;
    private int _errors;

    public void Start(IProgress<string>? progress)
    {
        _progress = progress;
        (_generated, _reviewed, _published, _withdrawn, _errors) =
            (Sum(metrics.Generations), Sum(metrics.Reviews), Sum(metrics.Publications), Sum(metrics.Withdrawals), 0);
    }

    public void Record(ResourceKey key, PieceReconcileResult result)
    {
        if (result.Outcome.Kind == StepKind.Fail)
        {
            Interlocked.Increment(ref _errors);
            _progress?.Report($"{key.Kind} {key.Namespace}/{key.Name}: {result.Outcome.Message}");
        }
        else if (result.StatusWritten)
        {
            _progress?.Report($"{key.Kind} {key.Namespace}/{key.Name} → {result.Phase}");
        }
    }

    /// <summary>
    /// A reconcile that threw: the controller retries it with backoff, but the run must not look clean. Without this
    /// an exception was retried silently (the embedded run has no log sink) and only the counters showed the redo.
    /// </summary>
    public void RecordException(ResourceKey key, Exception exception)
    {
        Interlocked.Increment(ref _errors);
        _progress?.Report($"{key.Kind} {key.Namespace}/{key.Name}: {exception.GetType().Name}: {exception.Message} (retrying)");
    }

    public RunReport Finish(SyncResult sync, NextWakeup? next, IReadOnlyList<ContentPiece> pieces)
    {
        SetPhaseGauge(pieces);
        return Report(sync, next, pieces);
    }

    /// <summary>contentops_pieces{campaign,phase}: every phase of every campaign is set, so a piece leaving a phase drops it to 0.</summary>
    private void SetPhaseGauge(IReadOnlyList<ContentPiece> pieces)
    {
        var counts = pieces.GroupBy(p => (p.Spec.Campaign, p.Status?.Phase ?? ContentPiecePhase.Pending)).ToDictionary(g => g.Key, g => g.Count());
        foreach (var campaign in pieces.Select(p => p.Spec.Campaign).Distinct())
        {
            foreach (var phase in _phases)
            {
                metrics.Pieces.WithLabels(campaign, phase).Set(counts.GetValueOrDefault((campaign, phase)));
            }
        }
    }

    private static readonly string[] _phases =
    [
        ContentPiecePhase.Pending, ContentPiecePhase.Generating, ContentPiecePhase.Reviewing, ContentPiecePhase.AwaitingApproval,
        ContentPiecePhase.Scheduled, ContentPiecePhase.Published, ContentPiecePhase.ReviewFailed, ContentPiecePhase.Withdrawn,
        ContentPiecePhase.Expired, ContentPiecePhase.Failed,
    ];

    private RunReport Report(SyncResult sync, NextWakeup? next, IReadOnlyList<ContentPiece> pieces) => new()
    {
        Sync = sync,
        Pieces = pieces,
        Next = next,
        Generated = (int)(Sum(metrics.Generations) - _generated),
        Reviewed = (int)(Sum(metrics.Reviews) - _reviewed),
        Published = (int)(Sum(metrics.Publications) - _published),
        Withdrawn = (int)(Sum(metrics.Withdrawals) - _withdrawn),
        Errors = _errors,
    };

    private static double Sum(Prometheus.Counter counter) =>
        counter.GetAllLabelValues().Sum(labels => counter.WithLabels(labels).Value);
}
