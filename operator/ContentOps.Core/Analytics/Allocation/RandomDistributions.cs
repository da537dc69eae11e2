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
