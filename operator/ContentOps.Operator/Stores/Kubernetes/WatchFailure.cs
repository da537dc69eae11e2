namespace ContentOps.Operator.Stores.Kubernetes;

/// <summary>How the informer reacts to an exception from list or watch.</summary>
internal enum WatchFailure
{
    /// <summary>410 Gone/Expired: the resourceVersion is too old; relist.</summary>
    Expired,

    /// <summary>The server ended a watch with no event; the client's first-line peek turns that into an exception.</summary>
    EmptyClose,

    /// <summary>Anything else: back off, then resume from the last resourceVersion.</summary>
    Other,
}
