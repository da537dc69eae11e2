using ContentOps.Core.Api.Campaigns;
using ContentOps.Operator.Analytics.Kpis;
using ContentOps.Operator.Embedded;

namespace ContentOps.Operator.Cli.Run;

/// <summary>
/// What a run that changed something prints after the piece table: the knowledge behind the claims, each campaign
/// against its objectives, and the verbs that show the rest (a newcomer's next steps). A no-op rerun stays quiet.
/// </summary>
internal static class RunHighlights
{
    public static string Render(EmbeddedRuntime runtime, string path, DateTimeOffset now)
    {
        var declared = runtime.DeclaredInState();
        var text = KnowledgeStatusText.Render(declared) + CampaignObjectivesText.Render(runtime.State, now);
        var campaign = declared.OfType<Campaign>().OrderBy(c => c.Key.ToString(), StringComparer.Ordinal).FirstOrDefault();
        var target = path.Contains(' ', StringComparison.Ordinal) ? $"\"{path}\"" : path;
        var lines = new List<(string Command, string What)>
        {
            ($"contentops plan {target}", "what a change generates, reviews, sends or withdraws, at file:line"),
            ($"contentops sends plan {target}", "each doctor's send or skip, with the rule that decided it"),
            ($"contentops search \"QUERY\" {target}", "hybrid keyword + vector recall of approved claims and source passages"),
            ($"contentops nba --rep ID {target}", "a rep's ranked next best actions, with the reason"),
        };
        if (campaign is not null)
        {
            lines.Add(($"contentops report {campaign.Metadata.Name} {target}", "the effect report (after contentops events import FILE)"));
        }

        var width = lines.Max(l => l.Command.Length);
        return text + "\nLook closer:\n" + string.Concat(lines.Select(l => $"  {l.Command.PadRight(width)}  {l.What}\n"));
    }
}
