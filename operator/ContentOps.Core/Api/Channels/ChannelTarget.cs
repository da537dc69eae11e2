namespace ContentOps.Core.Api.Channels;

/// <summary>A place content is published to: a WeChat service account, an email sender, an SMS gateway, a webhook, a folder.</summary>
[Resource("ChannelTarget", "channeltargets", "ct")]
[PrinterColumn("Type", "string", ".spec.type", "Channel type.")]
[PrinterColumn("Audience", "string", ".spec.allowedAudienceRoles", "Audience roles the channel may reach.")]
[PrinterColumn("Live", "integer", ".status.livePublications", "Publications currently live on the channel.")]
[PrinterColumn("Ready", "string", ".status.conditions[?(@.type==\"Ready\")].status", "Whether the channel is usable.")]
[PrinterColumn("Age", "date", ".metadata.creationTimestamp", "Time since creation.")]
public sealed class ChannelTarget : Resource<ChannelTargetSpec, ChannelTargetStatus>
{
    /// <summary>Creates an empty channel target with its kind set.</summary>
    public ChannelTarget() => Kind = "ChannelTarget";
}
