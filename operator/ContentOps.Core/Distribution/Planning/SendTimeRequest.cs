namespace ContentOps.Core.Distribution.Planning;

/// <summary>One send whose time the chooser may pick: who, what, where, and the allowed times (the earliest first).</summary>
/// <param name="Hcp">HCP id.</param>
/// <param name="Piece">The piece.</param>
/// <param name="Channel">ChannelTarget, namespace/name.</param>
/// <param name="Segment">The HCP's segment, or null for all of the audience.</param>
/// <param name="Allowed">The times every hard rule allows, in order; the first is the earliest (what the planner sends without learning).</param>
public sealed record SendTimeRequest(string Hcp, PieceRef Piece, string Channel, string? Segment, IReadOnlyList<DateTimeOffset> Allowed);
