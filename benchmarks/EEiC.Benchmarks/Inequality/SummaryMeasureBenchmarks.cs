using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using EEiC.Indicators;
using EEiC.Statistics.Inequality;
using MathNet.Numerics.Distributions;

namespace EEiC.Benchmarks.Inequality;

/// <summary>
/// Workloads 3 of performance.md (10,000 settings × 19 subgroups: pop ~ U{1000..100000}, p ~ U(0.3, 0.95),
/// est = 100p, se = 100·√(p(1 − p)/(pop/50)), scale 100; regenerated with a fixed seed), in three groups:
/// <list type="bullet">
/// <item>"3e": bgv (analytic limits) + Theil index (analytic limits) + idisw (point estimate, no bootstrap) for all
/// 10,000 settings (R healthequal in a grouped summarise: 24.8 s). Baseline: a straightforward LINQ port.</item>
/// <item>"3d": idisw with its bootstrap limits (100 replicates) for settings 1–200 (R: 143.7 s, 0.72 s per setting).
/// Baseline: a straightforward port of healthequal's loop (arrays per replicate, MathNet normal draws, LINQ sort).</item>
/// <item>"All": all 17 non-ordered measures through the batch overload for all 10,000 settings, the 10 bootstrap
/// measures with their 100-replicate limits (R: about 10 × 0.72 s × 10,000 ≈ 20 h for the bootstraps alone).</item>
/// </list>
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SummaryMeasureBenchmarks
{
    private const int Settings = 10_000;
    private const int BootstrapSettings = 200;
    private const int Subgroups = 19;
    private const int Replicates = 100;

    /// <summary>3e: idisw is a point estimate there (healthequal without se), so no bootstrap.</summary>
    private static readonly SummaryMeasureSettings PointOnly = new() { Scale = 100, BootstrapReplicates = 0 };

    /// <summary>healthequal's defaults: 100 replicates, seed 123456, scale 100; favourable indicator, reference "s0".</summary>
    private static readonly SummaryMeasureSettings WithBootstrap = new()
    {
        Scale = 100,
        Polarity = IndicatorPolarity.HigherIsBetter,
        ReferenceSubgroup = "s0",
        BootstrapReplicates = Replicates,
    };

    private static readonly SummaryMeasure[] AllMeasures = Enum.GetValues<SummaryMeasure>();

    private SubgroupEstimate[] _subgroups = [];
    private int[] _lengths = [];
    private int[] _bootstrapLengths = [];
    private SummaryMeasureEstimate[] _bgv = [];
    private SummaryMeasureEstimate[] _ti = [];
    private SummaryMeasureEstimate[] _idisw = [];
    private SummaryMeasureEstimate[] _idiswBootstrap = [];
    private SummaryMeasureEstimate[][] _all = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(3);
        _subgroups = new SubgroupEstimate[Settings * Subgroups];
        for (var i = 0; i < _subgroups.Length; i++)
        {
            var pop = random.Next(1000, 100_001);
            var p = 0.3 + random.NextDouble() * 0.65;
            _subgroups[i] = new SubgroupEstimate("s" + (i % Subgroups), 100 * p, 100 * Math.Sqrt(p * (1 - p) / (pop / 50.0)), pop);
        }

        _lengths = Enumerable.Repeat(Subgroups, Settings).ToArray();
        _bootstrapLengths = Enumerable.Repeat(Subgroups, BootstrapSettings).ToArray();
        _bgv = new SummaryMeasureEstimate[Settings];
        _ti = new SummaryMeasureEstimate[Settings];
        _idisw = new SummaryMeasureEstimate[Settings];
        _idiswBootstrap = new SummaryMeasureEstimate[BootstrapSettings];
        _all = AllMeasures.Select(_ => new SummaryMeasureEstimate[Settings]).ToArray();
    }

    [Benchmark(Baseline = true, Description = "3e naive LINQ port, arrays per setting")]
    [BenchmarkCategory("3e")]
    public double Naive()
    {
        var sum = 0.0;
        for (var s = 0; s < Settings; s++)
        {
            var g = _subgroups.Skip(s * Subgroups).Take(Subgroups).ToArray();
            var total = g.Sum(x => x.Population!.Value);
            var share = g.Select(x => x.Population!.Value / total).ToArray();
            var est = g.Select(x => x.Estimate).ToArray();
            var se = g.Select(x => x.StandardError!.Value).ToArray();
            var mu = share.Zip(est, (p, y) => p * y).Sum();
            var bgv = share.Zip(est, (p, y) => p * (y - mu) * (y - mu)).Sum();
            var s2 = share.Zip(se, (p, e) => p * p * e * e).ToArray();
            var seBgv = Math.Sqrt(4 * s2.Zip(est, (a, y) => a * (y - mu) * (y - mu)).Sum()
                + 2 * (Math.Pow(s2.Sum(), 2) - s2.Sum(a => a * a) + share.Zip(se, (p, e) => p * p * (1 - p) * (1 - p) * Math.Pow(e, 4)).Sum()));
            var r = est.Select(y => y / mu).ToArray();
            var ti = 1000 * share.Zip(r, (p, q) => p * q * Math.Log(q)).Sum();
            var t = share.Zip(r, (p, q) => q * (1 + Math.Log(q)) * p).Sum();
            var seTi = Math.Sqrt(r.Select((q, j) => Math.Pow(1 + Math.Log(q) - t, 2) * share[j] * share[j] * se[j] * se[j] / (mu * mu)).Sum());
            var idisw = 100 * share.Zip(est, (p, y) => p * Math.Abs(y - mu)).Sum() / mu;
            sum += bgv + seBgv + ti + seTi + idisw;
        }

        return sum;
    }

    [Benchmark(Description = "3e batch over settings (bgv + ti + idisw point)")]
    [BenchmarkCategory("3e")]
    public double Batch()
    {
        NonOrderedSummaryMeasures.Compute(SummaryMeasure.BetweenGroupVariance, _subgroups, _lengths, PointOnly, _bgv);
        NonOrderedSummaryMeasures.Compute(SummaryMeasure.TheilIndex, _subgroups, _lengths, PointOnly, _ti);
        NonOrderedSummaryMeasures.Compute(SummaryMeasure.IndexOfDisparityWeighted, _subgroups, _lengths, PointOnly, _idisw);
        return _bgv[^1].Estimate!.Value + _ti[^1].Estimate!.Value + _idisw[^1].Estimate!.Value;
    }

    [Benchmark(Baseline = true, Description = "3d naive port of the bootstrap loop, 200 settings")]
    [BenchmarkCategory("3d")]
    public double NaiveBootstrap()
    {
        var random = new Random(123456);
        var sum = 0.0;
        for (var s = 0; s < BootstrapSettings; s++)
        {
            var g = _subgroups.Skip(s * Subgroups).Take(Subgroups).ToArray();
            var total = g.Sum(x => x.Population!.Value);
            var share = g.Select(x => x.Population!.Value / total).ToArray();
            var mu = share.Zip(g, (p, x) => p * x.Estimate).Sum();
            var replicates = new List<double>();
            for (var j = 0; j < Replicates; j++)
            {
                var simulated = g.Select(x =>
                {
                    double value;
                    do
                    {
                        value = Normal.Sample(random, x.Estimate, x.StandardError!.Value);
                    }
                    while (value < 0 || value > 100);

                    return value;
                }).ToArray();
                replicates.Add(100 * share.Zip(simulated, (p, v) => p * Math.Abs(v - mu)).Sum() / mu);
            }

            var sorted = replicates.Order().ToArray();
            double Quantile(double p)
            {
                var h = (sorted.Length - 1) * p;
                var lo = (int)h;
                return sorted[lo] + (h - lo) * (sorted[Math.Min(lo + 1, sorted.Length - 1)] - sorted[lo]);
            }

            sum += Quantile(0.025) + Quantile(0.975);
        }

        return sum;
    }

    [Benchmark(Description = "3d batch idisw with bootstrap, 200 settings")]
    [BenchmarkCategory("3d")]
    public double BatchBootstrap()
    {
        NonOrderedSummaryMeasures.Compute(SummaryMeasure.IndexOfDisparityWeighted, _subgroups.AsSpan(0, BootstrapSettings * Subgroups),
            _bootstrapLengths, WithBootstrap, _idiswBootstrap);
        return _idiswBootstrap[^1].Lower!.Value + _idiswBootstrap[^1].Upper!.Value;
    }

    [Benchmark(Description = "All 17 measures, bootstrap where applicable, 10,000 settings")]
    [BenchmarkCategory("All")]
    public double AllMeasuresWithBootstrap()
    {
        var sum = 0.0;
        for (var m = 0; m < AllMeasures.Length; m++)
        {
            NonOrderedSummaryMeasures.Compute(AllMeasures[m], _subgroups, _lengths, WithBootstrap, _all[m]);
            sum += _all[m][^1].Estimate!.Value;
        }

        return sum;
    }
}
