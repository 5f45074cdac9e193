using BenchmarkDotNet.Attributes;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Rates;

namespace EEiC.Benchmarks.Rates;

/// <summary>
/// Workload 2a of <c>reference/performance.md</c>: Wilson proportions as percentages with 95% and 99.8% limits
/// for 1,000,000 rows (R <c>phe_proportion</c>: 0.253 s). The batch API writes into a preallocated destination;
/// the baseline calls the scalar method row by row and level by level (what a caller without the batch API
/// would write), into the same destination.
/// </summary>
[MemoryDiagnoser]
public class WilsonProportionBenchmarks
{
    private static readonly ConfidenceLevel[] Levels = [ConfidenceLevel.Percent95, ConfidenceLevel.Percent99Point8];

    private double[] _x = [];
    private double[] _n = [];
    private IntervalEstimate[] _destination = [];
    private double[] _lower95 = [];
    private double[] _upper95 = [];
    private double[] _lower998 = [];
    private double[] _upper998 = [];

    [GlobalSetup]
    public void Setup()
    {
        (_x, _n) = CountWorkload.Generate();
        _destination = new IntervalEstimate[_x.Length * Levels.Length];
        (_lower95, _upper95) = (new double[_x.Length], new double[_x.Length]);
        (_lower998, _upper998) = (new double[_x.Length], new double[_x.Length]);
    }

    [Benchmark(Baseline = true, Description = "Scalar Wilson per row and level")]
    public double ScalarLoop()
    {
        for (var g = 0; g < _x.Length; g++)
        {
            for (var l = 0; l < Levels.Length; l++)
            {
                _destination[(g * Levels.Length) + l] = Proportions.Wilson(_x[g], _n[g], Levels[l], 100);
            }
        }

        return _destination[^1].Upper ?? 0;
    }

    [Benchmark(Description = "Proportions.Wilson(span batch)")]
    public double Batch()
    {
        Proportions.Wilson(_x, _n, Levels, _destination, 100);
        return _destination[^1].Upper ?? 0;
    }

    /// <summary>The columnar form: one call per level, each writing a lower and an upper column of 1,000,000 doubles.</summary>
    [Benchmark(Description = "Proportions.Wilson(columns) × 2 levels")]
    public double Columns()
    {
        Proportions.Wilson(_x, _n, Levels[0], _lower95, _upper95, 100);
        Proportions.Wilson(_x, _n, Levels[1], _lower998, _upper998, 100);
        return _upper998[^1];
    }

    /// <summary>The memory floor of the columnar form: only writes the four columns of 1,000,000 doubles.</summary>
    [Benchmark(Description = "Floor: fill the four columns only")]
    public double FillColumnsOnly()
    {
        _lower95.AsSpan().Fill(1);
        _upper95.AsSpan().Fill(2);
        _lower998.AsSpan().Fill(0.5);
        _upper998.AsSpan().Fill(3);
        return _upper998[^1];
    }

    /// <summary>The memory floor: only writes the 2,000,000 estimates (48 bytes each) that every variant writes.</summary>
    [Benchmark(Description = "Floor: fill the destination only")]
    public double FillOnly()
    {
        _destination.AsSpan().Fill(new IntervalEstimate(1, 0, 2, Levels[0], EstimationMethod.None, EstimateStatus.Ok));
        return _destination[^1].Upper ?? 0;
    }
}
