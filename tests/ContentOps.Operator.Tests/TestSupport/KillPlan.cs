namespace ContentOps.Operator.Tests.TestSupport;

/// <summary>
/// Which delivery of which run kills that run. Runs are numbered in the order they first deliver; deliveries are
/// counted per run, so a POST a dying process still gets through never shifts the plan to another run.
/// </summary>
internal sealed class KillPlan
{
    private readonly Lock _gate = new();
    private readonly Dictionary<int, (int Delivery, ReceiverStage Stage)> _plan = [];
    private readonly Dictionary<ChildRun, (int Index, int Deliveries)> _runs = [];
    private readonly HashSet<ChildRun> _killed = [];

    /// <summary>One entry per run, starting with the first run that delivers.</summary>
    public KillPlan(IEnumerable<(int Delivery, ReceiverStage Stage)> perRun)
    {
        foreach (var kill in perRun)
        {
            _plan[_plan.Count] = kill;
        }
    }

    public int Kills
    {
        get
        {
            lock (_gate)
            {
                return _killed.Count;
            }
        }
    }

    /// <summary>Plans a kill of the next run that delivers.</summary>
    public void Then((int Delivery, ReceiverStage Stage) kill)
    {
        lock (_gate)
        {
            _plan[_runs.Count] = kill;
        }
    }

    /// <summary>Called on every delivery stage of the current run; true when this is where the run must die.</summary>
    public bool ShouldKill(ChildRun run, ReceiverStage stage)
    {
        lock (_gate)
        {
            var (index, deliveries) = _runs.TryGetValue(run, out var seen) ? seen : (_runs.Count, 0);
            if (stage == ReceiverStage.BeforeAnswer)
            {
                deliveries++;
            }

            _runs[run] = (index, deliveries);
            if (_killed.Contains(run) || !_plan.TryGetValue(index, out var planned) || planned.Stage != stage || !Reached(planned.Delivery, deliveries, stage))
            {
                return false;
            }

            _killed.Add(run);
            return true;
        }
    }

    // Before an answer the count is exact. After one it is at least: the client's next POST (or the other worker's)
    // can start, and be counted, before the receiver runs the after-answer hook of the previous one, so on a loaded
    // machine the count may already have moved past the planned delivery.
    private static bool Reached(int planned, int deliveries, ReceiverStage stage) =>
        stage == ReceiverStage.BeforeAnswer ? deliveries == planned : deliveries >= planned;
}
