using System.Text;
using ContentOps.Core.Api.Channels;
using ContentOps.Core.Distribution.Planning;

namespace ContentOps.Operator.Distribution;

/// <summary>The per-piece send summary as lines: HCPs per channel, deferred sends, skipped pairs and why.</summary>
internal static class SendSummaryText
{
    /// <param name="summary">The plan's counts.</param>
    /// <param name="channels">ChannelTarget specs by namespace/name: planned sends on a <c>file</c> channel without
    /// <c>perHcpSends</c> are annotated, because the run does not execute them.</param>
    public static string Render(SendPlanSummary summary, IReadOnlyDictionary<string, ChannelTargetSpec>? channels = null)
    {
        var text = new StringBuilder();
        text.Append("\nSend plan: ").Append(summary.PlannedCount).Append(" send(s), ").Append(summary.SkippedCount).Append(" skipped.\n");
        foreach (var (piece, counts) in summary.Pieces)
        {
            text.Append("  ").Append(piece).Append(": ").Append(Line(counts)).Append('\n');
            if (channels is not null && NotExecuted(piece, counts, channels) is { Length: > 0 } note)
            {
                text.Append("    ").Append(note).Append('\n');
            }
            if (channels is not null)
            {
                foreach (var name in LoneWeChatRecipients(piece, counts, channels))
                {
                    text.Append("    ").Append(name).Append(": one doctor is due and a WeChat mass send needs two recipients; ")
                        .Append("without spec.templateId the send waits until a second doctor is due (declare a template message to reach one doctor now)\n");
                }
            }
        }
        return text.ToString();
    }

    /// <summary>
    /// "approved-email is a file channel without perHcpSends: run writes the piece once to out/email and sends nothing
    /// per HCP (these N are what perHcpSends: true would write)".
    /// </summary>
    public static string NotExecuted(string piece, PieceSendSummary counts, IReadOnlyDictionary<string, ChannelTargetSpec> channels)
    {
        var folders = FileChannelsWithoutPerHcpSends(piece, counts, channels)
            .Select(name => (Name: name, Spec: channels[SendPlanInput.Key(piece.Split('/')[0], name)]))
            .ToList();
        return folders.Count == 0 ? "" : string.Join("; ", folders.Select(c =>
            $"{c.Name} is a file channel without perHcpSends: run writes the piece once to {c.Spec!.Endpoint} and sends nothing per HCP; "
            + $"these {counts.Planned[c.Name]} are what perHcpSends: true would write, one file per HCP"));
    }

    /// <summary>The piece's planned channels that are file channels without perHcpSends (the run does not send on them per HCP).</summary>
    public static IReadOnlyList<string> FileChannelsWithoutPerHcpSends(string piece, PieceSendSummary counts, IReadOnlyDictionary<string, ChannelTargetSpec> channels) =>
        [.. counts.Planned.Keys.Where(name => channels.GetValueOrDefault(SendPlanInput.Key(piece.Split('/')[0], name)) is { Type: "file", PerHcpSends: false })];

    /// <summary>
    /// The piece's WeChat channels with exactly one planned send and no <c>templateId</c>: the run holds that send (a
    /// mass send needs two openIds), so the plan says so rather than promising it.
    /// </summary>
    public static IReadOnlyList<string> LoneWeChatRecipients(string piece, PieceSendSummary counts, IReadOnlyDictionary<string, ChannelTargetSpec> channels) =>
        [.. counts.Planned.Where(p => p.Value == 1
                && channels.GetValueOrDefault(SendPlanInput.Key(piece.Split('/')[0], p.Key)) is { Type: "wechat", TemplateId: null or "" })
            .Select(p => p.Key)];

    /// <summary><c>send to 120 HCPs (approved-email 120, 14 deferred by quiet hours); skip 80 (consent on approved-email 60, …)</c>.</summary>
    public static string Line(PieceSendSummary counts)
    {
        var planned = counts.PlannedTotal == 0
            ? "no sends"
            : $"send to {counts.PlannedTotal} HCP(s) ({string.Join(", ", counts.Planned.Select(p => $"{p.Key} {p.Value}"))}{(counts.Deferred > 0 ? $"; {counts.Deferred} deferred by quiet hours" : "")})";
        var skipped = counts.SkippedTotal == 0
            ? ""
            : $"; skip {counts.SkippedTotal} ({string.Join(", ", counts.Skipped.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key} {s.Value}"))})";
        return planned + skipped;
    }
}
