namespace ContentOps.Operator.Declarations;

/// <summary>
/// Where each value of a document starts, keyed by a JSON-path-like string: <c>""</c> is the document,
/// <c>spec.channels[1]</c> the second channel. Collections are keyed at their key, scalars at their value.
/// </summary>
internal sealed class SourceMap(IReadOnlyDictionary<string, SourceLocation> locations)
{
    public IReadOnlyDictionary<string, SourceLocation> Locations => locations;

    public bool TryGet(string path, out SourceLocation location) => locations.TryGetValue(path, out location);

    /// <summary>
    /// The location of <paramref name="path"/>, or of its nearest ancestor that the file spells out
    /// (a missing <c>spec.schedule.expireAt</c> points at <c>spec.schedule</c>, or at <c>spec</c>).
    /// </summary>
    public SourceLocation Locate(string path)
    {
        for (var current = path; ; current = Parent(current))
        {
            if (locations.TryGetValue(current, out var location))
            {
                return location;
            }

            if (current.Length == 0)
            {
                return SourceLocation.FileStart;
            }
        }
    }

    /// <summary><c>a.b[2]</c> → <c>a.b</c> → <c>a</c> → <c>""</c>.</summary>
    public static string Parent(string path)
    {
        var cut = path.LastIndexOfAny(['.', '[']);
        return cut < 0 ? "" : path[..cut];
    }

    public static string Child(string path, string field) => path.Length == 0 ? field : $"{path}.{field}";

    public static string Item(string path, int index) => $"{path}[{index}]";
}
