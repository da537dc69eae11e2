using System.Reflection;

namespace ContentOps.Core.Analytics.Comments;

/// <summary>A word list shipped inside the assembly (<c>Lexicons/NAME.txt</c>: one entry a line, <c>#</c> comments).</summary>
internal static class Lexicon
{
    public static IReadOnlyList<string> Load(string name)
    {
        var resource = $"ContentOps.Core.Analytics.Comments.Lexicons.{name}.txt";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Lexicon {resource} is not embedded.");
        using var reader = new StreamReader(stream);
        return [.. reader.ReadToEnd().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).Distinct(StringComparer.Ordinal)];
    }
}
