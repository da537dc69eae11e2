using System.Text;

namespace ContentOps.Core.Distribution.Profiles;

/// <summary>
/// An RFC 4180 reader: comma-separated fields, fields in double quotes may hold commas, line breaks and doubled
/// quotes; CRLF or LF line ends; a UTF-8 BOM is skipped by the caller's reader. Yields each record with the line it starts on.
/// </summary>
public sealed class CsvRecordReader(TextReader reader)
{
    private int _line = 1;

    /// <summary>Reads the next record, or null at the end. <paramref name="error"/> is set when a quoted field is malformed.</summary>
    public (int Line, List<string> Fields)? Next(out string? error)
    {
        error = null;
        if (reader.Peek() < 0)
        {
            return null;
        }

        var start = _line;
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var wasQuoted = false;
        while (true)
        {
            var c = reader.Read();
            if (quoted)
            {
                if (c < 0)
                {
                    error = "a quoted field is not closed before the end of the file";
                    fields.Add(field.ToString());
                    return (start, fields);
                }
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                    continue;
                }
                if (c == '\n')
                {
                    _line++;
                }
                field.Append((char)c);
                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0 && !wasQuoted:
                    quoted = true;
                    wasQuoted = true;
                    continue;
                case '"':
                    error ??= "a double quote inside an unquoted field (quote the whole field and double the quote)";
                    field.Append('"');
                    continue;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    wasQuoted = false;
                    continue;
                case '\r' when reader.Peek() == '\n':
                    continue;
                case '\n' or '\r' or -1:
                    if (c >= 0)
                    {
                        _line++;
                    }
                    fields.Add(field.ToString());
                    return (start, fields);
                default:
                    if (wasQuoted)
                    {
                        error ??= "text after the closing quote of a field";
                    }
                    field.Append((char)c);
                    continue;
            }
        }
    }
}
