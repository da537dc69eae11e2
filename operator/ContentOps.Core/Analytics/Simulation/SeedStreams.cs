namespace ContentOps.Core.Analytics.Simulation;

/// <summary>
/// Independent, reproducible random streams derived from one seed (HashCode.Combine is randomised per process,
/// so it cannot be used: the same seed must give the same report on every run and machine).
/// </summary>
internal static class SeedStreams
{
    public static Random For(int seed, int stream)
    {
        // SplitMix64 finaliser over (seed, stream): nearby seeds and streams give unrelated generators.
        var z = unchecked(((ulong)(uint)seed << 32) + (ulong)(uint)stream + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return new Random(unchecked((int)(z ^ (z >> 32))));
    }
}
