using BenchmarkDotNet.Attributes;
using EEiC.Datasets;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.LifeExpectancy;

namespace EEiC.Benchmarks.LifeExpectancy;

/// <summary>
/// Life expectancy at birth and at 65 with 95% and 99.8% limits for 7,000 areas (about the number of MSOAs in
/// England) × 20 age bands (0, 1-4, …, 90+). No R time is recorded for this workload in performance.md.
/// Workload (fixed seed 7000): person-years per band uniform integer in [500, 5000] (five pooled years of a
/// small area), deaths ~ Poisson(person-years × (0.00003·exp(0.095·mid-age) + 0.004/width for the first band)),
/// at least one death at 90+. Baseline: the scalar method called once per area, as a user would in a loop.
/// </summary>
[MemoryDiagnoser]
public class ChiangLifeTableBenchmarks
{
    private static readonly ConfidenceLevel[] Levels = [ConfidenceLevel.Percent95, ConfidenceLevel.Percent99Point8];
    private static readonly int[] Ages = [0, 65];

    private double[] _deaths = [];
    private double[] _population = [];
    private IntervalEstimate[] _destination = [];
    private LifeExpectancySuppression[] _suppressions = [];
    private StratifiedDataset _dataset = null!;

    [Params(7_000)]
    public int Areas { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var bands = LifeTableAgeBands.Standard;
        var k = bands.Count;
        var random = new Random(7000);
        _deaths = new double[Areas * k];
        _population = new double[Areas * k];
        var rows = new List<StratifiedRow>(Areas * k);
        for (var g = 0; g < Areas; g++)
        {
            for (var b = 0; b < k; b++)
            {
                var start = bands.StartAges[b];
                var width = b + 1 < k ? bands.StartAges[b + 1] - start : 5;
                var rate = 0.00003 * Math.Exp(0.095 * (start + width / 2.0)) + (start == 0 ? 0.004 / width : 0);
                var population = (double)random.Next(500, 5_001);
                var deaths = Math.Min(Poisson(random, population * rate), population);
                if (b == k - 1)
                {
                    deaths = Math.Max(deaths, 1);
                }

                _population[g * k + b] = population;
                _deaths[g * k + b] = deaths;
                rows.Add(new StratifiedRow($"MSOA{g:D5}", AgeBand: bands.Labels[b], Numerator: deaths, Denominator: population));
            }
        }

        _destination = new IntervalEstimate[Areas * Ages.Length * Levels.Length];
        _suppressions = new LifeExpectancySuppression[Areas * Ages.Length];
        _dataset = new StratifiedDataset(GroupDimension.Other("msoa"), DatasetMeasure.Rate, rows);
    }

    [Benchmark(Baseline = true, Description = "Scalar Estimate per area (loop)")]
    public double ScalarLoop()
    {
        var k = LifeTableAgeBands.Standard.Count;
        var sum = 0.0;
        for (var g = 0; g < Areas; g++)
        {
            var results = ChiangLifeTable.Estimate(
                _deaths.AsSpan(g * k, k), _population.AsSpan(g * k, k), LifeTableAgeBands.Standard, Levels, Ages);
            sum += results[0].Estimates[0].Value ?? 0;
        }

        return sum;
    }

    [Benchmark(Description = "Batch Estimate(spans, destination)")]
    public double Batch()
    {
        ChiangLifeTable.Estimate(_deaths, _population, LifeTableAgeBands.Standard, Levels, Ages, _destination, _suppressions);
        return _destination[0].Value ?? 0;
    }

    [Benchmark(Description = "Estimate(StratifiedDataset)")]
    public int Dataset() =>
        ChiangLifeTable.Estimate(_dataset, LifeTableAgeBands.Standard, Levels, Ages).Count;

    private static double Poisson(Random random, double mean)
    {
        if (mean > 30)
        {
            // normal approximation (Box–Muller) for large means
            var u1 = 1.0 - random.NextDouble();
            var u2 = random.NextDouble();
            var z = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
            return Math.Max(0, Math.Round(mean + Math.Sqrt(mean) * z));
        }

        var limit = Math.Exp(-mean);
        var count = 0;
        var product = random.NextDouble();
        while (product > limit)
        {
            count++;
            product *= random.NextDouble();
        }

        return count;
    }
}
