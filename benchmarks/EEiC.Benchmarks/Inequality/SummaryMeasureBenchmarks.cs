using BenchmarkDotNet.Attributes;
using EEiC.Statistics.Inequality;

namespace EEiC.Benchmarks.Inequality;

/// <summary>
/// Workload 3e of performance.md: between-group variance (analytic limits), Theil index (analytic limits) and the
/// weighted index of disparity (point estimate) for 10,000 settings × 19 subgroups (R healthequal in a grouped
/// summarise: 24.8 s). The baseline is a straightforward LINQ port that builds arrays per setting.
/// </summary>
[MemoryDiagnoser]
public class SummaryMeasureBenchmarks
{
    private const int Settings = 10_000;
    private const int Subgroups = 19;
    private static readonly SummaryMeasureSettings Defaults = SummaryMeasureSettings.Default with { Scale = 100 };

    private SubgroupEstimate[] _subgroups = [];
    private int[] _lengths = [];
    private SummaryMeasureEstimate[] _bgv = [];
    private SummaryMeasureEstimate[] _ti = [];
    private SummaryMeasureEstimate[] _idisw = [];

    [GlobalSetup]
    public void Setup()
    {
        // pop ~ U{1000..100000}; p ~ U(0.3, 0.95); est = 100p; se = 100·√(p(1 − p)/(pop/50)); fixed seed.
        var random = new Random(3);
        _subgroups = new SubgroupEstimate[Settings * Subgroups];
        for (var i = 0; i < _subgroups.Length; i++)
        {
            var pop = random.Next(1000, 100_001);
            var p = 0.3 + random.NextDouble() * 0.65;
            _subgroups[i] = new SubgroupEstimate("s" + (i % Subgroups), 100 * p, 100 * Math.Sqrt(p * (1 - p) / (pop / 50.0)), pop);
        }

        _lengths = Enumerable.Repeat(Subgroups, Settings).ToArray();
        _bgv = new SummaryMeasureEstimate[Settings];
        _ti = new SummaryMeasureEstimate[Settings];
        _idisw = new SummaryMeasureEstimate[Settings];
    }

    [Benchmark(Baseline = true, Description = "Naive LINQ port, arrays per setting")]
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

    [Benchmark(Description = "Batch over settings (bgv + ti + idisw)")]
    public double Batch()
    {
        NonOrderedSummaryMeasures.Compute(SummaryMeasure.BetweenGroupVariance, _subgroups, _lengths, Defaults, _bgv);
        NonOrderedSummaryMeasures.Compute(SummaryMeasure.TheilIndex, _subgroups, _lengths, Defaults, _ti);
        NonOrderedSummaryMeasures.Compute(SummaryMeasure.IndexOfDisparityWeighted, _subgroups, _lengths, Defaults, _idisw);
        return _bgv[^1].Estimate!.Value + _ti[^1].Estimate!.Value + _idisw[^1].Estimate!.Value;
    }
}
