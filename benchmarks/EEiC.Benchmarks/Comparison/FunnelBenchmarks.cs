using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using EEiC.Statistics.Comparison;
using MathNet.Numerics.Distributions;

namespace EEiC.Benchmarks.Comparison;

/// <summary>
/// Funnel plots for a national set of 7,000 small areas (about the number of MSOAs in England), issue 3 item 8: the 100
/// rows of control limits plus every area's significance, for proportions and for observed/expected ratios.
/// </summary>
/// <remarks>
/// Workload (fixed seed): proportions with n uniform in [2,000, 15,000], p uniform in (0.45, 0.75), x ~ Binomial(n, p);
/// ratios with expected = population × 0.01 for a population uniform in [5,000, 15,000] (50–150 expected events) and
/// observed ~ Poisson(expected × RR), RR uniform in (0.7, 1.3). There is no R timing for this workload. The ratio
/// baseline is the reference's algorithm as first ported: the 400 bisections of the limits one at a time in scalar code
/// (the library runs the four limits of a row in the four lanes of a vector, with identical results).
/// </remarks>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class FunnelBenchmarks
{
    private double[] _numerators = [];
    private double[] _denominators = [];
    private double[] _observed = [];
    private double[] _expected = [];
    private FunnelPoint[] _points = [];

    [Params(7_000)]
    public int Areas { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20_261_122);
        _denominators = new double[Areas];
        _numerators = new double[Areas];
        _expected = new double[Areas];
        _observed = new double[Areas];
        for (var i = 0; i < Areas; i++)
        {
            _denominators[i] = random.Next(2_000, 15_001);
            _numerators[i] = Binomial.Sample(random, 0.45 + 0.3 * random.NextDouble(), (int)_denominators[i]);
            _expected[i] = random.Next(5_000, 15_001) * 0.01;
            _observed[i] = Poisson.Sample(random, _expected[i] * (0.7 + 0.6 * random.NextDouble()));
        }

        _points = new FunnelPoint[Areas];
    }

    [Benchmark(Description = "Proportions: ProportionLimits + ProportionPoints")]
    [BenchmarkCategory("Proportion")]
    public double Proportions()
    {
        var limits = FunnelPlot.ProportionLimits(_numerators, _denominators, 100);
        FunnelPlot.ProportionPoints(_numerators, _denominators, 100, _points);
        return limits.Rows[^1].Upper95.Value + (double)_points[^1].Significance;
    }

    [Benchmark(Baseline = true, Description = "Ratios: scalar bisections one limit at a time + RatioPoints")]
    [BenchmarkCategory("Ratio")]
    public double RatiosScalarBaseline()
    {
        // The limits as RatioLimits computes them, but with the four bisections of each row run one after another.
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (var e in _expected)
        {
            min = Math.Min(min, e);
            max = Math.Max(max, e);
        }

        Span<double> counts = stackalloc double[FunnelAxis.Rows];
        FunnelAxis.Points(FunnelAxis.Minimum(min, max, 1), FunnelAxis.Maximum(max, 1), ratio: true, counts);
        var rows = new FunnelLimitRow[FunnelAxis.Rows];
        for (var i = 0; i < rows.Length; i++)
        {
            var o = counts[i];
            rows[i] = new FunnelLimitRow(
                o,
                Limit(o, PoissonFunnel.Expected(o, 0.025, lowSide: false)),
                Limit(o, PoissonFunnel.Expected(o, 0.025, lowSide: true)),
                Limit(o, PoissonFunnel.Expected(o, 0.001, lowSide: false)),
                Limit(o, PoissonFunnel.Expected(o, 0.001, lowSide: true)));
        }

        FunnelPlot.RatioPoints(_observed, _expected, FunnelRatioType.IndirectlyStandardised, _points);
        return rows[^1].Upper95.Denominator + (double)_points[^1].Significance;

        static FunnelLimitPoint Limit(double observed, double expected) => new(expected, observed / expected * 100);
    }

    [Benchmark(Description = "Ratios: RatioLimits + RatioPoints")]
    [BenchmarkCategory("Ratio")]
    public double Ratios()
    {
        var limits = FunnelPlot.RatioLimits(_observed, _expected, FunnelRatioType.IndirectlyStandardised);
        FunnelPlot.RatioPoints(_observed, _expected, FunnelRatioType.IndirectlyStandardised, _points);
        return limits.Rows[^1].Upper95.Denominator + (double)_points[^1].Significance;
    }
}
