namespace ContentOps.Core.Distribution.Planning;

/// <summary>A sink that keeps every decision: the plan as lists (for execution and tests).</summary>
public sealed class SendPlan : ISendPlanSink
{
    private readonly List<PlannedSend> _planned = [];
    private readonly List<SkippedSend> _skipped = [];

    public IReadOnlyList<PlannedSend> Sends => _planned;

    public IReadOnlyList<SkippedSend> Skips => _skipped;

    public void Planned(PlannedSend send) => _planned.Add(send);

    public void Skipped(SkippedSend skip) => _skipped.Add(skip);
}
