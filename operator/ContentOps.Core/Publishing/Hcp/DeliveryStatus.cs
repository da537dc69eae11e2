namespace ContentOps.Core.Publishing.Hcp;

/// <summary>What a channel knows about a send after accepting it.</summary>
public static class DeliveryStatus
{
    /// <summary>Accepted; the channel reports nothing further (SMTP without DSN, a folder).</summary>
    public const string Accepted = "accepted";

    public const string Sending = "sending";

    public const string Delivered = "delivered";

    public const string Failed = "failed";

    /// <summary>Taken back on the channel.</summary>
    public const string Deleted = "deleted";
}
