using MathNet.Numerics.Distributions;

namespace EEiC.Statistics.Tests.Need;

/// <summary>
/// Reference limits computed a different way from the library: exact Poisson limits by bisection on the Poisson
/// distribution function summed term by term (no chi-square quantiles), Byar's formula written out, and the Wilson
/// interval in its textbook form (with the subtraction the library avoids).
/// </summary>
internal static class IndependentLimits
{
    public static double Z(double level) => Normal.InvCDF(0, 1, 1 - ((1 - level) / 2));

    /// <summary>P(X ≤ k) for X ~ Poisson(mu), summed from 0.</summary>
    public static double PoissonCdf(int k, double mu)
    {
        double term = Math.Exp(-mu), sum = term;
        for (var i = 1; i <= k; i++)
        {
            term *= mu / i;
            sum += term;
        }

        return sum;
    }

    /// <summary>Exact (Garwood) limits for a whole count o: lower solves P(X ≥ o | μ) = α/2, upper solves P(X ≤ o | μ) = α/2.</summary>
    public static (double Lower, double Upper) ExactPoisson(int o, double level)
    {
        var tail = (1 - level) / 2;
        var lower = o == 0 ? 0 : Bisect(mu => 1 - PoissonCdf(o - 1, mu) - tail, 0, o);
        var upper = Bisect(mu => tail - PoissonCdf(o, mu), o, (10 * o) + 20);
        return (lower, upper);
    }

    public static (double Lower, double Upper) Byar(double o, double level)
    {
        var z = Z(level);
        var lower = o * Math.Pow(1 - (1 / (9 * o)) - (z / (3 * Math.Sqrt(o))), 3);
        var upper = (o + 1) * Math.Pow(1 - (1 / (9 * (o + 1))) + (z / (3 * Math.Sqrt(o + 1))), 3);
        return (lower, upper);
    }

    /// <summary>Wilson EB. J Am Stat Assoc 1927;22:209–212, in the usual printed form.</summary>
    public static (double Lower, double Upper) Wilson(double x, double n, double level)
    {
        var z = Z(level);
        var p = x / n;
        var centre = (2 * x) + (z * z);
        var spread = z * Math.Sqrt((z * z) + (4 * x * (1 - p)));
        var denominator = 2 * (n + (z * z));
        return ((centre - spread) / denominator, (centre + spread) / denominator);
    }

    /// <summary>Bisection for an increasing function f with f(lo) &lt; 0 &lt; f(hi).</summary>
    private static double Bisect(Func<double, double> f, double lo, double hi)
    {
        for (var i = 0; i < 200; i++)
        {
            var mid = (lo + hi) / 2;
            if (f(mid) < 0)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return (lo + hi) / 2;
    }
}
