namespace EEiC.Benchmarks.Rates;

/// <summary>
/// Workload 2 of <c>reference/performance.md</c> (1,000,000 rows, ungrouped, each row its own result):
/// n uniform integer in [1, 100000]; p ~ Uniform(0, 1) per row; x ~ Binomial(n, p). Fixed seed.
/// </summary>
/// <remarks>
/// Binomial draws are exact (inversion of the CDF) where n·min(p, 1 − p) &lt; 50, which covers every row that
/// can have fewer than 10 events (the rows that take the exact Poisson limits in workload 2c), and the normal
/// approximation with continuity correction elsewhere (rounded and clamped to [0, n]).
/// </remarks>
internal static class CountWorkload
{
    public const int Rows = 1_000_000;

    public static (double[] Numerators, double[] Denominators) Generate(int rows = Rows, int seed = 20_250_101)
    {
        var random = new Random(seed);
        var x = new double[rows];
        var n = new double[rows];
        for (var i = 0; i < rows; i++)
        {
            var size = random.Next(1, 100_001);
            var p = random.NextDouble();
            n[i] = size;
            x[i] = Binomial(random, size, p);
        }

        return (x, n);
    }

    private static int Binomial(Random random, int n, double p)
    {
        if (p > 0.5)
        {
            return n - Binomial(random, n, 1 - p);
        }

        var mean = n * p;
        if (mean < 50)
        {
            // Inversion: walk up the CDF from 0 with the pmf recurrence.
            var u = random.NextDouble();
            var q = 1 - p;
            var pmf = Math.Pow(q, n);
            var cdf = pmf;
            var k = 0;
            while (u > cdf && k < n)
            {
                pmf *= (n - k) / (double)(k + 1) * p / q;
                cdf += pmf;
                k++;
            }

            return k;
        }

        var z = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var draw = Math.Round(mean + (z * Math.Sqrt(mean * (1 - p))));
        return (int)Math.Clamp(draw, 0, n);
    }
}
