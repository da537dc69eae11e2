namespace ContentOps.Operator.Crds;

/// <summary>Joins generated CRDs into one multi-document YAML stream, as <c>kubectl apply -f -</c> reads it.</summary>
internal static class CrdStream
{
    public static string Join(IEnumerable<GeneratedCrd> crds) =>
        string.Concat(crds.Select(crd => "---\n" + crd.Text));
}
