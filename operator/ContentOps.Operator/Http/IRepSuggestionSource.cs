using ContentOps.Core.Distribution.Recommendation;

namespace ContentOps.Operator.Http;

/// <summary>Where the API's rep suggestions come from, and where feedback on them goes.</summary>
internal interface IRepSuggestionSource
{
    /// <summary>The rep's suggestions, or null with the reason written to <paramref name="error"/>.</summary>
    Task<RepSuggestions?> ForRepAsync(string rep, TextWriter error, CancellationToken cancellationToken);

    ISuggestionFeedbackStore Feedback { get; }
}
