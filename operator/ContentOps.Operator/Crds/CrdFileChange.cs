namespace ContentOps.Operator.Crds;

/// <summary>What <see cref="CrdFolderWriter"/> did with one file.</summary>
internal sealed record CrdFileChange(string Action, string Path)
{
    public const string Created = "created";
    public const string Updated = "updated";
    public const string Unchanged = "unchanged";
    public const string Deleted = "deleted";

    /// <summary>True when the folder differs from before.</summary>
    public bool Changed => Action != Unchanged;

    public override string ToString() => $"{Action,-9} {Path}";
}
