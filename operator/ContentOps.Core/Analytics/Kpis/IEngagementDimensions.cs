namespace ContentOps.Core.Analytics.Kpis;

/// <summary>The dimensions a KPI is broken down by, shared by counted events and reached doctors. "" means unknown.</summary>
public interface IEngagementDimensions
{
    /// <summary>namespace/name of the Campaign the events named, or "".</summary>
    string Campaign { get; }

    /// <summary>namespace/name of the ContentPiece (the attributed send's piece), or "".</summary>
    string Piece { get; }

    /// <summary>namespace/name of the ChannelTarget, or "".</summary>
    string Channel { get; }

    string Segment { get; }

    string Region { get; }

    string Team { get; }
}
