namespace ContentOps.Core.Generation.Tones;

/// <summary>
/// Reads the block-mapping subset of YAML that tones.yaml uses (nested <c>key: value</c> by indentation, plain or
/// double-quoted scalars, # comments) into nested dictionaries. ContentOps.Core references no YAML library; the
/// declarations themselves are read by the operator.
/// </summary>
internal static class MappingYaml
{
    public static Dictionary<string, object> Parse(string text)
    {
        var root = new Dictionary<string, object>(StringComparer.Ordinal);
        var stack = new Stack<(int Indent, Dictionary<string, object> Map)>();
        stack.Push((-1, root));
        var number = 0;
        foreach (var raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            number++;
            var line = raw.TrimEnd();
            if (line.TrimStart().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var indent = line.Length - line.TrimStart().Length;
            var colon = line.IndexOf(':');
            if (colon < 0)
            {
                throw new FormatException($"tones.yaml:{number}: expected 'key: value'.");
            }

            while (stack.Peek().Indent >= indent)
            {
                stack.Pop();
            }

            var key = line[indent..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (value.Length == 0)
            {
                var child = new Dictionary<string, object>(StringComparer.Ordinal);
                stack.Peek().Map[key] = child;
                stack.Push((indent, child));
            }
            else
            {
                stack.Peek().Map[key] = Scalar(value);
            }
        }

        return root;
    }

    private static string Scalar(string value) =>
        value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal) : value;
}
