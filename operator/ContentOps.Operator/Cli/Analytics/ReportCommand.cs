using System.CommandLine;
using ContentOps.Core.Api.Campaigns;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Operator.Analytics.Report;
using ContentOps.Operator.Stores.Local;

namespace ContentOps.Operator.Cli.Analytics;

/// <summary><c>contentops report CAMPAIGN</c>: the effect report of a campaign as HTML with PNG charts, from the state folder.</summary>
internal static class ReportCommand
{
    public static Command Create(TimeProvider? time = null)
    {
        var campaign = new Argument<string>("CAMPAIGN") { Description = "The campaign: name, or namespace/name when names repeat across namespaces." };
        var path = new Argument<string>("PATH") { Description = "Declarations folder; default: current folder.", DefaultValueFactory = _ => "." };
        var state = new Option<string?>("--state") { Description = "State folder; default: .contentops/ beside the declarations." };
        var output = new Option<string?>("--output") { Description = "Folder to write index.html and the charts into; default: reports/effect/<namespace>/<campaign>/ in the state folder." };
        var command = new Command("report", """
            Write the effect report of a campaign, for managers: objectives vs actual, the funnel per channel,
            engagement by segment, region and rep team, predicted vs actual engagement, the best and worst pieces with
            why, comment keywords and sentiment, and adverse-event flags. HTML with PNG charts, from the events in the
            state (contentops events import, POST /v1/events). Changes nothing else.

            Examples:
              contentops report klp-launch-2026 examples
              contentops report diabetes/klp-launch-2026 examples --output /tmp/klp-report
            """)
        {
            campaign, path, state, output,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            if (await EngagementStateFolder.FindAsync(parseResult.GetValue(path)!, parseResult.GetValue(state), error) is not { } folder)
            {
                return CliRunner.Failure;
            }

            using var store = LocalStateStore.Open(folder, new LocalStateOptions { ReadOnly = true });
            var wanted = parseResult.GetValue(campaign)!;
            var campaigns = store.Resources.List("Campaign").OfType<Campaign>().ToList();
            var matches = campaigns.Where(c => wanted == c.Metadata.Name || wanted == $"{c.Metadata.EffectiveNamespace}/{c.Metadata.Name}").ToList();
            if (matches.Count != 1)
            {
                var known = string.Join(", ", campaigns.Select(c => $"{c.Metadata.EffectiveNamespace}/{c.Metadata.Name}").Order(StringComparer.Ordinal));
                await error.WriteLineAsync(matches.Count == 0
                    ? $"error: no campaign '{wanted}' in the state; campaigns: {(known.Length == 0 ? "none" : known)}."
                    : $"error: campaign '{wanted}' exists in several namespaces; name it as namespace/name: {known}.");
                return CliRunner.Failure;
            }

            var chosen = matches[0];
            var ns = chosen.Metadata.EffectiveNamespace;
            var pieces = store.Resources.List("ContentPiece").OfType<ContentPiece>()
                .Where(p => p.Metadata.EffectiveNamespace == ns && p.Spec.Campaign == chosen.Metadata.Name).ToList();
            string[] products = [.. new[] { chosen.Spec.Product.Name, chosen.Spec.Product.GenericName }.Where(p => p.Length > 0)];
            var data = await EffectReportData.ReadAsync(chosen, pieces, store.Events, store.Sends, products, (time ?? TimeProvider.System).GetUtcNow(), cancellationToken);
            var target = parseResult.GetValue(output) ?? Path.Combine(folder, "reports", "effect", ns, chosen.Metadata.Name);
            var index = EffectReportWriter.Write(data, Path.GetFullPath(target));
            await parseResult.InvocationConfiguration.Output.WriteLineAsync(
                $"Wrote the effect report of {ns}/{chosen.Metadata.Name} ({data.Kpis.Counts.Sum(c => c.Events):N0} events, {data.AdverseEvents.Count} adverse-event flag(s)): {index}");
            return CliRunner.Success;
        });
        return command;
    }
}
