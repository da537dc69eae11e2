using ContentOps.Core.Generation;
using ContentOps.Core.Review;
using ContentOps.Core.Review.Fixes;
using ContentOps.Operator.Observability;

namespace ContentOps.Operator.Reconcilers.ContentPieces;

/// <summary>
/// One attempt to clear blocking findings of freshly generated content before it goes to people: safe auto-fixes
/// (append a missing required statement, replace a forbidden term with the policy's wording), and for model
/// providers a regeneration with the findings as instructions. The embedded generator is deterministic, so
/// regenerating it would repeat the same text: only auto-fix applies there.
/// </summary>
internal sealed class RemediateStep(GenerateStep generate, ContentOpsMetrics metrics)
{
    /// <summary>Returns what was changed, or null when nothing could be changed (then the findings stand).</summary>
    public async Task<string?> RunAsync(PieceContext context, CancellationToken cancellationToken)
    {
        var renditions = context.Renditions.ToList();
        var notes = new List<string>();
        generate.TryGetClient(context, out var client, out var provider);
        for (var i = 0; i < renditions.Count; i++)
        {
            var verdict = context.Verdicts.FirstOrDefault(v => v.Channel == renditions[i].Channel && v.Segment == renditions[i].Segment);
            if (verdict is not { Blocked: true })
            {
                continue;
            }

            var fixedRendition = AutoFixer.Fix(renditions[i], verdict.Findings);
            if (fixedRendition.Changed)
            {
                renditions[i] = fixedRendition.Rendition;
                notes.Add($"auto-fixed {fixedRendition.Changes.Count} finding(s) on {Where(renditions[i])}");
            }
            else if (provider != "embedded" && client is not null)
            {
                var channel = context.Channels.First(c => c.Metadata.Name == renditions[i].Channel);
                var segment = context.Audience?.Spec.Segments.FirstOrDefault(s => s.Name == renditions[i].Segment);
                var feedback = FindingFeedback.ToPrompt(verdict.Findings.Where(f => f.IsBlocking)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
                renditions[i] = await GenerateStep.GenerateOneAsync(context, client, channel, segment, feedback, cancellationToken);
                metrics.Generations.WithLabels(context.Piece.Spec.Format, provider).Inc();
                notes.Add($"regenerated {Where(renditions[i])} with {verdict.BlockingCount} finding(s) as instructions");
            }
        }

        if (notes.Count == 0)
        {
            return null;
        }

        await generate.CommitAsync(context, renditions, cancellationToken);
        context.Attempts++;
        generate.RecordTokens(context, provider);
        return string.Join("; ", notes);
    }

    private static string Where(Rendition rendition) =>
        rendition.Segment is null ? rendition.Channel : $"{rendition.Channel}/{rendition.Segment}";
}
