using ContentOps.Operator.Tests.Crds;
using ContentOps.Operator.Tests.Declarations;

namespace ContentOps.Operator.Tests.Analytics;

/// <summary>A copy of examples/ without its state and outputs, in a temp folder.</summary>
internal static class ExampleCopy
{
    public static string Into(TempDirectory folder)
    {
        var source = RepositoryRoot.Combine("examples");
        var target = folder.File("examples");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.StartsWith("out", StringComparison.Ordinal) || relative.StartsWith(".contentops", StringComparison.Ordinal))
            {
                continue;
            }

            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }
}
