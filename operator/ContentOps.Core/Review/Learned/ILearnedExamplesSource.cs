using ContentOps.Core.Api.Policies;

namespace ContentOps.Core.Review.Learned;

/// <summary>
/// Reads the examples file a policy's <see cref="LearnedDetectorSpec.Examples"/> names. The review engine does no I/O:
/// the host (the CLI, the embedded runner, a benchmark) resolves the path against where the policy came from.
/// </summary>
public interface ILearnedExamplesSource
{
    /// <summary>The examples of <paramref name="policy"/>, or null when this host cannot resolve them (the detector is then off).</summary>
    LearnedExamplesText? Read(SopPolicy policy);

    /// <summary>
    /// Changes whenever the examples <see cref="Read"/> would return change (a digest of the file, or a marker that it is
    /// missing), without training anything: the pipeline reviews a piece again when it changes. Null: no detector declared,
    /// or this host does not track its examples.
    /// </summary>
    string? Fingerprint(SopPolicy policy) => null;
}
