namespace ContentOps.Core.Analytics.Kpis;

/// <summary>Distinct doctors of one event type per channel × segment × region × rep team (the doctor gauge's labels).</summary>
public sealed record DoctorGroup(string Channel, string Segment, string Region, string Team, string Type, long Doctors);
