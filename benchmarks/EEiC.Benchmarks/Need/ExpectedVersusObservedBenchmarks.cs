using BenchmarkDotNet.Attributes;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Need;
using EEiC.Statistics.Standardisation;
using MathNet.Numerics.Distributions;

namespace EEiC.Benchmarks.Need;

/// <summary>
/// Expected versus observed activity (issue 4 item 3; no R time exists — the nearest R anchor is workload 1c,
/// <c>calculate_ISRatio</c>, 1.29 ms per group): 10,000 areas × 19 ethnic groups × 19 ESP2013 age bands (3.61 million
/// population cells, 190,000 ratios plus 10,000 overall ratios), 95% and 99.8% limits. Group-specific reference rates
/// r[g, b] = 0.001 · exp(0.09 · (m_b − 60)) · (0.5 + g/18) with band mid-ages m_b = 2.5 … 87.5, 92.5; local populations
/// uniform integer in [0, 2000] × the group's weight (1 for the largest group, 0.02–0.3 for the others); observed
/// activity ~ Poisson(E × u), u ~ Uniform(0.6, 1.2) per area and group (many small groups have fewer than 10 events,
/// so exact limits are exercised). Fixed seed. The baseline is the data-frame approach in C#: one object per cell,
/// LINQ group-by area and group, expected counts, then exact or Byar's limits per group with MathNet.
/// </summary>
[MemoryDiagnoser]
public class ExpectedVersusObservedBenchmarks
{
    private const int Areas = 10_000;
    private const int Groups = 19;
    private const int Bands = 19;
    private static readonly ConfidenceLevel[] Levels = [.. ConfidenceLevel.Standard];

    private double[] _rates = [];
    private double[] _populations = [];
    private double[] _observed = [];
    private IndirectlyStandardisedEstimate[] _results = [];
    private IndirectlyStandardisedEstimate[] _overall = [];
    private (int Area, int Group, double Rate, double Population, double Observed)[] _cells = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20_260_423);
        var weights = Enumerable.Range(0, Groups).Select(g => g == 0 ? 1.0 : 0.02 + (0.28 * random.NextDouble())).ToArray();
        _rates = new double[Groups * Bands];
        for (var g = 0; g < Groups; g++)
        {
            for (var b = 0; b < Bands; b++)
            {
                var midAge = b == Bands - 1 ? 92.5 : 2.5 + (5 * b);
                _rates[(g * Bands) + b] = 0.001 * Math.Exp(0.09 * (midAge - 60)) * (0.5 + (g / 18.0));
            }
        }

        _populations = new double[Areas * Groups * Bands];
        _observed = new double[Areas * Groups];
        for (var cell = 0; cell < Areas * Groups; cell++)
        {
            var g = cell % Groups;
            double expected = 0;
            for (var b = 0; b < Bands; b++)
            {
                var n = Math.Round(random.Next(0, 2001) * weights[g]);
                _populations[(cell * Bands) + b] = n;
                expected += n * _rates[(g * Bands) + b];
            }

            _observed[cell] = Poisson.Sample(random, expected * (0.6 + (0.6 * random.NextDouble())));
        }

        _results = new IndirectlyStandardisedEstimate[Areas * Groups * Levels.Length];
        _overall = new IndirectlyStandardisedEstimate[Areas * Levels.Length];
        _cells = Enumerable.Range(0, _populations.Length)
            .Select(i => (i / Bands / Groups, i / Bands % Groups, _rates[(i / Bands % Groups * Bands) + (i % Bands)], _populations[i], i % Bands == 0 ? _observed[i / Bands] : 0))
            .ToArray();
    }

    [Benchmark(Baseline = true, Description = "Naive: cell objects, LINQ GroupBy(area, group), exact/Byar limits")]
    public int NaiveGroupBy()
    {
        var results = _cells
            .GroupBy(c => (c.Area, c.Group))
            .Select(g =>
            {
                var observed = g.Sum(c => c.Observed);
                var expected = g.Sum(c => c.Rate * c.Population);
                var limits = WorkloadKit.NaiveRatioLimits(observed, expected, Levels);
                return (g.Key, observed, expected, Value: observed / expected, limits);
            })
            .ToList();
        return results.Count;
    }

    [Benchmark(Description = "ExpectedVersusObserved.Ratios(spans), with overall")]
    public int Batch()
    {
        ExpectedVersusObserved.Ratios(_observed, _rates, _populations, Groups, Levels, _results, _overall);
        return _results.Length;
    }
}
