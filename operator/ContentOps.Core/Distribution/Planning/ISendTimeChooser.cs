namespace ContentOps.Core.Distribution.Planning;

/// <summary>
/// The learning hook of the send planner: picks the send time of one personalised send among the times the hard
/// rules allow (consent valid, no quiet hours, before the schedule ends, every cap). The planner computes the allowed
/// times first and ignores a choice outside them, so learning only ranks what the rules permit; HCPs who refused
/// personalisation never reach it.
/// </summary>
public interface ISendTimeChooser
{
    /// <summary>Names the model behind the choices; recorded with every send it placed.</summary>
    string ModelVersion { get; }

    /// <summary>The chosen time (one of <see cref="SendTimeRequest.Allowed"/>) and why, or null to keep the earliest.</summary>
    SendTimeChoice? Choose(SendTimeRequest request);
}
