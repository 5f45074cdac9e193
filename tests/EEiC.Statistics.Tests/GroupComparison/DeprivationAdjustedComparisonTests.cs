using EEiC.Datasets;
using EEiC.Statistics.GroupComparison;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Rates;
using EEiC.Statistics.Validation;

namespace EEiC.Statistics.Tests.GroupComparison;

/// <summary>
/// Mantel–Haenszel comparisons against published worked examples and against the textbook formulas written out as plain
/// loops in the test. Full-precision expected values come from <c>reference_values.py</c> (mpmath, 40 digits).
/// </summary>
public sealed class DeprivationAdjustedComparisonTests
{
    private const double Tight = 1e-12;
    private static readonly ConfidenceLevel Level90 = new(0.90);

    // Coronary deaths and person-years of British male doctors by age, smokers against non-smokers: Doll R, Hill AB. Natl
    // Cancer Inst Monogr 1966;19:205–268, the standard worked example of the Mantel–Haenszel rate ratio in Rothman's
    // textbooks (Rothman KJ. Epidemiology: An Introduction. OUP 2002; Rothman KJ, Greenland S, Lash TL. Modern
    // Epidemiology, 3rd ed. 2008, chapter 15), printed there as RR_MH 1.4 with 90% limits 1.2 to 1.7 (crude 1.7).
    private static readonly double[] SmokerDeaths = [32, 104, 206, 186, 102];
    private static readonly double[] SmokerYears = [52_407, 43_248, 28_612, 12_663, 5_317];
    private static readonly double[] NonSmokerDeaths = [2, 12, 28, 28, 31];
    private static readonly double[] NonSmokerYears = [18_790, 10_673, 5_710, 2_585, 1_462];

    private static (double[] Events, double[] Time) DollHill() =>
        ([.. SmokerDeaths, .. NonSmokerDeaths], [.. SmokerYears, .. NonSmokerYears]);

    [Fact]
    public void Mantel_Haenszel_rate_ratio_reproduces_the_British_doctors_example()
    {
        var (events, time) = DollHill();
        var destination = new ComparisonEstimate[4];
        DeprivationAdjustedComparison.CompareRates(["smokers", "non-smokers"], 5, events, time, [ConfidenceLevel.Percent95, Level90], destination,
            new ComparisonOptions { ReferenceGroup = "non-smokers" });
        var c95 = destination[0];
        var c90 = destination[1];
        Assert.True(destination[2].IsReference);

        // Printed: 1.4 (90% CI 1.2 to 1.7).
        Assert.Equal(1.4, Math.Round(c90.Ratio.Value!.Value, 1));
        Assert.Equal(1.2, Math.Round(c90.Ratio.Lower!.Value, 1));
        Assert.Equal(1.7, Math.Round(c90.Ratio.Upper!.Value, 1));

        // reference_values.py "mh rate": 1.4246820167514389, 95% 1.1547031007467961 to 1.7577841849928702,
        // 90% 1.1943745308609794 to 1.6993989711014681; MH test p 0.00090319292203319391; homogeneity chi-square
        // 11.151097950455229 on 4 df, p 0.024917350615166791.
        Assert.Equal(EstimationMethod.GreenlandRobins, c95.Ratio.Method);
        Tolerance.Equal(1.4246820167514389, c95.Ratio.Value, Tight, "RR_MH");
        Tolerance.Equal(1.1547031007467961, c95.Ratio.Lower, Tight, "lower 95%");
        Tolerance.Equal(1.7577841849928702, c95.Ratio.Upper, Tight, "upper 95%");
        Tolerance.Equal(1.1943745308609794, c90.Ratio.Lower, Tight, "lower 90%");
        Tolerance.Equal(1.6993989711014681, c90.Ratio.Upper, Tight, "upper 90%");
        Tolerance.Equal(0.00090319292203319391, c95.PValue, 1e-9, "MH test");
        Tolerance.Equal(0.024917350615166791, c95.HomogeneityPValue, 1e-9, "homogeneity");
        Assert.Equal(EstimateStatus.Undefined, c95.Difference.Status);
    }

