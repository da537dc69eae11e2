using ContentOps.Core.Review;

namespace ContentOps.Operator.Cli.Review;

/// <summary>The verdict of one draft file, with finding positions relative to the file.</summary>
internal sealed record FileVerdict(string Path, Verdict Verdict);
