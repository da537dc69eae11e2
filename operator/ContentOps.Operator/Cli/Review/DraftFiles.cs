namespace ContentOps.Operator.Cli.Review;

/// <summary>
/// The drafts named on the command line: a file as given, a folder as every <c>.txt</c>/<c>.md</c> below it (hidden folders
/// and <c>.contentops/</c> skipped), in ordinal path order so output and exit code never depend on the file system's order.
/// </summary>
internal static class DraftFiles
{
    private static readonly string[] _extensions = [".txt", ".md"];

    /// <summary>The files to review, and one error line for each argument that names nothing reviewable.</summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<string> Errors) Expand(IEnumerable<string> arguments)
    {
        var files = new List<string>();
        var errors = new List<string>();
        foreach (var argument in arguments)
        {
            if (File.Exists(argument))
            {
                files.Add(argument);
            }
            else if (Directory.Exists(argument))
            {
                var found = Below(argument);
                if (found.Count == 0)
                {
                    errors.Add($"{argument}: error: no .txt or .md files below this folder");
                }

                files.AddRange(found);
            }
            else
            {
                errors.Add($"{argument}: error: no such file or folder");
            }
        }

        return ([.. files.Distinct(StringComparer.Ordinal)], errors);
    }

    private static List<string> Below(string folder)
    {
        var found = new List<string>();
        var pending = new Stack<string>([folder]);
        while (pending.TryPop(out var current))
        {
            foreach (var file in Directory.EnumerateFiles(current))
            {
                if (_extensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase) && !Path.GetFileName(file).StartsWith('.'))
                {
                    found.Add(file);
                }
            }

            foreach (var child in Directory.EnumerateDirectories(current))
            {
                if (!Path.GetFileName(child).StartsWith('.'))
                {
                    pending.Push(child);
                }
            }
        }

        found.Sort(StringComparer.Ordinal);
        return found;
    }
}
