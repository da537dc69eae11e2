namespace ContentOps.Core.Distribution.Profiles;

/// <summary>A rejected profile row: where it is (<c>file:line</c> or <c>table row id=…</c>) and what is wrong with it, with the fix.</summary>
public sealed record ProfileIssue(string Location, string Message)
{
    /// <summary>Formats as <c>location: message</c>.</summary>
    public override string ToString() => $"{Location}: {Message}";
}
