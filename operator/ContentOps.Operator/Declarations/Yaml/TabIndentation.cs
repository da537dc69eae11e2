namespace ContentOps.Operator.Declarations.Yaml;

/// <summary>
/// Finds a tab in a line's indentation. Only asked after YamlDotNet fails, and only about the failing line
/// and the one before it, because a tab inside a block scalar elsewhere is legitimate text.
/// </summary>
internal static class TabIndentation
{
    public static SourceLocation? Near(string text, int errorLine)
    {
        var lines = text.Split('\n');
        for (var line = errorLine; line >= Math.Max(1, errorLine - 1); line--)
        {
            if (line > lines.Length)
            {
                continue;
            }

            var content = lines[line - 1];
            for (var i = 0; i < content.Length && content[i] is ' ' or '\t' or '-'; i++)
            {
                if (content[i] == '\t')
                {
                    return new SourceLocation(line, i + 1);
                }
            }
        }

        return null;
    }
}
