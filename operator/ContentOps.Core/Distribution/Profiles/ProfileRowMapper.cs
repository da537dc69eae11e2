using System.Globalization;

namespace ContentOps.Core.Distribution.Profiles;

/// <summary>
/// Turns one row (column name → text, case-insensitive names) into an <see cref="HcpProfile"/>, or the reason it is
/// rejected. Dates are ISO 8601; a date or time without an offset is read in <see cref="DefaultOffset"/> (China, +08:00).
/// </summary>
public static class ProfileRowMapper
{
    /// <summary>Offset for dates written without one.</summary>
    public static readonly TimeSpan DefaultOffset = TimeSpan.FromHours(8);

    private static readonly string[] _dateFormats = ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"];

    /// <summary>The profile, or null with <paramref name="error"/> saying which column is wrong and how to fix it.</summary>
    public static HcpProfile? Map(Func<string, string?> column, out string? error)
    {
        ArgumentNullException.ThrowIfNull(column);
        var problems = new List<string>();
        string Text(string name) => column(name)?.Trim() ?? "";
        bool Bool(string name)
        {
            var value = Text(name);
            switch (value.ToLowerInvariant())
            {
                case "true" or "1" or "yes" or "y": return true;
                case "false" or "0" or "no" or "n" or "": return false;
                default:
                    problems.Add($"{name} is '{value}': write true or false");
                    return false;
            }
        }
        DateTimeOffset? Date(string name)
        {
            var value = Text(name);
            if (value.Length == 0)
            {
                return null;
            }
            if (DateTimeOffset.TryParseExact(value, _dateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            {
                return new DateTimeOffset(local.DateTime, DefaultOffset);
            }
            if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) && value.Length > 10)
            {
                return parsed;
            }
            problems.Add($"{name} is '{value}': write an ISO 8601 date such as 2026-03-01 or 2026-03-01T09:00:00+08:00");
            return null;
        }
        int Count(string name)
        {
            var value = Text(name);
            if (value.Length == 0)
            {
                return 0;
            }
            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                return count;
            }
            problems.Add($"{name} is '{value}': write a whole number");
            return 0;
        }

        var id = Text("id");
        if (id.Length == 0)
        {
            problems.Add("id is empty: every profile needs its master-data id");
        }
        var name = Text("name");
        if (name.Length == 0)
        {
            problems.Add("name is empty");
        }
        var preferred = Text("preferredChannel").ToLowerInvariant();
        if (preferred.Length > 0 && !ProfileColumns.PreferredChannels.Contains(preferred))
        {
            problems.Add($"preferredChannel is '{preferred}': write one of {string.Join(", ", ProfileColumns.PreferredChannels)} or leave it empty");
        }
        var email = Text("email");
        if (email.Length > 0 && (email.IndexOf('@', StringComparison.Ordinal) <= 0 || email.Contains(' ', StringComparison.Ordinal)))
        {
            problems.Add($"email is not an address (expected name@domain)");
        }
        var mobile = Text("mobile");
        if (mobile.Length > 0 && !IsPhone(mobile))
        {
            problems.Add("mobile is not a phone number (digits, optionally +86 and spaces or dashes)");
        }

        var sharedAt = Date("consentAt");
        var sharedExpires = Date("consentExpires");
        ChannelConsent Consent(string channel)
        {
            var optIn = Bool($"{channel}OptIn");
            var at = Date($"{channel}ConsentAt") ?? sharedAt;
            var expires = Date($"{channel}ConsentExpires") ?? sharedExpires;
            if (optIn && at is null)
            {
                problems.Add($"{channel}OptIn is true but there is no consentAt: record when the HCP consented (proof of consent)");
            }
            return new ChannelConsent(optIn, at, expires);
        }

        var profile = new HcpProfile
        {
            Id = id,
            Name = name,
            Title = Text("title"),
            Specialty = Text("specialty"),
            Hospital = Text("hospital"),
            HospitalTier = Text("hospitalTier"),
            Region = Text("region"),
            Verified = Bool("verified"),
            WeChatOpenId = NullIfEmpty(Text("wechatOpenId")),
            Email = NullIfEmpty(email),
            Mobile = NullIfEmpty(mobile),
            WeChatConsent = Consent(ConsentChannels.WeChat),
            EmailConsent = Consent(ConsentChannels.Email),
            SmsConsent = Consent(ConsentChannels.Sms),
            PreferredChannel = preferred,
            PersonalizationOptOut = Bool("personalizationOptOut"),
            RepId = Text("repId"),
            Engagement = new HcpEngagement
            {
                Opens = Count("opens"),
                Clicks = Count("clicks"),
                LastContactAt = Date("lastContactAt"),
                Interests = [.. Text("interests").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
            },
        };

        error = problems.Count == 0 ? null : string.Join("; ", problems);
        return problems.Count == 0 ? profile : null;
    }

    private static bool IsPhone(string value)
    {
        var digits = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c is not ('+' or '-' or ' '))
            {
                return false;
            }
        }
        return digits is >= 7 and <= 15;
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
