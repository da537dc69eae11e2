namespace ContentOps.Operator.Stores;

/// <summary>States of a <see cref="SendEntry"/>.</summary>
internal static class SendStates
{
    /// <summary>The intent is durable; the channel has not confirmed the send (it may or may not have happened).</summary>
    public const string Pending = "Pending";

    /// <summary>The channel accepted the send; the receipt is recorded.</summary>
    public const string Sent = "Sent";

    /// <summary>The channel refused it for good (bad address, IP not whitelisted); not retried.</summary>
    public const string Failed = "Failed";

    /// <summary>Stopped before it was sent (withdrawal, expiry, policy change).</summary>
    public const string Cancelled = "Cancelled";

    /// <summary>Sent, then taken back from the channel (or a correction sent where it cannot take it back).</summary>
    public const string Withdrawn = "Withdrawn";
}
