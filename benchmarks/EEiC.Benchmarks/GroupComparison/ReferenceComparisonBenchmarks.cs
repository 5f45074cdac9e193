using BenchmarkDotNet.Attributes;
using EEiC.Statistics.GroupComparison;
using EEiC.Statistics.Intervals;

namespace EEiC.Benchmarks.GroupComparison;

/// <summary>
/// Pairwise comparison of 19 ethnic groups with the largest group in each of 10,000 areas (see
/// <see cref="ComparisonWorkload"/>), crude rates (rate ratio with exact conditional limits below 10 events, else log
/// Wald; Wald rate difference; Holm-adjusted p-values) and proportions, at 95% and 99.8%. Baseline: one list-returning
/// call per area.
/// </summary>
[MemoryDiagnoser]
public class ReferenceComparisonBenchmarks
{
    private static readonly ConfidenceLevel[] Levels = [ConfidenceLevel.Percent95, ConfidenceLevel.Percent99Point8];
    private static readonly ComparisonOptions Options = new() { Adjustment = MultipleComparisonAdjustment.Holm };

    private double[] _events = [];
    private double[] _population = [];
    private ComparisonEstimate[] _destination = [];

    [GlobalSetup]
    public void Setup()
    {
        (_events, _population) = ComparisonWorkload.Unstratified(20_260_501);
        _destination = new ComparisonEstimate[_events.Length * Levels.Length];
        var small = 0;
        for (var a = 0; a < ComparisonWorkload.Areas; a++)
        {
            small += _events.AsSpan(a * ComparisonWorkload.Groups, ComparisonWorkload.Groups).ToArray().Count(x => x < 10);
        }

        Console.WriteLine($"// group-area cells with fewer than 10 events: {small} of {_events.Length}");
    }

    [Benchmark(Baseline = true, Description = "Rates: one list call per area")]
    public double RatesPerArea()
    {
        var sum = 0.0;
        var g = ComparisonWorkload.Groups;
        for (var a = 0; a < ComparisonWorkload.Areas; a++)
        {
            var results = ReferenceGroupComparison.CompareRates(ComparisonWorkload.GroupNames, _events.AsSpan(a * g, g), _population.AsSpan(a * g, g), Levels, Options);
            sum += results[0].Estimates[0].Ratio.Value ?? 0;
        }

        return sum;
    }

    [Benchmark(Description = "Rates: batch over areas")]
    public double RatesBatch()
    {
        ReferenceGroupComparison.CompareRates(ComparisonWorkload.GroupNames, _events, _population, Levels, _destination, Options);
        return _destination[0].Ratio.Value ?? 0;
    }

    [Benchmark(Description = "Rates: batch, Wald only")]
    public double RatesBatchWald()
    {
        ReferenceGroupComparison.CompareRates(ComparisonWorkload.GroupNames, _events, _population, Levels, _destination,
            Options with { RateRatioInterval = RateRatioInterval.Wald });
        return _destination[0].Ratio.Value ?? 0;
    }

    [Benchmark(Description = "Proportions: batch over areas")]
    public double ProportionsBatch()
    {
        ReferenceGroupComparison.CompareProportions(ComparisonWorkload.GroupNames, _events, _population, Levels, _destination, Options);
        return _destination[0].Ratio.Value ?? 0;
    }
}
