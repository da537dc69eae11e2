namespace ContentOps.Core.Distribution.Planning;

/// <summary>IANA time zones by id, defaulting to Asia/Shanghai (the declarations' default).</summary>
public static class Zones
{
    /// <summary>The default zone id.</summary>
    public const string DefaultId = "Asia/Shanghai";

    /// <summary>The zone, or Asia/Shanghai for a null or unknown id (the validator reports unknown ids).</summary>
    public static TimeZoneInfo Find(string? id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(string.IsNullOrWhiteSpace(id) ? DefaultId : id);
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.FindSystemTimeZoneById(DefaultId);
        }
    }

    /// <summary>The instant expressed with the zone's offset at that instant.</summary>
    public static DateTimeOffset InZone(DateTimeOffset instant, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(instant, zone);
}
