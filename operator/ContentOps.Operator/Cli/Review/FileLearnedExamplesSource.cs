using ContentOps.Core.Api.Policies;
using ContentOps.Core.Review.Learned;

namespace ContentOps.Operator.Cli.Review;

/// <summary>Reads spec.learnedDetector.examples relative to the YAML file each policy was loaded from.</summary>
internal sealed class FileLearnedExamplesSource(IReadOnlyDictionary<SopPolicy, string> origins) : ILearnedExamplesSource
{
    public LearnedExamplesText? Read(SopPolicy policy)
    {
        if (policy.Spec.LearnedDetector is not { } spec || !origins.TryGetValue(policy, out var file))
        {
            return null;
        }

        var path = Path.Combine(Path.GetDirectoryName(file) ?? ".", spec.Examples);
        return new LearnedExamplesText(path, File.Exists(path) ? File.ReadAllText(path) : null);
    }
}
