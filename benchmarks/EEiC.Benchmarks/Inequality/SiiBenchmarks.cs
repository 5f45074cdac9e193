using BenchmarkDotNet.Attributes;
using EEiC.Statistics.Inequality;
using EEiC.Statistics.Intervals;
using MathNet.Numerics.Distributions;

namespace EEiC.Benchmarks.Inequality;

/// <summary>
/// Workload 4 of performance.md: the slope index of inequality with 100,000 simulations per area, 10 deciles,
/// normal values with standard errors, multiplier 1, 95% only (R: 542.8 s for 1,000 areas, 0.54 s per area).
/// A subset of <see cref="Groups"/> areas is timed per operation (1,000 would take seconds per iteration); divide
/// the mean by <see cref="Groups"/> for the time per area. The baseline is the straightforward C# port of the
/// reference's simulation: MathNet normal draws, the 2×2 regression refitted per draw, and a full sort.
/// </summary>
[MemoryDiagnoser]
public class SiiBenchmarks
{
    private const int Deciles = 10;
    private const int Repetitions = 100_000;
    private static readonly ConfidenceLevel[] Levels = [ConfidenceLevel.Percent95];
    private static readonly SlopeIndexOptions SiiOnly = new() { RelativeIndexLimits = false }; // phe_sii's rii = FALSE

    private OrderedQuantileValue[] _values = [];
    private int[] _lengths = [];
    private SlopeIndexEstimate[] _results = [];

    /// <summary>Areas timed per operation.</summary>
    [Params(20)]
    public int Groups { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // 1,000 areas × 10 deciles regenerated from the definition (fixed seed); the first Groups are timed.
        var random = new Random(4);
        var all = new List<OrderedQuantileValue>(1000 * Deciles);
        for (var g = 0; g < 1000; g++)
        {
            var gradient = random.NextDouble() * 2 - 1;
            for (var d = 1; d <= Deciles; d++)
            {
                var population = random.Next(5000, 60001);
                var value = 78 + gradient * (d - 5.5) * 0.8 + Normal.Sample(random, 0, 0.5);
                var se = 0.2 + random.NextDouble() * 1.3;
                all.Add(OrderedQuantileValue.WithStandardError(d, population, value, se));
            }
        }

        _values = all.Take(Groups * Deciles).ToArray();
        _lengths = Enumerable.Repeat(Deciles, Groups).ToArray();
        _results = new SlopeIndexEstimate[Groups];
    }

    [Benchmark(Baseline = true, Description = "Naive port: MathNet draws, regression per draw, full sort")]
    public double Naive()
    {
        var random = new Random(1);
        var sum = 0.0;
        for (var g = 0; g < Groups; g++)
        {
            sum += NaiveGroup(_values.AsSpan(g * Deciles, Deciles), random);
        }

        return sum;
    }

    [Benchmark(Description = "Calculate, SII limits only (as the R workload), 1 thread")]
    public double Batch()
    {
        SlopeIndexOfInequality.Calculate(_values, _lengths, Deciles, Levels, _results, seed: 1, SiiOnly);
        return _results[^1].SlopeIndex.Lower!.Value;
    }

    [Benchmark(Description = "Calculate, SII and RII limits, 1 thread")]
    public double BatchWithRii()
    {
        SlopeIndexOfInequality.Calculate(_values, _lengths, Deciles, Levels, _results, seed: 1);
        return _results[^1].RelativeIndex.Lower!.Value;
    }

    [Benchmark(Description = "CalculateParallel, SII limits only, all cores")]
    public double Parallel()
    {
        SlopeIndexOfInequality.CalculateParallel(_values, _lengths, Deciles, Levels, _results, seed: 1, SiiOnly);
        return _results[^1].SlopeIndex.Lower!.Value;
    }

    /// <summary>The reference's simulation written plainly: per draw, k normals, a 2×2 solve; then sort.</summary>
    private static double NaiveGroup(ReadOnlySpan<OrderedQuantileValue> group, Random random)
    {
        var k = group.Length;
        var total = 0.0;
        foreach (var v in group)
        {
            total += v.Population;
        }

        var sqrtA = new double[k];
        var bSqrtA = new double[k];
        var cumulative = 0.0;
        for (var j = 0; j < k; j++)
        {
            var a = group[j].Population / total;
            sqrtA[j] = Math.Sqrt(a);
            bSqrtA[j] = (cumulative + a / 2) * sqrtA[j];
            cumulative += a;
        }

        var s00 = 0.0;
        var s01 = 0.0;
        var s11 = 0.0;
        for (var j = 0; j < k; j++)
        {
            s00 += sqrtA[j] * sqrtA[j];
            s01 += sqrtA[j] * bSqrtA[j];
            s11 += bSqrtA[j] * bSqrtA[j];
        }

        var det = s00 * s11 - s01 * s01;
        var slopes = new double[Repetitions];
        var y = new double[k];
        for (var r = 0; r < Repetitions; r++)
        {
            for (var j = 0; j < k; j++)
            {
                y[j] = sqrtA[j] * Normal.Sample(random, group[j].Value, group[j].StandardError!.Value);
            }

            var t0 = 0.0;
            var t1 = 0.0;
            for (var j = 0; j < k; j++)
            {
                t0 += sqrtA[j] * y[j];
                t1 += bSqrtA[j] * y[j];
            }

            slopes[r] = (s00 * t1 - s01 * t0) / det;
        }

        Array.Sort(slopes);
        return slopes[2499] + slopes[97499];
    }
}
