namespace ContentOps.Core.Knowledge.Retrieval;

/// <summary>
/// The query's words a keyword hit matched, as a person reads them. The analyzer splits words its dictionary lacks
/// into characters (二甲双胍 → 二, 甲, 双, 胍); consecutive matched terms are joined back while the joined text is in
/// both the query and the record, so the explanation says 二甲双胍, not four characters.
/// </summary>
internal static class MatchedSpans
{
    /// <param name="query">The query as typed.</param>
    /// <param name="terms">The analyzer's terms of the query, in query order.</param>
    /// <param name="recordText">The text of the record the keyword list returned.</param>
    public static IReadOnlyList<string> Of(string query, IReadOnlyList<string> terms, string recordText)
    {
        var spans = new List<string>();
        string? current = null;
        foreach (var term in terms)
        {
            if (!recordText.Contains(term, StringComparison.OrdinalIgnoreCase))
            {
                Flush();
                continue;
            }

            var joined = current + term;
            if (current is not null && query.Contains(joined, StringComparison.OrdinalIgnoreCase) && recordText.Contains(joined, StringComparison.OrdinalIgnoreCase))
            {
                current = joined;
            }
            else
            {
                Flush();
                current = term;
            }
        }

        Flush();
        return spans;

        void Flush()
        {
            if (current is not null && !spans.Contains(current, StringComparer.OrdinalIgnoreCase))
            {
                spans.Add(current);
            }

            current = null;
        }
    }
}
