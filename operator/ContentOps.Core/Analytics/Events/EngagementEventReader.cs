using System.Text.Json;

namespace ContentOps.Core.Analytics.Events;

/// <summary>
/// Reads events from CSV (a header row naming <see cref="EngagementEventFields.Names"/>, RFC 4180 quoting) or JSON
/// Lines (one object per line). Good rows are kept; every bad row becomes an <see cref="EventRowError"/> with its line.
/// </summary>
public static class EngagementEventReader
{
    public static (List<EngagementEvent> Events, List<EventRowError> Errors) Read(string source, TextReader reader, bool jsonLines, DateTimeOffset now)
    {
        var events = new List<EngagementEvent>();
        var errors = new List<EventRowError>();
        if (jsonLines)
        {
            ReadJsonLines(source, reader, now, events, errors);
        }
        else
        {
            ReadCsv(source, reader, now, events, errors);
        }

        return (events, errors);
    }

    /// <summary>One JSON object (the event API's body item) to an event.</summary>
    public static (EngagementEvent? Event, string? Error) FromJson(JsonElement item, DateTimeOffset now)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return (null, "not a JSON object");
        }

        return EngagementEventFields.Build(name => item.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.Null => null,
            _ => value.GetRawText(),
        } : null, now);
    }

    private static void ReadJsonLines(string source, TextReader reader, DateTimeOffset now, List<EngagementEvent> events, List<EventRowError> errors)
    {
        var line = 0;
        for (var text = reader.ReadLine(); text is not null; text = reader.ReadLine())
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(text);
                Add(source, line, FromJson(document.RootElement, now), events, errors);
            }
            catch (JsonException exception)
            {
                errors.Add(new EventRowError(source, line, $"not valid JSON ({exception.Message.Split('.')[0]})"));
            }
        }
    }

    private static void ReadCsv(string source, TextReader reader, DateTimeOffset now, List<EngagementEvent> events, List<EventRowError> errors)
    {
        var rows = CsvRows.Read(reader).GetEnumerator();
        if (!rows.MoveNext())
        {
            return;
        }

        var header = rows.Current.Fields.Select(h => h.Trim()).ToList();
        var unknown = header.Where(h => !EngagementEventFields.Names.Contains(h, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            errors.Add(new EventRowError(source, rows.Current.Line, $"unknown column(s) {string.Join(", ", unknown)}; columns are {string.Join(", ", EngagementEventFields.Names)}"));
            return;
        }

        while (rows.MoveNext())
        {
            var (line, fields) = rows.Current;
            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue;
            }

            if (fields.Count != header.Count)
            {
                errors.Add(new EventRowError(source, line, $"{fields.Count} fields where the header has {header.Count}"));
                continue;
            }

            Add(source, line, EngagementEventFields.Build(name => header.IndexOf(name) is var i and >= 0 ? fields[i] : null, now), events, errors);
        }
    }

    private static void Add(string source, int line, (EngagementEvent? Event, string? Error) result, List<EngagementEvent> events, List<EventRowError> errors)
    {
        if (result.Event is { } e)
        {
            events.Add(e);
        }
        else
        {
            errors.Add(new EventRowError(source, line, result.Error!));
        }
    }
}
