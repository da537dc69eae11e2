using System.Globalization;

namespace ContentOps.Core.Analytics.Events;

/// <summary>
/// Builds and checks an event from named fields (a CSV row or a JSON object): the one validation both import
/// formats and the event API share. Field names: id, type, occurredAt, idempotencyKey, messageId, channel, hcp,
/// campaign, piece, segment, region, team, readThrough, dwellSeconds, text.
/// </summary>
public static class EngagementEventFields
{
    /// <summary>How far in the future an event time may be (clock skew between platforms).</summary>
    public static readonly TimeSpan FutureTolerance = TimeSpan.FromDays(1);

    public static IReadOnlyList<string> Names { get; } =
        ["id", "type", "occurredAt", "idempotencyKey", "messageId", "channel", "hcp", "campaign", "piece", "segment", "region", "team", "readThrough", "dwellSeconds", "text"];

    /// <summary>The event, or the reason the fields do not make one.</summary>
    public static (EngagementEvent? Event, string? Error) Build(Func<string, string?> field, DateTimeOffset now)
    {
        var id = Trimmed(field("id"));
        if (id is null)
        {
            return (null, "id is missing (every event needs the source's event id, for de-duplication)");
        }

        if (!EngagementEventTypes.TryParse(Trimmed(field("type")), out var type))
        {
            return (null, $"type '{field("type")}' is not one of {string.Join(", ", EngagementEventTypes.Names)}");
        }

        if (!DateTimeOffset.TryParse(Trimmed(field("occurredAt")), CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) || !HasOffset(field("occurredAt")!))
        {
            return (null, $"occurredAt '{field("occurredAt")}' is not an ISO-8601 time with an offset (e.g. 2026-12-04T09:30:00+08:00)");
        }

        if (at > now + FutureTolerance)
        {
            return (null, $"occurredAt {at:O} is in the future (more than a day ahead of {now:O})");
        }

        var key = Trimmed(field("idempotencyKey"));
        var message = Trimmed(field("messageId"));
        var channel = Trimmed(field("channel"));
        var piece = Trimmed(field("piece"));
        var hcp = Trimmed(field("hcp"));
        if (key is null && channel is null)
        {
            return (null, "neither idempotencyKey nor channel is given, so the event cannot be attributed to a send (give idempotencyKey, messageId with channel, or piece, hcp and channel)");
        }

        if (key is null && message is null && (piece is null || hcp is null))
        {
            return (null, "neither idempotencyKey, messageId nor piece with hcp is given, so the event cannot be attributed to a send (give idempotencyKey, messageId with channel, or piece, hcp and channel)");
        }

        var (readThrough, readError) = Number(field("readThrough"), "readThrough", 0, 1);
        var (dwell, dwellError) = Number(field("dwellSeconds"), "dwellSeconds", 0, 86_400);
        if ((readError ?? dwellError) is { } error)
        {
            return (null, error);
        }

        var text = Trimmed(field("text"));
        if (type == EngagementEventType.Comment && text is null)
        {
            return (null, "a comment event needs text");
        }

        return (new EngagementEvent
        {
            Id = id,
            Type = type,
            OccurredAt = at,
            IdempotencyKey = key,
            MessageId = message,
            Channel = channel,
            Hcp = hcp,
            Campaign = Trimmed(field("campaign")),
            Piece = piece,
            Segment = Trimmed(field("segment")),
            Region = Trimmed(field("region")),
            Team = Trimmed(field("team")),
            ReadThrough = readThrough,
            DwellSeconds = dwell,
            Text = text,
        }, null);
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool HasOffset(string value)
    {
        var v = value.Trim();
        return v.EndsWith('Z') || v.EndsWith('z') || (v.Length > 6 && (v[^6] is '+' or '-') && v[^3] == ':');
    }

    private static (double? Value, string? Error) Number(string? raw, string name, double min, double max)
    {
        if (Trimmed(raw) is not { } text)
        {
            return (null, null);
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? (value, null)
            : (null, $"{name} '{text}' must be a number from {min} to {max}");
    }
}
