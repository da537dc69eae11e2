namespace ContentOps.Core.Distribution;

/// <summary>A content piece by namespace and name; formats as <c>namespace/name</c>.</summary>
public readonly record struct PieceRef(string Namespace, string Name)
{
    /// <summary>Formats as <c>namespace/name</c>.</summary>
    public override string ToString() => $"{Namespace}/{Name}";
}
