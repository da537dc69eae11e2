using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ContentOps.Core.Analytics.Comments;
using ContentOps.Core.Analytics.Events;
using ContentOps.Operator.Stores.Local;

namespace ContentOps.Operator.Cli.Analytics;

/// <summary><c>contentops events import FILE...</c>: engagement exports (CSV or JSON Lines) into the state database.</summary>
internal static class EventsCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "CSV (header row) or JSON Lines (.jsonl) files of engagement events.", Arity = ArgumentArity.OneOrMore };
        var state = new Option<string?>("--state") { Description = "State folder; default: .contentops/ beside the current folder." };
        var products = new Option<string[]>("--product") { Description = "Product names to recognise in comments for adverse-event flags (repeatable).", AllowMultipleArgumentsPerToken = true };
        var import = new Command("import", """
            Import engagement events exported by channel platforms. Columns/keys: id, type, occurredAt, idempotencyKey,
            messageId, channel, hcp, campaign, piece, segment, region, team, readThrough, dwellSeconds, text. Each event is
            attributed to its send by idempotencyKey, messageId + channel, or the send reference piece + hcp + channel.
            Good rows are stored (a repeated event id is ignored), bad rows are listed as FILE:LINE: reason and counted; the exit code is 1
            when any row was rejected. Comments are analysed (sentiment, adverse events) as they are stored.

            Examples:
              contentops events import exports/wechat-2026-12.csv exports/email-2026-12.jsonl
              contentops events import --product 康力平 --product 澜格列汀 comments.csv
            """)
        {
            files, state, products,
        };
        import.SetAction(parseResult => Import(parseResult, parseResult.GetValue(files)!, parseResult.GetValue(state), parseResult.GetValue(products) ?? []));
        return new Command("events", "Engagement events: import exports from channel platforms; list adverse-event flags.") { import, AdverseEventsCommand.Create() };
    }

    private static int Import(ParseResult parseResult, string[] files, string? state, string[] products)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        var now = TimeProvider.System.GetUtcNow();
        var missing = files.Where(f => !File.Exists(f)).ToList();
        if (missing.Count > 0)
        {
            error.WriteLine($"error: {string.Join(", ", missing)} not found; pass CSV or JSON Lines files of engagement events.");
            return CliRunner.Failure;
        }

        var events = new List<EngagementEvent>();
        var rejected = new List<EventRowError>();
        foreach (var file in files)
        {
            using var reader = new StreamReader(file);
            var (good, bad) = EngagementEventReader.Read(file, reader, file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase), now);
            events.AddRange(good);
            rejected.AddRange(bad);
        }

        foreach (var row in rejected)
        {
            error.WriteLine($"{row}. Fix the row and import the file again (stored rows are not duplicated).");
        }

        CommentAnalyzer? analyzer = events.Any(e => e.Type == EngagementEventType.Comment) ? new CommentAnalyzer(products) : null;
        var watch = Stopwatch.StartNew();
        using var store = LocalStateStore.Open(state ?? LocalStateStore.DefaultFolderFor(Directory.GetCurrentDirectory()));
        var result = store.Events.AppendAsync(events, analyzer is null ? null : analyzer.Analyze, now, CancellationToken.None).GetAwaiter().GetResult();
        var seconds = Math.Max(watch.Elapsed.TotalSeconds, 1e-6);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Imported {result.Accepted} events ({result.Duplicates} duplicates ignored, {rejected.Count} rows rejected); {result.Attributed} attributed to a send; {result.AdverseEvents} adverse-event flags; {events.Count / seconds:N0} events/s."));
        if (result.AdverseEvents > 0)
        {
            output.WriteLine($"Adverse events flagged for pharmacovigilance follow-up: contentops events adverse{(state is null ? "" : $" --state {state}")} lists each with its text and time.");
        }

        return rejected.Count > 0 ? CliRunner.Failure : CliRunner.Success;
    }
}
