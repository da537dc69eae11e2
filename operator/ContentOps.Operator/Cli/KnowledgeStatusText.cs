using System.Globalization;
using System.Text;
using ContentOps.Core.Api;
using ContentOps.Core.Api.Claims;
using ContentOps.Core.Api.Knowledge;

namespace ContentOps.Operator.Cli;

/// <summary>
/// One line per knowledge source and claim library, from their last reconciled status, for <c>run</c> and
/// <c>status</c>: what was read, how it was classified, and whether every claim is anchored in its reference.
/// </summary>
internal static class KnowledgeStatusText
{
    public static string Render(IEnumerable<Resource> resources)
    {
        var all = resources.ToList();
        var text = new StringBuilder();
        foreach (var source in all.OfType<KnowledgeSource>().Where(s => s.Status is not null).OrderBy(s => s.Key.ToString(), StringComparer.Ordinal))
        {
            text.Append(SourceLine(source));
        }

        foreach (var library in all.OfType<ClaimLibrary>().Where(l => l.Status is not null).OrderBy(l => l.Key.ToString(), StringComparer.Ordinal))
        {
            text.Append(LibraryLine(library));
        }

        return text.Length == 0 ? "" : "\n" + text;
    }

    private static string SourceLine(KnowledgeSource source)
    {
        var status = source.Status!;
        var c = CultureInfo.InvariantCulture;
        var line = new StringBuilder(string.Create(c, $"KnowledgeSource {Name(source)}: {status.Files ?? 0} file(s), {status.Passages ?? 0} passage(s)"));
        var categories = (status.Classes ?? new Dictionary<string, int>())
            .Where(kv => kv.Key.StartsWith("category/", StringComparison.Ordinal))
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => string.Create(c, $"{kv.Key["category/".Length..]} {kv.Value}"))
            .ToList();
        if (categories.Count > 0)
        {
            line.Append(" (").Append(string.Join(", ", categories)).Append(')');
        }

        if (status.UnreadableFiles is > 0)
        {
            line.Append(c, $", {status.UnreadableFiles} unreadable");
        }

        if (status.LowConfidencePassages is > 0)
        {
            line.Append(c, $", {status.LowConfidencePassages} classified with low confidence");
        }

        if (status.UsedBy is { } used)
        {
            line.Append(c, $"; substantiates {used.Claims ?? 0} claim(s) stated by {used.Pieces} piece(s)");
        }

        return line.Append('\n').ToString();
    }

    private static string LibraryLine(ClaimLibrary library)
    {
        var status = library.Status!;
        var anchored = (status.Anchors ?? []).Where(a => a.Missing is not { Count: > 0 }).Select(a => a.Claim).Distinct(StringComparer.Ordinal).Count();
        var approved = status.ApprovedClaims ?? 0;
        var line = string.Create(CultureInfo.InvariantCulture,
            $"ClaimLibrary {Name(library)}: {approved} approved claim(s), {anchored} anchored to a passage of their reference");
        line += status.UnsubstantiatedClaims is > 0
            ? $", {status.UnsubstantiatedClaims} NOT substantiated (contentops validate names each at its file:line)"
            : "";
        if (status.RetiredClaims is > 0)
        {
            line += $", {status.RetiredClaims} withdrawn or expired";
        }

        return line + "\n";
    }

    private static string Name(Resource resource) => $"{resource.Metadata.EffectiveNamespace}/{resource.Metadata.Name}";
}
