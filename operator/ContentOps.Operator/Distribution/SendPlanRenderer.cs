using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ContentOps.Core.Distribution;
using ContentOps.Core.Distribution.Planning;

namespace ContentOps.Operator.Distribution;

/// <summary>
/// Streams a send plan as text (one aligned line per decision), JSONL (one object per line) or JSON (one document),
/// buffering a few thousand lines at a time so a plan of millions of decisions is never held in memory.
/// </summary>
internal sealed class SendPlanRenderer(TextWriter output, string format) : ISendPlanSink, IDisposable
{
    private const int FlushBytes = 1 << 16;
    private static readonly JsonWriterOptions _options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly ArrayBufferWriter<byte> _buffer = new(FlushBytes * 2);
    private readonly StringBuilder _text = new();
    private Utf8JsonWriter? _json;

    public void Begin(DateTimeOffset now)
    {
        if (format == "json")
        {
            _json = new Utf8JsonWriter(_buffer, _options);
            _json.WriteStartObject();
            _json.WriteString("now", now.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture));
            _json.WriteStartArray("sends");
        }
    }

    public void Planned(PlannedSend send)
    {
        if (format == "text")
        {
            _text.Append(send.Hcp).Append("  ").Append(send.Piece.ToString()).Append("  ").Append(send.Channel).Append("  ")
                .Append(send.Segment ?? "-").Append("  ").Append(Iso(send.SendAt)).Append("  ")
                .Append(send.Personalized ? "personalized" : "non-personalized").Append("  ").Append(send.Reason).Append('\n');
            FlushText();
            return;
        }
        Write(w =>
        {
            w.WriteString("hcp", send.Hcp);
            w.WriteString("piece", send.Piece.ToString());
            w.WriteString("channel", send.Channel);
            w.WriteString("channelType", send.ChannelType);
            w.WriteString("segment", send.Segment);
            w.WriteString("sendAt", Iso(send.SendAt));
            w.WriteBoolean("personalized", send.Personalized);
            w.WriteBoolean("deferred", send.Deferred);
            w.WriteString("reason", send.Reason);
            w.WriteString("contentDigest", send.ContentDigest);
            w.WriteString("renditionDigest", send.RenditionDigest);
            w.WriteString("modelVersion", send.ModelVersion);
        });
    }

    public void Skipped(SkippedSend skip)
    {
        if (format == "text")
        {
            _text.Append(skip.Hcp).Append("  ").Append(skip.Piece.ToString()).Append("  ").Append(skip.Channel).Append("  ")
                .Append(skip.Segment ?? "-").Append("  ").Append(skip.Reason).Append('\n');
            FlushText();
            return;
        }
        Write(w =>
        {
            w.WriteString("hcp", skip.Hcp);
            w.WriteString("piece", skip.Piece.ToString());
            w.WriteString("channel", skip.Channel);
            w.WriteString("segment", skip.Segment);
            w.WriteBoolean("skipped", true);
            w.WriteString("rule", skip.Rule);
            w.WriteString("reason", skip.Reason);
        });
    }

    /// <summary>Writes what is buffered; text ends with the per-piece summary, JSON with a summary object.</summary>
    public void End(SendPlanSummary summary, IReadOnlyDictionary<string, Core.Api.Channels.ChannelTargetSpec>? channels = null)
    {
        if (format == "text")
        {
            _text.Append(SendSummaryText.Render(summary, channels));
            FlushText(force: true);
            return;
        }
        if (_json is { } json)
        {
            json.WriteEndArray();
            json.WritePropertyName("summary");
            json.WriteStartObject();
            foreach (var (piece, counts) in summary.Pieces)
            {
                json.WritePropertyName(piece);
                json.WriteStartObject();
                json.WritePropertyName("planned");
                WriteCounts(json, counts.Planned);
                json.WriteNumber("deferred", counts.Deferred);
                json.WritePropertyName("skipped");
                WriteCounts(json, counts.Skipped);
                if (channels is not null && SendSummaryText.FileChannelsWithoutPerHcpSends(piece, counts, channels) is { Count: > 0 } notSent)
                {
                    // Planned, but the run does not send them: file channels write the piece once unless they opt in.
                    json.WriteStartArray("notSentPerHcp");
                    foreach (var name in notSent)
                    {
                        json.WriteStringValue(name);
                    }
                    json.WriteEndArray();
                }
                if (channels is not null && SendSummaryText.LoneWeChatRecipients(piece, counts, channels) is { Count: > 0 } waiting)
                {
                    // One due doctor on a WeChat channel without a template message: the run holds the send.
                    json.WriteStartArray("waitingForSecondRecipient");
                    foreach (var name in waiting)
                    {
                        json.WriteStringValue(name);
                    }
                    json.WriteEndArray();
                }
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteEndObject();
            json.Flush();
            _buffer.Write("\n"u8);
        }
        FlushJson(force: true);
    }

    public void Dispose() => _json?.Dispose();

    private static void WriteCounts(Utf8JsonWriter json, SortedDictionary<string, int> counts)
    {
        json.WriteStartObject();
        foreach (var (key, count) in counts)
        {
            json.WriteNumber(key, count);
        }
        json.WriteEndObject();
    }

    private void Write(Action<Utf8JsonWriter> body)
    {
        if (_json is { } json)
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
            json.Flush();
        }
        else
        {
            using var line = new Utf8JsonWriter(_buffer, _options);
            line.WriteStartObject();
            body(line);
            line.WriteEndObject();
            line.Flush();
            _buffer.Write("\n"u8);
        }
        FlushJson();
    }

    private void FlushJson(bool force = false)
    {
        if (_buffer.WrittenCount >= FlushBytes || force && _buffer.WrittenCount > 0)
        {
            output.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
            _buffer.ResetWrittenCount();
        }
    }

    private void FlushText(bool force = false)
    {
        if (_text.Length >= FlushBytes || force)
        {
            output.Write(_text);
            _text.Clear();
        }
    }

    private static string Iso(DateTimeOffset at) => at.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
}
