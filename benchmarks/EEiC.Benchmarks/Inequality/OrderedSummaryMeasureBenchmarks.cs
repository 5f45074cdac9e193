using BenchmarkDotNet.Attributes;
using EEiC.Indicators;
using EEiC.Statistics.Inequality;

namespace EEiC.Benchmarks.Inequality;

/// <summary>
/// The ordered summary measures of healthequal for 10,000 settings × 5 quintiles (and × 10 deciles): absolute and
/// relative concentration indices, and the logistic slope and relative indices of inequality with their HC1
/// sandwich standard errors, through the batch overload. performance.md has no R timing for these; the workload
/// follows its healthequal definition (workload 3): pop ~ U{1000..100000}, and per setting a gradient
/// g ~ U(−1, 1) with p = 0.6 + 0.3·g·(position − mid)/k + ε, ε ~ U(−0.05, 0.05), est = 100p,
/// se = 100·√(p(1 − p)/(pop/50)); fixed seed. The baseline is a straightforward LINQ port that builds arrays per
/// setting and fits the logistic model by IRLS on arrays.
/// </summary>
[MemoryDiagnoser]
public class OrderedSummaryMeasureBenchmarks
{
    private const int Settings = 10_000;
    private static readonly SummaryMeasureSettings Defaults = new() { Polarity = IndicatorPolarity.HigherIsBetter, Scale = 100 };

    private OrderedSubgroupEstimate[] _subgroups = [];
    private int[] _lengths = [];
    private SummaryMeasureEstimate[] _aci = [];
    private SummaryMeasureEstimate[] _rci = [];
    private SummaryMeasureEstimate[] _sii = [];
    private SummaryMeasureEstimate[] _rii = [];

    /// <summary>Subgroups per setting: quintiles or deciles.</summary>
    [Params(5, 10)]
    public int Subgroups { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(5);
        _subgroups = new OrderedSubgroupEstimate[Settings * Subgroups];
        var mid = (Subgroups + 1) / 2.0;
        for (var s = 0; s < Settings; s++)
        {
            var gradient = random.NextDouble() * 2 - 1;
            for (var q = 1; q <= Subgroups; q++)
            {
                var pop = random.Next(1000, 100_001);
                var p = Math.Clamp(0.6 + 0.3 * gradient * (q - mid) / Subgroups + (random.NextDouble() - 0.5) * 0.1, 0.01, 0.99);
                _subgroups[s * Subgroups + q - 1] = new OrderedSubgroupEstimate("q" + q, q, 100 * p, 100 * Math.Sqrt(p * (1 - p) / (pop / 50.0)), pop);
            }
        }

        _lengths = Enumerable.Repeat(Subgroups, Settings).ToArray();
        _aci = new SummaryMeasureEstimate[Settings];
        _rci = new SummaryMeasureEstimate[Settings];
        _sii = new SummaryMeasureEstimate[Settings];
        _rii = new SummaryMeasureEstimate[Settings];
    }

    [Benchmark(Baseline = true, Description = "Naive LINQ port, arrays per setting")]
    public double Naive()
    {
        var sum = 0.0;
        for (var s = 0; s < Settings; s++)
        {
            var g = _subgroups.Skip(s * Subgroups).Take(Subgroups).OrderBy(x => x.Order).ToArray();
            var pop = g.Select(x => x.Population!.Value).ToArray();
            var est = g.Select(x => x.Estimate).ToArray();
            var total = pop.Sum();
            var rank = pop.Select((p, j) => (pop.Take(j).Sum() + p / 2) / total).ToArray();
            var mu = pop.Zip(est, (p, y) => p * y).Sum() / total;
            var sigma2 = pop.Zip(rank, (p, r) => p / total * (r - 0.5) * (r - 0.5)).Sum();
            var (aci, aciSe) = NaiveWls(rank, est.Select(y => 2 * sigma2 * y).ToArray(), pop);
            var (rci, rciSe) = NaiveWls(rank, est.Select(y => 2 * sigma2 * y / mu).ToArray(), pop);
            var (sii, rii) = NaiveLogistic(rank, est, pop);
            sum += aci + aciSe + rci + rciSe + sii + rii;
        }

        return sum;
    }