    // Oesophageal cancer cases and controls by age in Ille-et-Vilaine, alcohol ≥ 80 g/day against less (Tuyns AJ, Péquignot
    // G, Jensen OM. Bull Cancer 1977;64:45–60), the worked example of Breslow NE, Day NE. Statistical Methods in Cancer
    // Research, vol. I. IARC Sci Publ 32, 1980, chapter 4 (§4.4), where OR_MH = 5.16 and the homogeneity chi-square is 9.32
    // on 5 degrees of freedom.
    private static readonly double[] HeavyCases = [1, 4, 25, 42, 19, 5];
    private static readonly double[] LightCases = [0, 5, 21, 34, 36, 8];
    private static readonly double[] HeavyControls = [9, 26, 29, 27, 18, 0];
    private static readonly double[] LightControls = [106, 164, 138, 139, 88, 31];

    [Fact]
    public void Mantel_Haenszel_odds_ratio_reproduces_the_Ille_et_Vilaine_example()
    {
        double[] numerators = [.. HeavyCases, .. LightCases];
        double[] denominators = [.. HeavyCases.Zip(HeavyControls, (a, c) => a + c), .. LightCases.Zip(LightControls, (b, d) => b + d)];
        var destination = new ComparisonEstimate[2];
        DeprivationAdjustedComparison.CompareProportions(["80+ g", "< 80 g"], 6, numerators, denominators, [ConfidenceLevel.Percent95], destination,
            new ComparisonOptions { ReferenceGroup = "< 80 g" });
        var c = destination[0];
        Assert.Equal(5.16, Math.Round(c.OddsRatio.Value!.Value, 2));

        // reference_values.py: OR 5.1576231940711369 (3.5621305369443768 to 7.4677434574980979, Robins–Breslow–Greenland);
        // risk ratio 2.8877937789484941 (2.315366613984199 to 3.6017418837112657, Greenland–Robins); CMH p
        // 2.9693542437189287e-20; Breslow–Day 9.3233970924259029 (printed 9.32), with Tarone's correction 9.2993290785872708
        // on 5 df, p 0.097704242828002778.
        Assert.Equal(EstimationMethod.RobinsBreslowGreenland, c.OddsRatio.Method);
        Tolerance.Equal(5.1576231940711369, c.OddsRatio.Value, Tight, "OR_MH");
        Tolerance.Equal(3.5621305369443768, c.OddsRatio.Lower, Tight, "OR lower");
        Tolerance.Equal(7.4677434574980979, c.OddsRatio.Upper, Tight, "OR upper");
        Tolerance.Equal(2.8877937789484941, c.Ratio.Value, Tight, "RR_MH");
        Tolerance.Equal(2.315366613984199, c.Ratio.Lower, Tight, "RR lower");
        Tolerance.Equal(3.6017418837112657, c.Ratio.Upper, Tight, "RR upper");
        Tolerance.Equal(2.9693542437189287e-20, c.PValue, 1e-8, "CMH");
        Tolerance.Equal(0.097704242828002778, c.HomogeneityPValue, 1e-9, "Breslow–Day–Tarone");
    }

    [Fact]
    public void The_kernel_equals_the_textbook_formulas_written_as_plain_loops()
    {
        var random = new Random(11);
        for (var trial = 0; trial < 200; trial++)
        {
            var strata = random.Next(1, 8);
            var a = new double[strata];
            var t1 = new double[strata];
            var b = new double[strata];
            var t0 = new double[strata];
            for (var i = 0; i < strata; i++)
            {
                t1[i] = random.Next(1, 50_000);
                t0[i] = random.Next(1, 50_000);
                a[i] = random.Next(0, 200);
                b[i] = random.Next(0, 200);
            }

            // Greenland and Robins (1985), eqs as in Rothman et al. (2008) ch. 15, summed naively.
            double r = 0, s = 0, v = 0;
            for (var i = 0; i < strata; i++)
            {
                var t = t1[i] + t0[i];
                r += a[i] * t0[i] / t;
                s += b[i] * t1[i] / t;
                v += (a[i] + b[i]) * t1[i] * t0[i] / (t * t);
            }

            var destination = new ComparisonEstimate[2];
            DeprivationAdjustedComparison.CompareRates(["g", "r"], strata, [.. a, .. b], [.. t1, .. t0], [ConfidenceLevel.Percent95], destination,
                new ComparisonOptions { ReferenceGroup = "r" });
            var c = destination[0];
            if (r == 0 || s == 0)
            {
                Assert.Equal(EstimateStatus.Undefined, c.Ratio.Status);
                continue;
            }

            var se = Math.Sqrt(v / (r * s));
            Tolerance.Equal(r / s, c.Ratio.Value, 1e-12, $"trial {trial} RR");
            Tolerance.Equal(r / s * Math.Exp(-1.959963984540054 * se), c.Ratio.Lower, 1e-12, $"trial {trial} lower");
            Tolerance.Equal(r / s * Math.Exp(1.959963984540054 * se), c.Ratio.Upper, 1e-12, $"trial {trial} upper");
        }
    }

