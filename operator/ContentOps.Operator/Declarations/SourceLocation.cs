namespace ContentOps.Operator.Declarations;

/// <summary>A 1-based line and column in a YAML file (columns count characters, as YamlDotNet does).</summary>
internal readonly record struct SourceLocation(int Line, int Column)
{
    /// <summary>The start of a file: where findings about the file as a whole point.</summary>
    public static readonly SourceLocation FileStart = new(1, 1);

    public override string ToString() => $"{Line}:{Column}";
}
