using ContentOps.Core.Api.Channels;

namespace ContentOps.Core.Distribution.Planning;

/// <summary>A ChannelTarget prepared for planning: its consent channel, quiet hours, caps and time zone.</summary>
internal sealed class CompiledChannel
{
    public CompiledChannel(int index, string @namespace, string name, ChannelTargetSpec spec)
    {
        Index = index;
        Namespace = @namespace;
        Name = name;
        Spec = spec;
        ConsentChannel = ConsentChannels.For(spec);
        var zone = spec.QuietHours?.TimeZone;
        Zone = Zones.Find(zone);
        QuietHours = QuietHoursWindow.From(spec.QuietHours, zone);
        Cap = CapWindow.From(spec.FrequencyCap, zone);
        WeChatLimit = ConsentChannel == ConsentChannels.WeChat ? CapWindow.WeChatMonthly(zone) : null;
    }

    public int Index { get; }

    public string Namespace { get; }

    public string Name { get; }

    public ChannelTargetSpec Spec { get; }

    /// <summary>wechat, email, sms, or null for channels that do not reach HCPs one by one (rep talk tracks).</summary>
    public string? ConsentChannel { get; }

    public TimeZoneInfo Zone { get; }

    public QuietHoursWindow? QuietHours { get; }

    public CapWindow? Cap { get; }

    public CapWindow? WeChatLimit { get; }

    public bool Reaches(string role) => Spec.AllowedAudienceRoles.Contains(role, StringComparer.Ordinal);
}