    private static StratifiedDataset ByQuintile()
    {
        var rows = new List<StratifiedRow>();
        for (var q = 1; q <= 5; q++)
        {
            // Two age bands per quintile, summed by the method.
            rows.Add(new StratifiedRow("A", AgeBand: "0-49", DeprivationQuantile: q, Numerator: 100 + (20 * q), Denominator: 40_000));
            rows.Add(new StratifiedRow("A", AgeBand: "50+", DeprivationQuantile: q, Numerator: 200 + (30 * q), Denominator: 20_000));
            rows.Add(new StratifiedRow("K", AgeBand: "0-49", DeprivationQuantile: q, Numerator: 5 + (4 * q), Denominator: 1_000 + (800 * (6 - q))));
            rows.Add(new StratifiedRow("K", AgeBand: "50+", DeprivationQuantile: q, Numerator: 3 + (2 * q), Denominator: 500 + (300 * (6 - q))));
        }

        return new StratifiedDataset(GroupDimension.Ethnicity(), DatasetMeasure.Rate, rows);
    }

    [Fact]
    public void Dataset_form_sums_age_bands_per_quintile_and_equals_the_span_form()
    {
        var dataset = ByQuintile();
        var results = DeprivationAdjustedComparison.CompareRates(dataset, [ConfidenceLevel.Percent95]);
        Assert.Equal(2, results.Count);
        Assert.Equal("A", results[0].ReferenceGroup);
        Assert.Null(results[1].Row.DeprivationQuantile);

        double[] events = new double[10], time = new double[10];
        for (var q = 0; q < 5; q++)
        {
            var quintile = q + 1;
            events[q] = 300 + (50 * quintile);
            time[q] = 60_000;
            events[5 + q] = 8 + (6 * quintile);
            time[5 + q] = 1_500 + (1_100 * (6 - quintile));
        }

        var destination = new ComparisonEstimate[2];
        DeprivationAdjustedComparison.CompareRates(["A", "K"], 5, events, time, [ConfidenceLevel.Percent95], destination);
        Assert.Equal(destination[1], results[1].Estimates[0]);
        Assert.Equal(events[5..].Sum(), results[1].Row.Numerator);
    }

    [Fact]
    public void Stratified_estimates_are_crude_rates_per_group_and_quintile()
    {
        var estimates = DeprivationAdjustedComparison.EstimatesByQuantile(ByQuintile(), ConfidenceLevel.Standard);
        Assert.Equal(10, estimates.Count);
        var k3 = Assert.Single(estimates, e => e.Row.Group == "K" && e.Row.DeprivationQuantile == 3);
        Assert.Equal(8 + 18.0, k3.Row.Numerator);
        Assert.Equal(1_500 + (1_100 * 3.0), k3.Row.Denominator);
        Assert.Equal(CrudeRates.Estimate(26, 4_800, ConfidenceLevel.Percent99Point8), k3.Estimates[1]);
    }

    [Fact]
    public void Rows_without_a_quintile_are_errors()
    {
        var dataset = ByQuintile();
        var broken = dataset with { Rows = [.. dataset.Rows.Select((r, i) => i == 3 ? r with { DeprivationQuantile = null } : r)] };
        var error = Assert.Throws<StatisticsInputException>(() => DeprivationAdjustedComparison.CompareRates(broken, [ConfidenceLevel.Percent95]));
        Assert.Contains(error.Problems, p => p is { Index: 3, Argument: "dataset.deprivation_quantile" });
    }
}
