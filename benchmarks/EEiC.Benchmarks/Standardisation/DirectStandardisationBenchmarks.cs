using BenchmarkDotNet.Attributes;
using EEiC.Datasets;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Standardisation;

namespace EEiC.Benchmarks.Standardisation;

/// <summary>
/// Workload 1a of performance.md: directly standardised rates for 20,000 groups × 19 ESP2013 bands, 95% and
/// 99.8% limits, multiplier 100,000 (R <c>calculate_dsr</c>: 8.92 s). The baseline is the data-frame approach in
/// C#: one object per row, LINQ group-by, per-group sums and Dobson limits into a list of result objects.
/// </summary>
[MemoryDiagnoser]
public class DirectStandardisationBenchmarks
{
    private static readonly ConfidenceLevel[] Levels = [.. ConfidenceLevel.Standard];

    private StandardisationWorkload _workload = null!;
    private StandardisationWorkload.Row[] _rows = [];
    private StratifiedDataset _dataset = null!;
    private StandardisedRate[] _results = [];

    [GlobalSetup]
    public void Setup()
    {
        var esp = StandardPopulation.European2013;
        _workload = StandardisationWorkload.Create();
        _rows = _workload.ToRows(esp.Weights);
        _dataset = _workload.ToDataset(esp.Bands);
        _results = new StandardisedRate[_workload.Groups * Levels.Length];
    }

    [Benchmark(Baseline = true, Description = "Naive: row objects, LINQ GroupBy, per-group Dobson")]
    public int NaiveGroupBy()
    {
        var results = _rows
            .GroupBy(r => r.Group)
            .Select(g =>
            {
                var totalCount = g.Sum(r => r.Count);
                var totalWeight = g.Sum(r => r.StandardWeight);
                var value = g.Sum(r => r.Count * r.StandardWeight / r.Population) / totalWeight * 100_000;
                var variance = g.Sum(r => r.Count * Math.Pow(r.StandardWeight / r.Population, 2)) / (totalWeight * totalWeight);
                var limits = Levels.Select(l => (
                    Lower: value + (Math.Sqrt(variance / totalCount) * (ByarLower(totalCount, l.Z) - totalCount) * 100_000),
                    Upper: value + (Math.Sqrt(variance / totalCount) * (ByarUpper(totalCount, l.Z) - totalCount) * 100_000))).ToList();
                return (g.Key, totalCount, Value: totalCount < 10 ? double.NaN : value, limits);
            })
            .ToList();
        return results.Count;
    }

    [Benchmark(Description = "DirectStandardisation.Rates(spans)")]
    public int Batch()
    {
        DirectStandardisation.Rates(_workload.Counts, _workload.Populations, StandardPopulation.European2013, Levels, _results);
        return _results.Length;
    }

    [Benchmark(Description = "DirectStandardisation.Rates(StratifiedDataset)")]
    public int Dataset() => DirectStandardisation.Rates(_dataset, StandardPopulation.European2013, Levels).Count;

    private static double ByarLower(double o, double z) => o * Math.Pow(1 - (1 / (9 * o)) - (z / (3 * Math.Sqrt(o))), 3);

    private static double ByarUpper(double o, double z) => (o + 1) * Math.Pow(1 - (1 / (9 * (o + 1))) + (z / (3 * Math.Sqrt(o + 1))), 3);
}
