using BenchmarkDotNet.Attributes;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Rates;

namespace EEiC.Benchmarks.Rates;

/// <summary>
/// Workload 2c of <c>reference/performance.md</c>: crude rates per 100,000 with 95% and 99.8% limits (exact below
/// 10 events, else Byar's) for 1,000,000 rows (R <c>phe_rate</c>: 4.26 s). The batch API writes into a
/// preallocated destination and computes the exact limits of counts 0–9 once per level; the baseline calls the
/// scalar method row by row and level by level, which evaluates the chi-square quantiles for every small count.
/// </summary>
[MemoryDiagnoser]
public class CrudeRateBenchmarks
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

    [Benchmark(Baseline = true, Description = "Scalar rate per row and level")]
    public double ScalarLoop()
    {
        for (var g = 0; g < _x.Length; g++)
        {
            for (var l = 0; l < Levels.Length; l++)
            {
                _destination[(g * Levels.Length) + l] = CrudeRates.Estimate(_x[g], _n[g], Levels[l]);
            }
        }

        return _destination[^1].Upper ?? 0;
    }

    [Benchmark(Description = "CrudeRates.Estimate(span batch)")]
    public double Batch()
    {
        CrudeRates.Estimate(_x, _n, Levels, _destination);
        return _destination[^1].Upper ?? 0;
    }

    /// <summary>The columnar form: one call per level, each writing a lower and an upper column of 1,000,000 doubles.</summary>
    [Benchmark(Description = "CrudeRates.Estimate(columns) × 2 levels")]
    public double Columns()
    {
        CrudeRates.Estimate(_x, _n, Levels[0], _lower95, _upper95);
        CrudeRates.Estimate(_x, _n, Levels[1], _lower998, _upper998);
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
