using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace ContentOps.Core.Review.Learned;

/// <summary>
/// Trained models by the digest of their examples file, for the life of the process: every reviewer (the CLI's, each
/// reconciler's, plan's) and every policy that names the same examples trains once. Training is deterministic, so a
/// cached model is the model training would give again. Thread-safe; cleared when it grows beyond a few entries.
/// </summary>
public static class LearnedModelCache
{
    private const int MaxModels = 16;
    private static readonly ConcurrentDictionary<string, Lazy<LearnedModel>> _models = new(StringComparer.Ordinal);
    private static long _trainings;

    /// <summary>How many models this process trained (a cache miss); for tests and diagnostics.</summary>
    public static long Trainings => Interlocked.Read(ref _trainings);

    /// <summary>The model trained on <paramref name="examples"/>, parsed from <paramref name="content"/>; trains on the first call per content.</summary>
    public static LearnedModel GetOrTrain(string content, IReadOnlyList<LearnedExample> examples)
    {
        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
        if (_models.Count >= MaxModels && !_models.ContainsKey(digest))
        {
            _models.Clear();
        }

        return _models.GetOrAdd(digest, _ => new Lazy<LearnedModel>(() =>
        {
            Interlocked.Increment(ref _trainings);
            return LearnedTrainer.Train(examples);
        })).Value;
    }
}