    [Benchmark(Description = "Batch over settings (aci + rci + logistic sii + rii)")]
    public double Batch()
    {
        OrderedSummaryMeasures.Compute(SummaryMeasure.AbsoluteConcentrationIndex, _subgroups, _lengths, Defaults, _aci);
        OrderedSummaryMeasures.Compute(SummaryMeasure.RelativeConcentrationIndex, _subgroups, _lengths, Defaults, _rci);
        OrderedSummaryMeasures.Compute(SummaryMeasure.SlopeIndexOfInequality, _subgroups, _lengths, Defaults, _sii);
        OrderedSummaryMeasures.Compute(SummaryMeasure.RelativeIndexOfInequality, _subgroups, _lengths, Defaults, _rii);
        return _aci[^1].Estimate!.Value + _rci[^1].Estimate!.Value + _sii[^1].Estimate!.Value + _rii[^1].Estimate!.Value;
    }

    private static (double Slope, double Se) NaiveWls(double[] x, double[] y, double[] w)
    {
        var sw = w.Sum();
        var xBar = w.Zip(x, (a, b) => a * b).Sum() / sw;
        var yBar = w.Zip(y, (a, b) => a * b).Sum() / sw;
        var sxx = x.Select((v, i) => w[i] * (v - xBar) * (v - xBar)).Sum();
        var b1 = x.Select((v, i) => w[i] * (v - xBar) * (y[i] - yBar)).Sum() / sxx;
        var rss = x.Select((v, i) => w[i] * Math.Pow(y[i] - yBar - b1 * (v - xBar), 2)).Sum();
        return (b1, Math.Sqrt(rss / (x.Length - 2) / sxx));
    }

    private static (double Sii, double Rii) NaiveLogistic(double[] rank, double[] est, double[] popIn)
    {
        var pop = popIn.Select(Math.Ceiling).ToArray();
        var y = est.Select((e, i) => Math.Round(e / 100 * pop[i]) / pop[i]).ToArray();
        var prior = pop.Select(p => p * p).ToArray();
        var eta = y.Select((v, i) => Math.Log((pop[i] * v + 0.5) / (pop[i] + 1) / (1 - (pop[i] * v + 0.5) / (pop[i] + 1)))).ToArray();
        double b0 = 0, b1 = 0;
        var w = new double[rank.Length];
        for (var iteration = 0; iteration < 25; iteration++)
        {
            var mu = eta.Select(e => 1 / (1 + Math.Exp(-e))).ToArray();
            w = mu.Select((m, i) => prior[i] * m * (1 - m)).ToArray();
            var z = eta.Select((e, i) => e + (y[i] - mu[i]) / (mu[i] * (1 - mu[i]))).ToArray();
            var sw = w.Sum();
            var xBar = w.Zip(rank, (a, b) => a * b).Sum() / sw;
            var zBar = w.Zip(z, (a, b) => a * b).Sum() / sw;
            var nb1 = rank.Select((v, i) => w[i] * (v - xBar) * (z[i] - zBar)).Sum() / rank.Select((v, i) => w[i] * (v - xBar) * (v - xBar)).Sum();
            var nb0 = zBar - nb1 * xBar;
            eta = rank.Select(r => nb0 + nb1 * r).ToArray();
            var done = Math.Abs(nb0 - b0) + Math.Abs(nb1 - b1) < 1e-10;
            (b0, b1) = (nb0, nb1);
            if (done)
            {
                break;
            }
        }

        // HC1 sandwich and delta-method se (computed, then folded into the result so it is not optimised away).
        var xtwx = new double[2, 2];
        var meat = new double[2, 2];
        for (var i = 0; i < rank.Length; i++)
        {
            var x = new[] { 1.0, rank[i] };
            var mu = 1 / (1 + Math.Exp(-eta[i]));
            var u = prior[i] * (y[i] - mu);
            for (var a = 0; a < 2; a++)
            {
                for (var b = 0; b < 2; b++)
                {
                    xtwx[a, b] += w[i] * x[a] * x[b];
                    meat[a, b] += u * u * x[a] * x[b];
                }
            }
        }

        var det = xtwx[0, 0] * xtwx[1, 1] - xtwx[0, 1] * xtwx[1, 0];
        var inv = new[,] { { xtwx[1, 1] / det, -xtwx[0, 1] / det }, { -xtwx[1, 0] / det, xtwx[0, 0] / det } };
        var v11 = 0.0;
        for (var a = 0; a < 2; a++)
        {
            for (var b = 0; b < 2; b++)
            {
                v11 += inv[1, a] * meat[a, b] * inv[b, 1];
            }
        }

        var p1 = 1 / (1 + Math.Exp(-(b0 + b1)));
        var p0 = 1 / (1 + Math.Exp(-b0));
        return ((p1 - p0) * 100 + Math.Sqrt(v11 * rank.Length / (rank.Length - 2.0)) * 1e-12, p1 / p0);
    }
}
