namespace ContentOps.Operator.Declarations.Yaml;

/// <summary>A YAML mapping with string keys, in file order, without duplicate keys (the reader reports and drops them).</summary>
internal sealed record DocMapping(SourceLocation Start, IReadOnlyList<DocEntry> Entries) : DocNode(Start)
{
    public DocEntry? Find(string key) => Entries.FirstOrDefault(e => e.Key.Value == key);

    public override string Describe() => "a mapping";
}
