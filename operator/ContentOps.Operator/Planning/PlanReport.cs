namespace ContentOps.Operator.Planning;

/// <summary>A computed plan: what applying head over base would do, resource by resource, in dependency order.</summary>
internal sealed record PlanReport
{
    /// <summary>What the plan compares against, e.g. <c>main~1 (3f1c2ab)</c>, <c>applied state in .contentops</c>, <c>nothing</c>.</summary>
    public required string Base { get; init; }

    /// <summary>What is planned, e.g. <c>main (9d0e1f2)</c> or <c>work tree</c>.</summary>
    public required string Head { get; init; }

    public required IReadOnlyList<ResourcePlan> Resources { get; init; }

    /// <summary>Resources with neither a change nor a consequence.</summary>
    public int Unchanged { get; init; }

    public int ToGenerate => Pieces.Count(p => p.Generate is not null);

    public int ToReReview => Pieces.Count(p => p.ReReview);

    public int ToPublish => Pieces.Count(p => p.PublishTo.Count > 0);

    public int ToWithdraw => Pieces.Count(p => p.WithdrawFrom.Count > 0);

    /// <summary>Blocking findings of the planned pieces at head: what a CI gate (--fail-on-blocking) stops on.</summary>
    public int BlockingFindings => Pieces.Sum(p => p.Review?.Blocking ?? 0);

    /// <summary><c>Plan: 2 to generate, 1 to re-review, 3 to publish, 1 to withdraw; 2 blocking findings.</c></summary>
    public string Summary =>
        $"Plan: {ToGenerate} to generate, {ToReReview} to re-review, {ToPublish} to publish, {ToWithdraw} to withdraw; "
        + $"{BlockingFindings} blocking finding{(BlockingFindings == 1 ? "" : "s")}.";

    private IEnumerable<PiecePlan> Pieces => Resources.Select(r => r.Piece).OfType<PiecePlan>();
}
