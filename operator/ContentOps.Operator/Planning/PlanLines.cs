namespace ContentOps.Operator.Planning;

/// <summary>Spells out a resource plan as ordered lines: its changes, then for pieces generate → review → approval → publish → withdraw.</summary>
internal static class PlanLines
{
    private const int MatchChars = 60;

    public static IReadOnlyList<PlanLine> Of(ResourcePlan resource)
    {
        var lines = new List<PlanLine>();
        lines.AddRange(resource.Changes.Select(c => new PlanLine("change", c.Text, c.Location)));
        if (resource.Affects.Count > 0)
        {
            lines.Add(new PlanLine("affects", string.Join(", ", resource.Affects)));
        }

        lines.AddRange(resource.WhereUsed.Select(w => new PlanLine("where-used", w.Text, w.Location)));

        if (resource.Piece is { } piece)
        {
            AddPiece(lines, piece);
        }

        return lines;
    }

    /// <summary>The one-line gist of a resource, for headings and tables.</summary>
    public static string Headline(ResourcePlan resource)
    {
        if (resource.Piece is not { } piece)
        {
            return resource.Action switch { "+" => "create", "-" => "delete", _ => $"{resource.Changes.Count} field(s) changed" }
                + (resource.Affects.Count > 0 ? $"; affects {resource.Affects.Count} piece(s)" : "");
        }

        var parts = new List<string>();
        if (piece.Generate is not null)
        {
            parts.Add(piece.GenerateReasons.Count > 0 ? $"{piece.Generate}: {piece.GenerateReasons[0].Text}" : piece.Generate);
        }
        else if (piece.ReReview)
        {
            parts.Add(piece.ReviewReasons.Count > 0 ? $"re-review: {piece.ReviewReasons[0].Text}" : "re-review");
        }

        if (piece.WithdrawFrom.Count > 0)
        {
            parts.Add($"withdraw from {string.Join(", ", piece.WithdrawFrom)} ({piece.WithdrawReason})");
        }
        else if (piece.Publish is not null)
        {
            parts.Add(piece.Publish);
        }
        else if (piece.WithdrawReason is not null)
        {
            parts.Add($"nothing live to withdraw ({piece.WithdrawReason})");
        }

        return parts.Count == 0 ? $"{resource.Changes.Count} field(s) changed" : string.Join("; ", parts);
    }

    private static void AddPiece(List<PlanLine> lines, PiecePlan piece)
    {
        if (piece.Generate is not null)
        {
            var reasons = piece.GenerateReasons.Count > 0 ? piece.GenerateReasons : [new PlanNote("new piece")];
            lines.AddRange(reasons.Select(r => new PlanLine(piece.Generate, r.Text, r.Location)));
            lines.AddRange(piece.Recalled.Select(c => new PlanLine("recalled", c, null, 1)));
            lines.AddRange(piece.Variants.Select(v => new PlanLine("variant", v, null, 1)));
        }

        if (piece.ReReview)
        {
            lines.AddRange(piece.ReviewReasons.Select(r => new PlanLine("re-review", r.Text, r.Location)));
        }

        lines.AddRange(piece.Remediations.Select(r => new PlanLine("remediate", r)));
        if (piece.Review is { } review)
        {
            var verdict = $"{review.Blocking} blocking, {review.Warnings} warning{(review.Warnings == 1 ? "" : "s")}";
            lines.Add(new PlanLine("review", piece.Generate is null && !piece.ReReview ? verdict + " (unchanged)" : verdict));
            lines.AddRange(review.Findings.Select(f => new PlanLine("finding", Finding(f), f.RuleLocation, 1)));
        }

        if (piece.Approval is not null)
        {
            lines.Add(new PlanLine("approval", piece.Approval));
        }

        if (piece.Publish is not null && piece.Stalled is null)
        {
            lines.Add(new PlanLine("publish", piece.Publish));
        }

        if (piece.Stalled is not null)
        {
            lines.Add(new PlanLine("stopped", piece.Stalled));
        }

        if (piece.WithdrawFrom.Count > 0)
        {
            lines.Add(new PlanLine("withdraw", $"from {string.Join(", ", piece.WithdrawFrom)} ({piece.WithdrawReason})"));
        }
        else if (piece.WithdrawReason is not null)
        {
            lines.Add(new PlanLine("withdraw", $"nothing live to withdraw ({piece.WithdrawReason})"));
        }
    }

    private static string Finding(FindingPlan finding) =>
        $"{finding.Severity} {finding.Rule} in {finding.Rendition} {finding.Line}:{finding.Column}: {finding.Message}"
        + (finding.Match.Length > 0 ? $" «{Shorten(finding.Match)}»" : "");

    // A matched sentence can be a whole paragraph; the position says where, the start says which.
    private static string Shorten(string match) => match.Length <= MatchChars ? match : match[..MatchChars] + "…";
}
