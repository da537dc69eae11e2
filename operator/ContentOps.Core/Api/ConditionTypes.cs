namespace ContentOps.Core.Api;

/// <summary>Condition types. <c>Ready</c> summarises; <c>Reconciling</c> and <c>Stalled</c> appear only while true.</summary>
public static class ConditionTypes
{
    /// <summary>Summary: the resource reached its declared state (a piece is published, or correctly withdrawn/expired).</summary>
    public const string Ready = "Ready";

    /// <summary>Present while the operator is still working toward the declared state.</summary>
    public const string Reconciling = "Reconciling";

    /// <summary>Present when progress needs a change of the spec (an unknown reference, review attempts used up).</summary>
    public const string Stalled = "Stalled";

    /// <summary>Renditions exist for the current spec digest.</summary>
    public const string Generated = "Generated";

    /// <summary>The renditions passed the automated review (no blocking finding).</summary>
    public const string Reviewed = "Reviewed";

    /// <summary>Approvals of the exact content digest exist for every role the policies require.</summary>
    public const string Approved = "Approved";

    /// <summary>The current content is live on every declared channel.</summary>
    public const string Published = "Published";

    /// <summary>For Approval: the approval names the piece's current content digest.</summary>
    public const string Current = "Current";

    /// <summary>
    /// For ChannelTarget: True while per-HCP sends to the channel fail (endpoint down, rate-limited, failing); its
    /// sends wait while other channels go on. Back to False by itself after the next successful send.
    /// </summary>
    public const string Degraded = "Degraded";
}
