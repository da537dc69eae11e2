namespace ContentOps.Core.Distribution.Planning;

/// <summary>
/// The learning hook of the send planner: picks one personalised send's channel, variant and time among the options
/// the hard rules allow (consent valid, contact point, no quiet hours, before the schedule ends, every cap; only the
/// variants of segments the HCP is in). The planner computes the options first and ignores a choice outside them, so
/// learning only ranks what the rules permit; HCPs who refused personalisation never reach it.
/// </summary>
public interface ISendChooser
{
    /// <summary>Names the model behind the choices; recorded with every send it placed.</summary>
    string ModelVersion { get; }

    /// <summary>The chosen option (one of <see cref="SendChoiceRequest.Options"/>) and why, or null to keep the first.</summary>
    SendChoice? Choose(SendChoiceRequest request);

    /// <summary>
    /// The learnt engagement of a planned send's channel, variant and hour (no sampling): what the next-best-action
    /// ranking weighs candidates by, so it prefers what the planner learnt; null when the model knows nothing of it.
    /// </summary>
    double? Preference(PlannedSend send) => null;
}
