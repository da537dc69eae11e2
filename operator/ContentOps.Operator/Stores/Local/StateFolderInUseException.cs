namespace ContentOps.Operator.Stores.Local;

/// <summary>Another process holds the state folder; its message says what to do.</summary>
internal sealed class StateFolderInUseException(string folder, string? holderPid, Exception inner)
    : IOException(
        $"The state folder '{folder}' is in use by another contentops process{(holderPid is null ? "" : $" (pid {holderPid})")}. "
        + "Wait for it to finish or stop it, or pass --state DIR to use another folder.",
        inner)
{
    public string Folder { get; } = folder;
}
