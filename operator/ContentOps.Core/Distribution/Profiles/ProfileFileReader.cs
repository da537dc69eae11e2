using System.Text;
using System.Text.Json;

namespace ContentOps.Core.Distribution.Profiles;

/// <summary>Reads HCP profiles from a CSV file (header row, RFC 4180) or a JSONL file (one JSON object per line).</summary>
public static class ProfileFileReader
{
    /// <summary>Reads a profile file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="display">How messages name it, e.g. examples/profiles/hcps.csv.</param>
    /// <param name="format">csv or jsonl; null picks by extension (.jsonl, .ndjson → jsonl, else csv).</param>
    public static ProfileReadResult Read(string path, string display, string? format = null)
    {
        if (!File.Exists(path))
        {
            return ProfileReadResult.Failed($"{display}: the profile file does not exist; fix spec.profiles.path (relative to the declarations)");
        }
        format ??= path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase) ? "jsonl" : "csv";
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return format == "jsonl" ? ReadJsonl(reader, display) : ReadCsv(reader, display);
    }

    /// <summary>Reads CSV text: a missing required column is a fatal error naming it; bad rows are rejected with file:line.</summary>
    public static ProfileReadResult ReadCsv(TextReader text, string display)
    {
        var csv = new CsvRecordReader(text);
        var header = csv.Next(out var headerError);
        if (header is null)
        {
            return ProfileReadResult.Failed($"{display}: the file is empty; the first line must name the columns ({string.Join(",", ProfileColumns.Required)})");
        }
        if (headerError is not null)
        {
            return ProfileReadResult.Failed($"{display}:1: the header is not valid CSV: {headerError}");
        }

        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Value.Fields.Count; i++)
        {
            index.TryAdd(header.Value.Fields[i].Trim(), i);
        }
        var missing = ProfileColumns.Required.Where(c => !index.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            return ProfileReadResult.Failed($"{display}:1: missing required column{(missing.Count == 1 ? "" : "s")} {string.Join(", ", missing)}; add {(missing.Count == 1 ? "it" : "them")} to the header (values may be empty where allowed)");
        }

        var rows = new ProfileRowCollector();
        while (csv.Next(out var error) is { } record)
        {
            var location = $"{display}:{record.Line}";
            if (record.Fields is [""])
            {
                continue;
            }
            if (error is not null)
            {
                rows.Reject(location, $"not valid CSV: {error}");
                continue;
            }
            if (record.Fields.Count != header.Value.Fields.Count)
            {
                rows.Reject(location, $"{record.Fields.Count} fields where the header has {header.Value.Fields.Count}: quote fields that contain commas");
                continue;
            }
            var fields = record.Fields;
            rows.Add(location, name => index.TryGetValue(name, out var i) ? fields[i] : null);
        }
        return rows.Result();
    }

    /// <summary>Reads JSONL text: each line an object whose keys are the columns; a row missing a required key is rejected naming it.</summary>
    public static ProfileReadResult ReadJsonl(TextReader text, string display)
    {
        var rows = new ProfileRowCollector();
        var line = 0;
        while (text.ReadLine() is { } raw)
        {
            line++;
            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }
            var location = $"{display}:{line}";
            Dictionary<string, string?> values;
            try
            {
                values = Flatten(raw);
            }
            catch (JsonException e)
            {
                rows.Reject(location, $"not a JSON object: {e.Message.Split('.')[0]}");
                continue;
            }
            var missing = ProfileColumns.Required.Where(c => !values.ContainsKey(c)).ToList();
            if (missing.Count > 0)
            {
                rows.Reject(location, $"missing required key{(missing.Count == 1 ? "" : "s")} {string.Join(", ", missing)}");
                continue;
            }
            rows.Add(location, name => values.GetValueOrDefault(name));
        }
        return rows.Result();
    }

    private static Dictionary<string, string?> Flatten(string raw)
    {
        using var document = JsonDocument.Parse(raw);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("The line is not an object.");
        }
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            values[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Null => null,
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                JsonValueKind.Array => string.Join(';', property.Value.EnumerateArray().Select(e => e.ToString())),
                _ => property.Value.GetRawText(),
            };
        }
        return values;
    }
}
