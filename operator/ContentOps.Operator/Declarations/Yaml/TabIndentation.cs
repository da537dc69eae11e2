namespace ContentOps.Operator.Declarations.Yaml;

/// <summary>
/// Finds a tab in a line's indentation. Only asked after YamlDotNet fails, and only about the failing line
/// and the one before it (a tab inside a block scalar elsewhere is legitimate text), unless YamlDotNet
/// itself blamed a tab: it then reports the enclosing mapping's start, so the first indenting tab is meant.
/// </summary>
internal static class TabIndentation
{
    public static SourceLocation? Near(string text, int errorLine)
    {
        var lines = text.Split('\n');
        for (var line = errorLine; line >= Math.Max(1, errorLine - 1); line--)
        {
            if (line <= lines.Length && InIndentation(lines[line - 1]) is { } column)
            {
                return new SourceLocation(line, column);
            }
        }

        return null;
    }

    public static SourceLocation? First(string text)
    {
        var lines = text.Split('\n');
        for (var line = 1; line <= lines.Length; line++)
        {
            if (InIndentation(lines[line - 1]) is { } column)
            {
                return new SourceLocation(line, column);
            }
        }

        return null;
    }

    private static int? InIndentation(string line)
    {
        for (var i = 0; i < line.Length && line[i] is ' ' or '\t' or '-'; i++)
        {
            if (line[i] == '\t')
            {
                return i + 1;
            }
        }

        return null;
    }
}
