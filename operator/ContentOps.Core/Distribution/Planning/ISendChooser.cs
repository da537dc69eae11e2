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
}
