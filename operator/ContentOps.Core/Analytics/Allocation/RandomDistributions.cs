namespace ContentOps.Core.Analytics.Allocation;

/// <summary>Draws from the distributions Thompson sampling needs, from a caller-owned (seeded) <see cref="Random"/>.</summary>
internal static class RandomDistributions
{
    /// <summary>Standard normal (Box–Muller; one of the pair is discarded to stay stateless).</summary>
    public static double NextStandardNormal(this Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>
    /// A standard normal that is a pure function of (<paramref name="draw"/>, <paramref name="index"/>): SplitMix64 of
    /// the pair gives two uniforms for Box–Muller. Lets a Thompson draw sample each weight independently of the order
    /// (or the set) of weights a decision touches.
    /// </summary>
    public static double HashedStandardNormal(ulong draw, ulong index)
    {
        var state = draw ^ (index * 0x9E3779B97F4A7C15UL);
        var u1 = 1.0 - ((SplitMix64(ref state) >> 11) * (1.0 / (1UL << 53)));
        var u2 = (SplitMix64(ref state) >> 11) * (1.0 / (1UL << 53));
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    private static ulong SplitMix64(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Gamma(shape, 1) by Marsaglia–Tsang; shape below 1 boosted with U^(1/shape).</summary>
    public static double NextGamma(this Random random, double shape)
    {
        if (shape < 1.0)
        {
            return random.NextGamma(shape + 1.0) * Math.Pow(1.0 - random.NextDouble(), 1.0 / shape);
        }

        var d = shape - (1.0 / 3.0);
        var c = 1.0 / Math.Sqrt(9.0 * d);
        while (true)
        {
            double x, v;
            do
            {
                x = random.NextStandardNormal();
                v = 1.0 + (c * x);
            }
            while (v <= 0);

            v = v * v * v;
            var u = 1.0 - random.NextDouble();
            if (Math.Log(u) < (0.5 * x * x) + d - (d * v) + (d * Math.Log(v)))
            {
                return d * v;
            }
        }
    }

    public static double NextBeta(this Random random, double alpha, double beta)
    {
        var x = random.NextGamma(alpha);
        var y = random.NextGamma(beta);
        return x / (x + y);
    }
}
