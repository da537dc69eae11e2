namespace ContentOps.Core.Analytics.Kpis;

/// <summary>
/// One doctor who did something (<see cref="Type"/>: delivered, opened, clicked, registered…) at least once with one
/// piece on one channel: what the doctor-based KPIs (reach, open and click rate per doctor, registrations) count, so
/// a doctor who opens the same article five times counts once. Rows grow with doctors × pieces × channels × types,
/// like the send ledger, never with repeated events.
/// </summary>
public sealed record EngagedHcp(string Campaign, string Piece, string Channel, string Segment, string Region, string Team, string Type, string Hcp) : IEngagementDimensions
{
    /// <summary>The first day (UTC) the doctor did it.</summary>
    public DateOnly FirstDay { get; init; }
}
