namespace ContentOps.Operator.Sending;

/// <summary>
/// Splits the due recipients of one WeChat article into mass-send batches. The Official Account API's
/// <c>message/mass/send</c> by openId takes 2 to 10,000 openIds, so no batch may hold a single recipient: the batches
/// are sized evenly (a 501-recipient run is 251 + 250, never 500 + 1), and a lone recipient is not sent at all but
/// stays pending in the ledger until a second HCP of the same article variant is due (after quiet hours, a new
/// consent, the next segment member). Meanwhile the article itself is live on the account (freepublish), so the lone
/// HCP misses only the push, not the content.
/// </summary>
internal static class MassSendBatches
{
    /// <summary>The fewest openIds <c>message/mass/send</c> accepts.</summary>
    public const int MinRecipients = 2;

    /// <summary>Even batches of at most <paramref name="max"/> (at least 4) items, each of at least two; none for a single item.</summary>
    public static IReadOnlyList<T[]> Split<T>(IReadOnlyList<T> items, int max)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 2 * MinRecipients);
        if (items.Count < MinRecipients)
        {
            return [];
        }

        // Sizes differ by at most one, and floor(count / batches) >= 2 because count >= 2 and max >= 4.
        var batches = (items.Count + max - 1) / max;
        var size = items.Count / batches;
        var larger = items.Count % batches;
        var result = new List<T[]>(batches);
        var start = 0;
        for (var i = 0; i < batches; i++)
        {
            var length = size + (i < larger ? 1 : 0);
            result.Add([.. items.Skip(start).Take(length)]);
            start += length;
        }

        return result;
    }
}
