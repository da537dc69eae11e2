namespace ContentOps.Core.Knowledge.Recall;

/// <summary>
/// Finds the approved claims that fit a brief: what generation may state and what <c>plan</c> shows as recalled.
/// Withdrawn, draft and expired claims are never returned.
/// </summary>
public interface IClaimRecall
{
    /// <summary>The best <paramref name="top"/> usable claims of <paramref name="product"/> for the brief, best first.</summary>
    /// <param name="brief">The piece's brief (intent), title or any query text.</param>
    /// <param name="product">Trade name of the product (ClaimLibrary spec.product); null or empty for every product.</param>
    /// <param name="top">How many claims at most.</param>
    /// <param name="cancellationToken">Stops the recall.</param>
    Task<IReadOnlyList<RecalledClaim>> RecallAsync(string brief, string? product, int top, CancellationToken cancellationToken = default);
}
