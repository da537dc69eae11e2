using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ContentOps.Operator.Stores;
using ContentOps.Operator.Stores.Local;

namespace ContentOps.Operator.Cli.Analytics;

/// <summary>
/// <c>contentops events adverse</c>: every comment flagged as a suspected adverse reaction, with its text and time,
/// for the pharmacovigilance team's follow-up (a company must follow up every adverse event it learns of; the flags
/// are never aggregated or pruned, and this is where a person reads them).
/// </summary>
internal static class AdverseEventsCommand
{
    private static readonly TimeSpan _china = TimeSpan.FromHours(8);

    public static Command Create()
    {
        var state = new Option<string?>("--state") { Description = "State folder; default: .contentops/ beside the current folder." };
        var since = new Option<string?>("--since") { Description = "Only flags of comments made at or after this date or time (ISO 8601; without an offset +08:00)." };
        var format = new Option<string>("--format") { Description = "text (default), json or csv (for the safety database).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "csv");
        var command = new Command("adverse", """
            List the comments flagged as suspected adverse reactions (symptom + product), oldest first: when the comment
            was made, the product, symptoms, whether it looks serious, the channel, doctor and piece it came from, and
            its text, for pharmacovigilance follow-up.

            Examples:
              contentops events adverse --state examples/.contentops
              contentops events adverse --since 2026-12-01 --format csv > ae-follow-up.csv
            """)
        {
            state, since, format,
        };
        command.SetAction(parseResult => List(parseResult, parseResult.GetValue(state), parseResult.GetValue(since), parseResult.GetValue(format)!));
        return command;
    }

    private static int List(ParseResult parseResult, string? state, string? since, string format)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        DateTimeOffset? from = null;
        if (since is not null)
        {
            if (!TryParseTime(since, out var parsed))
            {
                error.WriteLine($"error: --since '{since}' is not a date or time; write e.g. 2026-12-01 or 2026-12-01T08:00:00+08:00.");
                return CliRunner.UsageError;
            }

            from = parsed;
        }

        var folder = state ?? LocalStateStore.DefaultFolderFor(Directory.GetCurrentDirectory());
        if (!Directory.Exists(folder))
        {
            error.WriteLine($"error: no state in {folder}; run 'contentops run' and 'contentops events import' first, or pass --state.");
            return CliRunner.Failure;
        }

        using var store = LocalStateStore.Open(folder, new LocalStateOptions { ReadOnly = true });
        var flags = store.Events.AdverseEventsAsync(CancellationToken.None).GetAwaiter().GetResult()
            .Where(f => from is null || f.OccurredAt >= from)
            .OrderBy(f => f.OccurredAt).ThenBy(f => f.EventId, StringComparer.Ordinal)
            .ToList();
        output.Write(format switch
        {
            "json" => Json(flags),
            "csv" => Csv(flags),
            _ => Text(flags),
        });
        return CliRunner.Success;
    }

    private static string Text(IReadOnlyList<AdverseEventFlag> flags)
    {
        if (flags.Count == 0)
        {
            return "No adverse-event flags stored.\n";
        }

        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture,
            $"{flags.Count} adverse-event flag(s) for pharmacovigilance follow-up, oldest first; serious: {flags.Count(f => f.Serious)}:\n"));
        foreach (var f in flags)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {Local(f.OccurredAt)}  {(f.Serious ? "SERIOUS  " : "")}{f.Product ?? "(product not named)"}: {f.Symptoms}\n");
            text.Append(CultureInfo.InvariantCulture, $"    “{f.Text}”\n");
            text.Append(CultureInfo.InvariantCulture, $"    from {f.Hcp ?? "an unknown doctor"} on {f.Channel ?? "an unknown channel"}{(f.PieceRef is null ? "" : $", piece {f.PieceRef}")}{(f.Campaign is null ? "" : $", campaign {f.Campaign}")}; event {f.EventId}, flagged {Local(f.FlaggedAt)}\n");
        }

        return text.ToString();
    }

    private static string Json(IReadOnlyList<AdverseEventFlag> flags) =>
        JsonSerializer.Serialize(new
        {
            adverseEvents = flags.Select(f => new
            {
                eventId = f.EventId,
                occurredAt = f.OccurredAt,
                flaggedAt = f.FlaggedAt,
                product = f.Product,
                symptoms = f.Symptoms,
                serious = f.Serious,
                text = f.Text,
                hcp = f.Hcp,
                channel = f.Channel,
                piece = f.PieceRef,
                campaign = f.Campaign,
            }),
        }, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";

    private static string Csv(IReadOnlyList<AdverseEventFlag> flags)
    {
        var csv = new StringBuilder("eventId,occurredAt,flaggedAt,product,symptoms,serious,text,hcp,channel,piece,campaign\r\n");
        foreach (var f in flags)
        {
            string[] fields =
            [
                f.EventId, f.OccurredAt.ToString("O", CultureInfo.InvariantCulture), f.FlaggedAt.ToString("O", CultureInfo.InvariantCulture),
                f.Product ?? "", f.Symptoms, f.Serious ? "true" : "false", f.Text, f.Hcp ?? "", f.Channel ?? "", f.PieceRef ?? "", f.Campaign ?? "",
            ];
            csv.Append(string.Join(',', fields.Select(Quote))).Append("\r\n");
        }

        return csv.ToString();
    }

    /// <summary>RFC 4180: quote a field holding a comma, quote or line break, doubling its quotes.</summary>
    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;

    private static string Local(DateTimeOffset time) => time.ToOffset(_china).ToString("yyyy-MM-dd HH:mm '(+08:00)'", CultureInfo.InvariantCulture);

    private static bool TryParseTime(string text, out DateTimeOffset time)
    {
        time = default;
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed))
        {
            return false;
        }

        // No offset written: the time is China's, like every other date a COE types here.
        time = parsed.Kind == DateTimeKind.Unspecified
            ? new DateTimeOffset(parsed, _china)
            : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.None);
        return true;
    }
}
