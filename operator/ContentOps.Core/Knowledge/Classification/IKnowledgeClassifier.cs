namespace ContentOps.Core.Knowledge.Classification;

/// <summary>Sorts a passage or claim into the taxonomy's classes, one per dimension.</summary>
public interface IKnowledgeClassifier
{
    /// <summary>One classification per dimension of the taxonomy.</summary>
    Task<IReadOnlyList<Classification>> ClassifyAsync(string text, CancellationToken cancellationToken = default);
}
