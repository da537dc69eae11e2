namespace ContentOps.Core.Distribution.Recommendation;

/// <summary>Where rep feedback is kept (a JSONL file in the state folder embedded, in memory for tests).</summary>
public interface ISuggestionFeedbackStore
{
    Task AddAsync(SuggestionFeedback feedback, CancellationToken cancellationToken);

    Task<IReadOnlyList<SuggestionFeedback>> ListAsync(CancellationToken cancellationToken);
}
