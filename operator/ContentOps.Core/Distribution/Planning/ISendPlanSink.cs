namespace ContentOps.Core.Distribution.Planning;

/// <summary>Receives a plan's decisions as they are made, so a plan over 100,000 HCPs can stream instead of being held.</summary>
public interface ISendPlanSink
{
    void Planned(PlannedSend send);

    void Skipped(SkippedSend skip);
}
