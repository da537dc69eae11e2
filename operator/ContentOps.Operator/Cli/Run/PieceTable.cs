using System.Text;
using ContentOps.Core.Api;
using ContentOps.Core.Api.ContentPieces;

namespace ContentOps.Operator.Cli.Run;

/// <summary>The table `run` ends with and `status` prints: every piece, its phase, findings and what it waits for.</summary>
internal static class PieceTable
{
    public static string Render(IReadOnlyList<ContentPiece> pieces)
    {
        var rows = new List<string[]> { new[] { "PIECE", "FORMAT", "PHASE", "FINDINGS", "WAITING FOR", "CONTENT DIGEST" } };
        rows.AddRange(pieces
            .OrderBy(p => p.Metadata.EffectiveNamespace, StringComparer.Ordinal).ThenBy(p => p.Metadata.Name, StringComparer.Ordinal)
            .Select(p => new[]
            {
                $"{p.Metadata.EffectiveNamespace}/{p.Metadata.Name}",
                p.Spec.Format,
                p.Status?.Phase ?? ContentPiecePhase.Pending,
                p.Status?.Review is { } r ? $"{r.Blocking} block, {r.Warnings} warn" : "-",
                p.Status?.WaitingFor ?? "-",
                p.Status?.ContentDigest is { } d ? d[..Math.Min(d.Length, 19)] : "-",
            }));
        var widths = Enumerable.Range(0, rows[0].Length).Select(i => rows.Max(r => DisplayWidth(r[i]))).ToArray();
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                text.Append(row[i]);
                if (i < row.Length - 1)
                {
                    text.Append(' ', widths[i] - DisplayWidth(row[i]) + 2);
                }
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>CJK characters take two terminal columns.</summary>
    private static int DisplayWidth(string text) => text.Sum(c => c is >= '\u2e80' and <= '\uffef' ? 2 : 1);
}
