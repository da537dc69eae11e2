namespace ContentOps.Core.Analytics.Prediction;

/// <summary>
/// One delivered send as the stored engagement events tell it: who got which piece on which channel, when it was
/// delivered, and whether the HCP engaged (opened, read or clicked) afterwards. What the effect model trains on.
/// </summary>
/// <param name="Hcp">The HCP's profile id ("" when the source did not say).</param>
/// <param name="Piece">The ContentPiece, namespace/name.</param>
/// <param name="Channel">The ChannelTarget, namespace/name.</param>
/// <param name="Segment">The HCP's segment ("" when unknown).</param>
/// <param name="Region">The HCP's region ("" when unknown).</param>
/// <param name="DeliveredAt">When the channel delivered it.</param>
/// <param name="Engaged">True when an opened, read or clicked event of the send is stored.</param>
public sealed record StoredSendOutcome(string Hcp, string Piece, string Channel, string Segment, string Region, DateTimeOffset DeliveredAt, bool Engaged);
