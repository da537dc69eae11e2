using System.Globalization;
using ContentOps.Core.Api.Channels;

namespace ContentOps.Core.Distribution.Planning;

/// <summary>
/// A daily window, in a time zone, in which nothing is sent. A send due inside it is deferred to the window's end
/// (the next end time after the instant), never dropped. The window may cross midnight (21:00–08:00).
/// </summary>
public sealed class QuietHoursWindow
{
    private readonly TimeSpan _start;
    private readonly TimeSpan _end;

    private QuietHoursWindow(TimeSpan start, TimeSpan end, TimeZoneInfo zone, string endText)
    {
        _start = start;
        _end = end;
        Zone = zone;
        EndText = endText;
    }

    public TimeZoneInfo Zone { get; }

    /// <summary>End of the window as declared, e.g. 08:00.</summary>
    public string EndText { get; }

    /// <summary>The window, or null when none is declared or it is malformed (the validator reports that) or empty.</summary>
    public static QuietHoursWindow? From(QuietHours? declared, string? fallbackZone)
    {
        if (declared is null
            || !TimeSpan.TryParseExact(declared.Start, @"hh\:mm", CultureInfo.InvariantCulture, out var start)
            || !TimeSpan.TryParseExact(declared.End, @"hh\:mm", CultureInfo.InvariantCulture, out var end)
            || start == end)
        {
            return null;
        }
        return new QuietHoursWindow(start, end, Zones.Find(declared.TimeZone ?? fallbackZone), declared.End);
    }

    /// <summary>True when the local time of <paramref name="instant"/> is inside the window (start inclusive, end exclusive).</summary>
    public bool Contains(DateTimeOffset instant)
    {
        var time = Zones.InZone(instant, Zone).TimeOfDay;
        return _start < _end ? time >= _start && time < _end : time >= _start || time < _end;
    }

    /// <summary>The instant itself when outside the window, else the window's next end (in the zone's offset).</summary>
    public DateTimeOffset Defer(DateTimeOffset instant)
    {
        if (!Contains(instant))
        {
            return instant;
        }
        var local = Zones.InZone(instant, Zone);
        var endDate = local.TimeOfDay < _end ? local.Date : local.Date.AddDays(1);
        var endLocal = endDate + _end;
        // A wall-clock time skipped by a DST jump does not exist; the first valid minute after it does.
        while (Zone.IsInvalidTime(endLocal))
        {
            endLocal = endLocal.AddMinutes(1);
        }
        var offset = Zone.GetUtcOffset(endLocal);
        return new DateTimeOffset(endLocal, offset);
    }
}
