using BenchmarkDotNet.Attributes;
using EEiC.Statistics.GroupComparison;
using EEiC.Statistics.Intervals;

namespace EEiC.Benchmarks.GroupComparison;

/// <summary>
/// Deprivation-adjusted comparison: the Mantel–Haenszel rate ratio (Greenland–Robins limits, MH test, homogeneity test,
/// Holm-adjusted p) of each of 19 ethnic groups against the largest in each of 10,000 areas, over 5 deprivation
/// quintiles (see <see cref="ComparisonWorkload"/>), at 95% and 99.8%. Baseline: a straightforward LINQ port that builds
/// arrays per area and group (without the multiplicity adjustment).
/// </summary>
[MemoryDiagnoser]
public class MantelHaenszelBenchmarks
{
    private static readonly ConfidenceLevel[] Levels = [ConfidenceLevel.Percent95, ConfidenceLevel.Percent99Point8];
    private static readonly ComparisonOptions Options = new() { Adjustment = MultipleComparisonAdjustment.Holm };

    private double[] _events = [];
    private double[] _time = [];
    private ComparisonEstimate[] _destination = [];

    [GlobalSetup]
    public void Setup()
    {
        (_events, _time) = ComparisonWorkload.ByQuintile(20_260_502);
        _destination = new ComparisonEstimate[ComparisonWorkload.Areas * ComparisonWorkload.Groups * Levels.Length];
    }

    [Benchmark(Baseline = true, Description = "Naive LINQ port, arrays per area")]
    public double Naive()
    {
        const int g = ComparisonWorkload.Groups, q = ComparisonWorkload.Quintiles;
        var sum = 0.0;
        for (var a = 0; a < ComparisonWorkload.Areas; a++)
        {
            var x = Enumerable.Range(0, g).Select(i => _events.Skip(((a * g) + i) * q).Take(q).ToArray()).ToArray();
            var t = Enumerable.Range(0, g).Select(i => _time.Skip(((a * g) + i) * q).Take(q).ToArray()).ToArray();
            var reference = Enumerable.Range(0, g).OrderByDescending(i => t[i].Sum()).First();
            foreach (var i in Enumerable.Range(0, g).Where(i => i != reference))
            {
                var strata = Enumerable.Range(0, q).Select(s => (A: x[i][s], T1: t[i][s], B: x[reference][s], T0: t[reference][s], T: t[i][s] + t[reference][s])).ToList();
                var r = strata.Sum(s => s.A * s.T0 / s.T);
                var sv = strata.Sum(s => s.B * s.T1 / s.T);
                var v = strata.Sum(s => (s.A + s.B) * s.T1 * s.T0 / (s.T * s.T));
                var rr = r / sv;
                var se = Math.Sqrt(v / (r * sv));
                var expected = strata.Sum(s => (s.A + s.B) * s.T1 / s.T);
                var chi = Math.Pow(strata.Sum(s => s.A) - expected, 2) / v;
                var homogeneity = strata.Sum(s =>
                {
                    var pi = rr * s.T1 / ((rr * s.T1) + s.T0);
                    var m1 = s.A + s.B;
                    return Math.Pow(s.A - (m1 * pi), 2) / (m1 * pi * (1 - pi));
                });
                var p = MathNet.Numerics.SpecialFunctions.GammaUpperRegularized(0.5, chi / 2);
                var ph = MathNet.Numerics.SpecialFunctions.GammaUpperRegularized((q - 1) / 2.0, homogeneity / 2);
                sum += Levels.Sum(l => rr * Math.Exp(-l.Z * se) + rr * Math.Exp(l.Z * se)) + p + ph;
            }
        }

        return sum;
    }

    [Benchmark(Description = "Batch over areas")]
    public double Batch()
    {
        DeprivationAdjustedComparison.CompareRates(ComparisonWorkload.GroupNames, ComparisonWorkload.Quintiles, _events, _time, Levels, _destination, Options);
        return _destination[0].Ratio.Value ?? 0;
    }
}
