namespace ContentOps.Core.Analytics.Allocation;

/// <summary>Density, distribution and the truncated-Gaussian correction factors of the standard normal.</summary>
internal static class StandardNormal
{
    private const double InverseSqrtTwoPi = 0.3989422804014327;

    public static double Density(double t) => InverseSqrtTwoPi * Math.Exp(-0.5 * t * t);

    public static double Cdf(double t) => 0.5 * Erfc(-t / Math.Sqrt(2.0));

    /// <summary>v(t) = N(t)/Φ(t), the mean shift of a Gaussian truncated at 0; → −t far in the left tail.</summary>
    public static double V(double t) => t < -30 ? -t : Density(t) / Cdf(t);

    /// <summary>w(t) = v(t)·(v(t) + t), the relative variance reduction; within (0, 1).</summary>
    public static double W(double t)
    {
        var v = V(t);
        return Math.Clamp(v * (v + t), 0.0, 1.0 - 1e-9);
    }

    /// <summary>Complementary error function with relative error below 1.2e-7 everywhere (Numerical Recipes erfcc).</summary>
    private static double Erfc(double x)
    {
        ReadOnlySpan<double> coefficients = [-1.26551223, 1.00002368, 0.37409196, 0.09678418, -0.18628806, 0.27886807, -1.13520398, 1.48851587, -0.82215223, 0.17087277];
        var z = Math.Abs(x);
        var t = 1.0 / (1.0 + (0.5 * z));
        var polynomial = 0.0;
        for (var i = coefficients.Length - 1; i >= 0; i--)
        {
            polynomial = (polynomial * t) + coefficients[i];
        }

        var r = t * Math.Exp(-(z * z) + polynomial);
        return x >= 0 ? r : 2.0 - r;
    }
}
