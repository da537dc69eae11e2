using ContentOps.Core.Api.Policies;
using ContentOps.Core.Review.Learned;

namespace ContentOps.Benchmarks.Review;

/// <summary>Examples held in memory (a cross-validation fold, or the shipped file read once) for every policy that declares a learned detector.</summary>
internal sealed class InMemoryExamples(string path, string content) : ILearnedExamplesSource
{
    public LearnedExamplesText? Read(SopPolicy policy) => policy.Spec.LearnedDetector is null ? null : new LearnedExamplesText(path, content);
}
