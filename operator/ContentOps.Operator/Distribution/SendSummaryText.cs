using System.Text;
using ContentOps.Core.Distribution.Planning;

namespace ContentOps.Operator.Distribution;

/// <summary>The per-piece send summary as lines: HCPs per channel, deferred sends, skipped pairs and why.</summary>
internal static class SendSummaryText
{
    public static string Render(SendPlanSummary summary)
    {
        var text = new StringBuilder();
        text.Append("\nSend plan: ").Append(summary.PlannedCount).Append(" send(s), ").Append(summary.SkippedCount).Append(" skipped.\n");
        foreach (var (piece, counts) in summary.Pieces)
        {
            text.Append("  ").Append(piece).Append(": ").Append(Line(counts)).Append('\n');
        }
        return text.ToString();
    }

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
