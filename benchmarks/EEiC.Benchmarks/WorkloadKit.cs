using EEiC.Statistics.Intervals;
using MathNet.Numerics.Distributions;

namespace EEiC.Benchmarks;

/// <summary>Pieces shared by several workloads and naive baselines.</summary>
internal static class WorkloadKit
{
    /// <summary>A Poisson draw: Knuth's product method below a mean of 30, a rounded normal (Box–Muller) from 30.</summary>
    public static double Poisson(Random random, double mean)
    {
        if (mean < 30)
        {
            var limit = Math.Exp(-mean);
            var k = 0;
            var p = random.NextDouble();
            while (p > limit)
            {
                k++;
                p *= random.NextDouble();
            }

            return k;
        }

        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        var z = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
        return Math.Max(0, Math.Round(mean + (Math.Sqrt(mean) * z)));
    }

    /// <summary>
    /// The naive baselines' observed/expected limits written out as a data-frame user would: exact Poisson (chi-square)
    /// below 10 events, Byar's from 10, one tuple per level.
    /// </summary>
    public static List<(double Lower, double Upper)> NaiveRatioLimits(double observed, double expected, IEnumerable<ConfidenceLevel> levels) =>
        levels.Select(l => observed < 10
            ? (Lower: observed == 0 ? 0 : ChiSquared.InvCDF(2 * observed, l.TailProbability) / 2 / expected,
               Upper: ChiSquared.InvCDF((2 * observed) + 2, 1 - l.TailProbability) / 2 / expected)
            : (Lower: observed * Math.Pow(1 - (1 / (9 * observed)) - (l.Z / (3 * Math.Sqrt(observed))), 3) / expected,
               Upper: (observed + 1) * Math.Pow(1 - (1 / (9 * (observed + 1))) + (l.Z / (3 * Math.Sqrt(observed + 1))), 3) / expected)).ToList();
}
