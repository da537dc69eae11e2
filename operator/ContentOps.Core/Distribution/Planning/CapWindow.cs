using ContentOps.Core.Api.Channels;

namespace ContentOps.Core.Distribution.Planning;

/// <summary>
/// At most <see cref="Count"/> sends per HCP in a window. Rolling: in every interval [s, s+per) for any s.
/// Calendar: per calendar day (per 1d), ISO week (7d) or month (28d–31d) in the zone; other lengths count in
/// consecutive per-long blocks from 1970-01-01 local time.
/// </summary>
public sealed class CapWindow
{
    private CapWindow(int count, TimeSpan length, bool calendar, TimeZoneInfo zone, string text)
    {
        Count = count;
        Length = length;
        Calendar = calendar;
        Zone = zone;
        Text = text;
    }

    public int Count { get; }

    public TimeSpan Length { get; }

    public bool Calendar { get; }

    public TimeZoneInfo Zone { get; }

    /// <summary>How reasons name it, e.g. "2 per 7d" or "4 per calendar month".</summary>
    public string Text { get; }

    /// <summary>The cap, or null when none is declared or its interval is not a duration.</summary>
    public static CapWindow? From(RateLimit? declared, string? zone)
    {
        if (declared is null || DurationText.Parse(declared.Per) is not { } length)
        {
            return null;
        }
        var calendar = string.Equals(declared.Window, RateLimit.CalendarWindow, StringComparison.OrdinalIgnoreCase);
        var text = calendar ? $"{declared.Count} per calendar {UnitName(length)}" : $"{declared.Count} per {declared.Per}";
        return new CapWindow(declared.Count, length, calendar, Zones.Find(zone), text);
    }

    /// <summary>WeChat service accounts: 4 mass messages per user per calendar month.</summary>
    public static CapWindow WeChatMonthly(string? zone) => new(4, TimeSpan.FromDays(30), true, Zones.Find(zone), "4 mass messages per calendar month (WeChat service account)");

    /// <summary>True when one more send at <paramref name="at"/> keeps every window within the cap, given the sends in <paramref name="sent"/>.</summary>
    public bool Allows(IReadOnlyList<DateTimeOffset> sent, DateTimeOffset at)
    {
        if (Calendar)
        {
            var period = Period(at);
            var inPeriod = 0;
            foreach (var time in sent)
            {
                if (Period(time) == period && ++inPeriod >= Count)
                {
                    return false;
                }
            }
            return true;
        }

        // The fullest window containing 'at' starts at 'at' or at an earlier send within one length of it.
        if (!FitsFrom(sent, at, at))
        {
            return false;
        }
        foreach (var start in sent)
        {
            if (start <= at && at - start < Length && !FitsFrom(sent, start, at))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The sends counted together with <paramref name="at"/> when the cap refuses it (for the reason).</summary>
    public IEnumerable<DateTimeOffset> Neighbours(IReadOnlyList<DateTimeOffset> sent, DateTimeOffset at) =>
        Calendar ? sent.Where(t => Period(t) == Period(at)) : sent.Where(t => (t - at).Duration() < Length);

    private bool FitsFrom(IReadOnlyList<DateTimeOffset> sent, DateTimeOffset start, DateTimeOffset at)
    {
        var end = start + Length;
        var count = at >= start && at < end ? 1 : 0;
        foreach (var time in sent)
        {
            if (time >= start && time < end)
            {
                count++;
            }
        }
        return count <= Count;
    }

    /// <summary>The calendar period an instant falls in, as a number that only equal periods share.</summary>
    public long Period(DateTimeOffset instant)
    {
        var local = Zones.InZone(instant, Zone).DateTime;
        var days = Length.TotalDays;
        if (days is >= 28 and <= 31)
        {
            return local.Year * 12L + local.Month;
        }
        var dayNumber = (long)(local.Date - DateTime.UnixEpoch.Date).TotalDays;
        if (days == 7)
        {
            // 1970-01-01 was a Thursday: shift so weeks start on Monday.
            return (long)Math.Floor((dayNumber + 3) / 7.0);
        }
        var ticks = (local - DateTime.UnixEpoch).Ticks;
        return (long)Math.Floor(ticks / (double)Length.Ticks);
    }

    private static string UnitName(TimeSpan length) => length.TotalDays switch
    {
        1 => "day",
        7 => "week",
        >= 28 and <= 31 => "month",
        _ => $"{length.TotalHours:0.#}h block",
    };
}
