namespace ContentOps.Core.Analytics.Kpis;

/// <summary>What a KPI breakdown groups by. A variant is a piece's rendition for one segment.</summary>
public enum KpiDimension
{
    Piece,
    Variant,
    Channel,
    Segment,
    Region,
    Team,
}
