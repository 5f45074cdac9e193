using BenchmarkDotNet.Attributes;
using EEiC.Datasets;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Standardisation;

namespace EEiC.Benchmarks.Standardisation;

/// <summary>
/// Workload 1c of performance.md: indirectly standardised ratios (SMRs, reference value 1) for 20,000 groups × 19
/// bands against one shared reference vector, 95% and 99.8% limits (R <c>calculate_ISRatio</c>: 25.8 s). The
/// baseline is the data-frame approach in C#: one object per row with its reference values, LINQ group-by,
/// expected counts, then exact or Byar's limits per group.
/// </summary>
[MemoryDiagnoser]
public class IndirectStandardisationBenchmarks
{
    private static readonly ConfidenceLevel[] Levels = [.. ConfidenceLevel.Standard];

    private StandardisationWorkload _workload = null!;
    private (string Group, double Count, double Population, double ReferenceCount, double ReferencePopulation)[] _rows = [];
    private StratifiedDataset _dataset = null!;
    private StratifiedDataset _reference = null!;
    private IndirectlyStandardisedEstimate[] _results = [];

    [GlobalSetup]
    public void Setup()
    {
        var bands = StandardPopulation.European2013.Bands;
        _workload = StandardisationWorkload.Create();
        var w = _workload;
        _rows = Enumerable.Range(0, w.Counts.Length)
            .Select(i => ($"G{i / StandardisationWorkload.Bands:D5}", w.Counts[i], w.Populations[i], w.ReferenceCounts[i % StandardisationWorkload.Bands], w.ReferencePopulations[i % StandardisationWorkload.Bands]))
            .ToArray();
        _dataset = w.ToDataset(bands);
        _reference = new StratifiedDataset(GroupDimension.Other("reference"), DatasetMeasure.Rate,
            bands.Select((b, i) => new StratifiedRow("reference", AgeBand: b, Numerator: w.ReferenceCounts[i], Denominator: w.ReferencePopulations[i])).ToArray());
        _results = new IndirectlyStandardisedEstimate[w.Groups * Levels.Length];
    }

    [Benchmark(Baseline = true, Description = "Naive: row objects, LINQ GroupBy, expected counts, exact/Byar limits")]
    public int NaiveGroupBy()
    {
        var results = _rows
            .GroupBy(r => r.Group)
            .Select(g =>
            {
                var observed = g.Sum(r => r.Count);
                var expected = g.Sum(r => r.ReferenceCount / r.ReferencePopulation * r.Population);
                var limits = WorkloadKit.NaiveRatioLimits(observed, expected, Levels);
                return (g.Key, observed, expected, Value: observed / expected, limits);
            })
            .ToList();
        return results.Count;
    }

    [Benchmark(Description = "IndirectStandardisation.Ratios(spans)")]
    public int Batch()
    {
        IndirectStandardisation.Ratios(_workload.Counts, _workload.Populations, _workload.ReferenceCounts, _workload.ReferencePopulations, Levels, _results);
        return _results.Length;
    }

    [Benchmark(Description = "IndirectStandardisation.Ratios(StratifiedDataset)")]
    public int Dataset() => IndirectStandardisation.Ratios(_dataset, _reference, Levels).Count;
}
