using ContentOps.Core.Generation;

namespace ContentOps.Core.Review.Fixes;

/// <summary>
/// Applies the safe mechanical fixes findings carry: a forbidden term replaced by the policy's wording, a missing
/// required statement appended (or prepended) as its own paragraph. Overlapping edits are skipped, so the result is
/// deterministic; anything else is left to the generator (<see cref="FindingFeedback"/>) or a human.
/// </summary>
public static class AutoFixer
{
    /// <summary>Applies the edits of <paramref name="findings"/> (positions in the reviewed text of <paramref name="rendition"/>).</summary>
    public static AutoFixResult Fix(Rendition rendition, IEnumerable<Finding> findings)
    {
        var titleLength = rendition.Title?.Length ?? 0;
        var bodyOffset = ReviewedText.BodyOffset(rendition);
        var accepted = new List<(Finding Finding, TextEdit Edit)>();
        var lowestStart = int.MaxValue;
        var ordered = findings.Where(f => f.Edit is not null)
            .OrderByDescending(f => f.Edit!.Offset).ThenByDescending(f => f.Edit!.Length).ThenBy(f => f.RuleId, StringComparer.Ordinal);
        foreach (var finding in ordered)
        {
            var edit = finding.Edit!;
            var inTitle = edit.Offset + edit.Length <= titleLength && bodyOffset > 0;
            var inBody = edit.Offset >= bodyOffset;
            var overlaps = edit.Offset + edit.Length > lowestStart || (edit.Length == 0 && edit.Offset == lowestStart && accepted.Count > 0);
            if ((!inTitle && !inBody) || overlaps)
            {
                continue;
            }

            accepted.Add((finding, edit));
            lowestStart = edit.Offset;
        }

        var title = rendition.Title;
        var body = rendition.Body;
        var claimUses = rendition.ClaimUses.ToList();
        foreach (var (_, edit) in accepted)
        {
            if (edit.Offset >= bodyOffset)
            {
                var local = edit.Offset - bodyOffset;
                body = string.Concat(body.AsSpan(0, local), edit.NewText, body.AsSpan(local + edit.Length));
                claimUses = Shift(claimUses, local, edit.Length, edit.NewText.Length);
            }
            else
            {
                title = string.Concat(title!.AsSpan(0, edit.Offset), edit.NewText, title.AsSpan(edit.Offset + edit.Length));
            }
        }

        var changes = accepted.AsEnumerable().Reverse().Select(a => new AutoFixChange(a.Finding.Policy, a.Finding.RuleId, Describe(a.Finding, a.Edit), a.Edit)).ToList();
        return new AutoFixResult(rendition with { Title = title, Body = body, ClaimUses = claimUses }, changes);
    }

    private static List<ClaimUse> Shift(List<ClaimUse> uses, int offset, int removed, int inserted) =>
    [
        .. uses.Where(u => u.Start + u.Length <= offset || u.Start >= offset + removed)
            .Select(u => u.Start + u.Length <= offset ? u : u with { Start = u.Start - removed + inserted }),
    ];

    private static string Describe(Finding finding, TextEdit edit) => edit.Length == 0
        ? $"补充“{edit.NewText.Trim()}”"
        : edit.NewText.Length == 0 ? $"删除“{finding.Match}”" : $"将“{finding.Match}”改为“{edit.NewText}”";
}
