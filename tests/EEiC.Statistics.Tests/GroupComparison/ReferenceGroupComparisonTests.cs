using EEiC.Statistics.GroupComparison;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Standardisation;
using MathNet.Numerics;

namespace EEiC.Statistics.Tests.GroupComparison;

/// <summary>
/// Reference numbers for the comparisons with a reference group. Published worked examples where they exist (Newcombe
/// 1998, Table II); otherwise values computed independently from the textbook formulas in Python with mpmath at 40 digits
/// (<c>reference_values.py</c> next to this file, whose printed lines the comments quote), or by a deliberately different
/// computation in the test itself (exact limits by bisection on an explicitly summed binomial distribution). None comes
/// from this library's output.
/// </summary>
public sealed class ReferenceGroupComparisonTests
{
    private const double Tight = 1e-12;
    private static readonly ConfidenceLevel[] Level95 = [ConfidenceLevel.Percent95];

    [Fact]
    public void Rate_ratio_and_difference_with_large_counts_use_the_log_Wald_and_Wald_intervals()
    {
        // 45 events in 12,000 against 300 in 150,000 (rates 375 and 200 per 100,000).
        // reference_values.py: rate wald rr,l95,u95 1.875, 1.3706522992546866, 2.5649283935186739; p 8.4165339674154908e-5;
        // rd,l95,u95 175.0, 63.121703069384243, 286.87829693061576.
        var results = ReferenceGroupComparison.CompareRates(["Black African", "White British"], [45, 300], [12_000, 150_000], Level95);
        Assert.Equal("White British", results[0].ReferenceGroup);
        Assert.True(results[1].IsReference);
        var c = results[0].Estimates[0];
        Assert.Equal(EstimationMethod.LogWald, c.Ratio.Method);
        Tolerance.Equal(1.875, c.Ratio.Value, Tight, "RR");
        Tolerance.Equal(1.3706522992546866, c.Ratio.Lower, Tight, "RR lower");
        Tolerance.Equal(2.5649283935186739, c.Ratio.Upper, Tight, "RR upper");
        Tolerance.Equal(8.4165339674154908e-5, c.PValue, 1e-9, "p");
        Assert.Equal(c.PValue, c.AdjustedPValue);
        Assert.Equal(EstimationMethod.Wald, c.Difference.Method);
        Tolerance.Equal(175.0, c.Difference.Value, Tight, "RD");
        Tolerance.Equal(63.121703069384243, c.Difference.Lower, Tight, "RD lower");
        Tolerance.Equal(286.87829693061576, c.Difference.Upper, Tight, "RD upper");
        Assert.False(c.SmallNumbers);
        Assert.Equal(EstimateStatus.Undefined, c.OddsRatio.Status);

        var reference = results[1].Estimates[0];
        Assert.Equal(1, reference.Ratio.Value);
        Assert.Null(reference.Ratio.Lower);
        Assert.Equal(0, reference.Difference.Value);
        Assert.Null(reference.PValue);
    }

    [Fact]
    public void Small_counts_take_exact_conditional_limits_and_the_exact_test()
    {
        // 3 events in 2,000 against 20 in 40,000. reference_values.py (Clopper–Pearson by bisection on the regularised
        // beta; p from explicit binomial sums): rr,l95,u95,p 3.0, 0.57087272718171752, 10.115453805151267, 0.18819568324090365.
        var c = ReferenceGroupComparison.CompareRates(["Roma", "White British"], [3, 20], [2_000, 40_000], Level95)[0].Estimates[0];
        Assert.Equal(EstimationMethod.ExactConditionalBinomial, c.Ratio.Method);
        Tolerance.Equal(3.0, c.Ratio.Value, Tight, "RR");
        Tolerance.Equal(0.57087272718171752, c.Ratio.Lower, 1e-9, "RR lower");
        Tolerance.Equal(10.115453805151267, c.Ratio.Upper, 1e-9, "RR upper");
        Tolerance.Equal(0.18819568324090365, c.PValue, 1e-9, "p");
        Assert.True(c.SmallNumbers);

        // No events in the group: ratio 0, lower limit 0, upper 7.1978763457540837, p = 1.
        var zero = ReferenceGroupComparison.CompareRates(["Roma", "White British"], [0, 12], [1_500, 30_000], Level95)[0].Estimates[0];
        Assert.Equal(0, zero.Ratio.Value);
        Assert.Equal(0, zero.Ratio.Lower);
        Tolerance.Equal(7.1978763457540837, zero.Ratio.Upper, 1e-9, "upper with no events");
        Tolerance.Equal(1, zero.PValue, Tight, "p");

        // No events in the reference: the ratio is infinite, so undefined; the exact test still says something.
        var none = ReferenceGroupComparison.CompareRates(["A", "B"], [6, 0], [1_000, 5_000], Level95,
            new ComparisonOptions { ReferenceGroup = "B" })[0].Estimates[0];
        Assert.Equal(EstimateStatus.Undefined, none.Ratio.Status);
        Assert.NotNull(none.PValue);
    }

    public static TheoryData<int, int, double, double> ExactCases => new()
    {
        { 0, 4, 1_000, 3_000 }, { 1, 1, 500, 500 }, { 2, 9, 1_200, 20_000 }, { 7, 3, 800, 900 }, { 9, 30, 10_000, 25_000 }, { 5, 1, 100, 100_000 },
    };

    [Theory]
    [MemberData(nameof(ExactCases))]
    public void Exact_conditional_limits_match_bisection_on_an_explicitly_summed_binomial(int o1, int o0, double t1, double t0)
    {
        // Independent route: P(X ≥ o1 | π) and P(X ≤ o1 | π) summed term by term from log-factorials, limits found by
        // bisection to 1e-15 in π, then RR = π/(1 − π)·t0/t1 (Clopper and Pearson 1934; Breslow and Day 1987, ch. 2).
        var n = o1 + o0;
        const double alpha = 0.025;
        double Pmf(int k, double pi) => Math.Exp(SpecialFunctions.FactorialLn(n) - SpecialFunctions.FactorialLn(k) - SpecialFunctions.FactorialLn(n - k)
            + (k * Math.Log(pi)) + ((n - k) * Math.Log(1 - pi)));
        double AtLeast(double pi) => Enumerable.Range(o1, n - o1 + 1).Sum(k => Pmf(k, pi));
        double AtMost(double pi) => Enumerable.Range(0, o1 + 1).Sum(k => Pmf(k, pi));
        static double Bisect(Func<double, bool> below)
        {
            double lo = 0, hi = 1;
            for (var i = 0; i < 200 && hi - lo > 1e-16; i++)
            {
                var mid = (lo + hi) / 2;
                if (below(mid))
                {
                    lo = mid;
                }
                else
                {
                    hi = mid;
                }
            }

            return (lo + hi) / 2;
        }

        var lowerPi = o1 == 0 ? 0 : Bisect(pi => AtLeast(pi) < alpha);
        var upperPi = Bisect(pi => AtMost(pi) > alpha);
        var c = ReferenceGroupComparison.CompareRates(["g", "r"], [o1, o0], [t1, t0], Level95,
            new ComparisonOptions { ReferenceGroup = "r", RateRatioInterval = RateRatioInterval.ExactConditional })[0].Estimates[0];
        Tolerance.Equal(lowerPi / (1 - lowerPi) * t0 / t1, c.Ratio.Lower, 1e-8, "lower");
        Tolerance.Equal(upperPi / (1 - upperPi) * t0 / t1, c.Ratio.Upper, 1e-8, "upper");

        // The exact test: twice the smaller tail at π0 = t1/(t1 + t0).
        var pi0 = t1 / (t1 + t0);
        Tolerance.Equal(Math.Min(1, 2 * Math.Min(AtLeast(pi0), AtMost(pi0))), c.PValue, 1e-9, "p");
    }

    [Fact]
    public void The_beta_quantile_agrees_with_MathNet_and_inverts_the_regularised_beta()
    {
        // The closed forms are held to 1e-10: MathNet's regularised incomplete beta, which the quantile inverts, is good
        // to about 1e-11 relative in the far tails (7e-12 seen for Beta(1, 5000) at 0.0005).
        double[] shapes = [0.5, 1, 1.5, 3, 9, 10, 27.5, 200, 5_000];
        double[] probabilities = [0.0005, 0.001, 0.025, 0.05, 0.5, 0.95, 0.975, 0.999, 0.9995];
        foreach (var a in shapes)
        {
            foreach (var b in shapes)
            {
                foreach (var p in probabilities)
                {
                    var x = ComparisonKernel.BetaQuantile(a, b, p);
                    // I_x(a, b) = p, or, where the distribution function is so steep that no double hits p (Beta(5000, 0.5)
                    // near 1), p lies between its values four ulps either side of x.
                    var below = x;
                    var above = x;
                    for (var step = 0; step < 4; step++)
                    {
                        below = Math.BitDecrement(below);
                        above = Math.BitIncrement(above);
                    }

                    var atX = SpecialFunctions.BetaRegularized(a, b, x);
                    Assert.True(Math.Abs(atX - p) <= 1e-10 * p
                        || (SpecialFunctions.BetaRegularized(a, b, below) <= p && p <= SpecialFunctions.BetaRegularized(a, b, Math.Min(above, 1))),
                        $"I_x({a}, {b}) at the {p} quantile x = {x:R} is {atX:R}");

                    // MathNet's own root finder is less precise in the far tails (1e-7 relative for Beta(0.5, 0.5) at 0.0005,
                    // 1e-6 for Beta(1, 5000) at 0.001, against the closed forms below), so it is only a coarse cross-check.
                    Tolerance.Equal(MathNet.Numerics.Distributions.Beta.InvCDF(a, b, p), x, 1e-5, $"Beta({a}, {b}) quantile {p} against MathNet");
                    if (a == 1)
                    {
                        // I_x(1, b) = 1 − (1 − x)^b, so x = −expm1(log1p(−p)/b), with Kahan's accurate log1p and expm1.
                        Tolerance.Equal(-Expm1(Log1p(-p) / b), x, 1e-10, $"Beta(1, {b}) quantile {p}");
                    }

                    if (b == 1)
                    {
                        // I_x(a, 1) = x^a.
                        Tolerance.Equal(Math.Pow(p, 1 / a), x, 1e-10, $"Beta({a}, 1) quantile {p}");
                    }

                    if (a == 0.5 && b == 0.5)
                    {
                        // The arcsine distribution: x = sin²(πp/2).
                        Tolerance.Equal(Math.Pow(Math.Sin(Math.PI * p / 2), 2), x, 1e-10, $"arcsine quantile {p}");
                    }
                }
            }
        }
    }

    [Fact]
    public void The_chi_square_tail_shortcuts_agree_with_the_incomplete_gamma_function()
    {
        foreach (var df in new[] { 1, 2, 3, 4, 6, 10, 18, 40 })
        {
            foreach (var x in new[] { 1e-6, 0.01, 0.5, 1, 3.84, 9.3, 20, 60, 150 })
            {
                Tolerance.Equal(SpecialFunctions.GammaUpperRegularized(df / 2.0, x / 2), ComparisonKernel.ChiSquareUpper(x, df), 1e-12, $"Q({x}; {df} df)");
            }
        }

        Assert.Equal(1, ComparisonKernel.ChiSquareUpper(0, 3));
    }

    private static double Log1p(double y)
    {
        var u = 1 + y;
        return u == 1 ? y : Math.Log(u) * y / (u - 1);
    }

    private static double Expm1(double y)
    {
        var u = Math.Exp(y);
        return u == 1 ? y : u - 1 == -1 ? -1 : (u - 1) * y / Math.Log(u);
    }

    public static TheoryData<string, int, int, int, int, double, double, double> NewcombeTableII => new()
    {
        // Newcombe RG. Stat Med 1998;17:873–890, Table II, method 10 (hybrid score), 95%, printed to 4 decimals.
        { "(a)", 56, 70, 48, 80, 0.2000, 0.0524, 0.3339 },
        { "(b)", 9, 10, 3, 10, 0.6000, 0.1705, 0.8090 },
        { "(c)", 6, 7, 2, 7, 0.5714, 0.0582, 0.8062 },
        { "(d)", 5, 56, 0, 29, 0.0893, -0.0381, 0.1926 },
        { "(e)", 0, 10, 0, 20, 0.0000, -0.1611, 0.2775 },
        { "(f)", 0, 10, 0, 10, 0.0000, -0.2775, 0.2775 },
        { "(g)", 10, 10, 0, 20, 1.0000, 0.6791, 1.0000 },
        { "(h)", 10, 10, 0, 10, 1.0000, 0.6075, 1.0000 },
    };

    [Theory]
    [MemberData(nameof(NewcombeTableII))]
    public void Risk_difference_matches_Newcombe_1998_Table_II_method_10(string example, int a, int n1, int b, int n0, double d, double lower, double upper)
    {
        var c = ReferenceGroupComparison.CompareProportions(["group", "reference"], [a, b], [n1, n0], Level95,
            new ComparisonOptions { ReferenceGroup = "reference" })[0].Estimates[0];
        Assert.Equal(EstimationMethod.NewcombeHybridScore, c.Difference.Method);
        Assert.True(Math.Abs(c.Difference.Value!.Value - d) < 5e-5, $"{example} difference {c.Difference.Value}");
        Assert.True(Math.Abs(c.Difference.Lower!.Value - lower) < 5e-5, $"{example} lower {c.Difference.Lower}");
        Assert.True(Math.Abs(c.Difference.Upper!.Value - upper) < 5e-5, $"{example} upper {c.Difference.Upper}");
    }

    [Theory]
    [InlineData(56, 70, 48, 80, 1.3333333333333333, 1.0766264227631927, 1.651248511266387, 2.6666666666666667, 1.2762178705364337, 5.5720196960743793, 0.0080450813681965847)]
    [InlineData(120, 400, 300, 2000, 2.0, 1.6664314161803337, 2.4003388085232415, 2.4285714285714286, 1.8978740649899657, 3.1076662527155893, 5.698856481996908e-13)]
    public void Risk_ratio_odds_ratio_and_chi_square_match_the_formulas(double a, double n1, double b, double n0, double rr, double rrLower, double rrUpper, double or, double orLower, double orUpper, double p)
    {
        // reference_values.py "props": Katz log interval, Woolf logit interval, Pearson chi-square without correction.
        var c = ReferenceGroupComparison.CompareProportions(["g", "r"], [a, b], [n1, n0], Level95, new ComparisonOptions { ReferenceGroup = "r" })[0].Estimates[0];
        Assert.Equal(EstimationMethod.KatzLogRatio, c.Ratio.Method);
        Tolerance.Equal(rr, c.Ratio.Value, Tight, "RR");
        Tolerance.Equal(rrLower, c.Ratio.Lower, Tight, "RR lower");
        Tolerance.Equal(rrUpper, c.Ratio.Upper, Tight, "RR upper");
        Assert.Equal(EstimationMethod.WoolfLogit, c.OddsRatio.Method);
        Tolerance.Equal(or, c.OddsRatio.Value, Tight, "OR");
        Tolerance.Equal(orLower, c.OddsRatio.Lower, Tight, "OR lower");
        Tolerance.Equal(orUpper, c.OddsRatio.Upper, Tight, "OR upper");
        Tolerance.Equal(p, c.PValue, 1e-9, "p");
    }

    [Fact]
    public void Zero_cells_leave_the_ratios_undefined_unless_Haldane_is_asked_for()
    {
        // 0/40 against 12/200: no risk ratio or odds ratio without a correction; the difference is still defined.
        var plain = ReferenceGroupComparison.CompareProportions(["g", "r"], [0, 12], [40, 200], Level95, new ComparisonOptions { ReferenceGroup = "r" })[0].Estimates[0];
        Assert.Equal(EstimateStatus.Undefined, plain.Ratio.Status);
        Assert.Equal(EstimateStatus.Undefined, plain.OddsRatio.Status);
        Assert.Equal(EstimateStatus.Ok, plain.Difference.Status);

        // Haldane: 0.5/41 over 12.5/201 = 0.19609756…; OR = 0.5·188.5/(12.5·40.5) = 0.18617283950617283.
        var corrected = ReferenceGroupComparison.CompareProportions(["g", "r"], [0, 12], [40, 200], Level95,
            new ComparisonOptions { ReferenceGroup = "r", ZeroCellCorrection = true })[0].Estimates[0];
        Tolerance.Equal(0.5 / 41 / (12.5 / 201), corrected.Ratio.Value, Tight, "corrected RR");
        Tolerance.Equal(0.5 * 188.5 / (12.5 * 40.5), corrected.OddsRatio.Value, Tight, "corrected OR");
        Assert.Equal(plain.Difference, corrected.Difference);
        Assert.Equal(plain.PValue, corrected.PValue);
    }

    [Fact]
    public void Standardised_rates_compare_by_the_log_ratio_and_the_difference_of_Dobson_variances()
    {
        // Three bands with weights 30,000, 50,000, 20,000. reference_values.py "dsr": d1 440.0, d0 355.54112554112554;
        // ratio,l95,u95,p 1.2375502252526482, 0.99711784322407554, 1.5359574301376832, 0.053140645322116771;
        // diff,l95,u95 84.458874458874459, -8.5629017590198222, 177.48065067676874.
        var standard = new StandardPopulation("three", ["0-29", "30-59", "60+"], [30_000, 50_000, 20_000]);
        var results = ReferenceGroupComparison.CompareStandardisedRates(["Pakistani", "White British"],
            [5, 30, 60, 40, 250, 400], [10_000, 12_000, 4_000, 90_000, 110_000, 35_000], standard, Level95);
        Assert.Equal("White British", results[0].ReferenceGroup);
        var c = results[0].Estimates[0];
        Tolerance.Equal(1.2375502252526482, c.Ratio.Value, Tight, "ratio");
        Tolerance.Equal(0.99711784322407554, c.Ratio.Lower, Tight, "ratio lower");
        Tolerance.Equal(1.5359574301376832, c.Ratio.Upper, Tight, "ratio upper");
        Tolerance.Equal(0.053140645322116771, c.PValue, 1e-9, "p");
        Tolerance.Equal(84.458874458874459, c.Difference.Value, Tight, "difference");
        Tolerance.Equal(-8.5629017590198222, c.Difference.Lower, Tight, "difference lower");
        Tolerance.Equal(177.48065067676874, c.Difference.Upper, Tight, "difference upper");
        Assert.Equal(95, results[0].Row.Numerator);
        Assert.Equal(26_000, results[0].Row.Denominator);

        // The rates themselves agree with DirectStandardisation: ratio = DSR1/DSR0 of its values.
        var d1 = DirectStandardisation.Rate([5, 30, 60], [10_000, 12_000, 4_000], standard, ConfidenceLevel.Percent95).Estimate.Value!.Value;
        var d0 = DirectStandardisation.Rate([40, 250, 400], [90_000, 110_000, 35_000], standard, ConfidenceLevel.Percent95).Estimate.Value!.Value;
        Tolerance.Equal(d1 / d0, c.Ratio.Value, Tight, "ratio of DirectStandardisation's rates");
    }

    [Fact]
    public void A_standardised_rate_from_fewer_than_10_events_is_not_compared()
    {
        var standard = new StandardPopulation("two", ["0-49", "50+"], [60_000, 40_000]);
        var c = ReferenceGroupComparison.CompareStandardisedRates(["Chinese", "White British"], [3, 5, 200, 300], [5_000, 2_000, 80_000, 40_000], standard, Level95)[0].Estimates[0];
        Assert.Equal(EstimateStatus.SmallCount, c.Ratio.Status);
        Assert.Equal(EstimateStatus.SmallCount, c.Difference.Status);
        Assert.True(c.SmallNumbers);
        Assert.Null(c.PValue);
    }

    [Fact]
    public void The_default_reference_is_the_largest_denominator_with_ties_to_the_first()
    {
        var largest = ReferenceGroupComparison.CompareRates(["A", "B", "C"], [10, 20, 30], [1_000, 5_000, 2_000], Level95);
        Assert.All(largest, r => Assert.Equal("B", r.ReferenceGroup));
        Assert.True(largest[1].IsReference);
        var tie = ReferenceGroupComparison.CompareRates(["A", "B", "C"], [10, 20, 30], [1_000, 5_000, 5_000], Level95);
        Assert.All(tie, r => Assert.Equal("B", r.ReferenceGroup));
        var named = ReferenceGroupComparison.CompareRates(["A", "B", "C"], [10, 20, 30], [1_000, 5_000, 5_000], Level95, new ComparisonOptions { ReferenceGroup = " c " });
        Assert.All(named, r => Assert.Equal("C", r.ReferenceGroup));
    }

    [Fact]
    public void Holm_and_Benjamini_Hochberg_adjust_as_R_p_adjust_with_n_equal_to_the_comparisons()
    {
        // Four comparisons with p = 0.01, 0.04, 0.03, 0.2 (reference_values.py): Holm 0.04, 0.09, 0.09, 0.2;
        // BH 0.04, 0.0533…, 0.0533…, 0.2; Bonferroni min(1, 4p).
        double[] p = [double.NaN, 0.01, 0.04, 0.03, 0.2];
        var adjusted = new double[p.Length];
        Check(MultipleComparisonAdjustment.Holm, [0.04, 0.09, 0.09, 0.2]);
        Check(MultipleComparisonAdjustment.BenjaminiHochberg, [0.04, 0.053333333333333333, 0.053333333333333333, 0.2]);
        Check(MultipleComparisonAdjustment.Bonferroni, [0.04, 0.16, 0.12, 0.8]);
        Check(MultipleComparisonAdjustment.None, [0.01, 0.04, 0.03, 0.2]);

        void Check(MultipleComparisonAdjustment method, double[] expected)
        {
            ComparisonKernel.Adjust(p, adjusted, 4, method);
            Assert.True(double.IsNaN(adjusted[0]), $"{method}: the absent p stays absent");
            for (var i = 0; i < expected.Length; i++)
            {
                Tolerance.Equal(expected[i], adjusted[i + 1], Tight, $"{method} [{i}]");
            }
        }
    }

    [Fact]
    public void Adjusted_p_values_and_Bonferroni_intervals_come_through_the_public_API()
    {
        // Reference D (largest); three comparisons. Bonferroni intervals at 1 − 0.05/3.
        string[] groups = ["A", "B", "C", "D"];
        double[] events = [40, 55, 12, 900], time = [10_000, 11_000, 4_000, 300_000];
        var plain = ReferenceGroupComparison.CompareRates(groups, events, time, Level95);
        var adjusted = ReferenceGroupComparison.CompareRates(groups, events, time, Level95,
            new ComparisonOptions { Adjustment = MultipleComparisonAdjustment.Bonferroni, BonferroniIntervals = true });
        for (var g = 0; g < 3; g++)
        {
            var raw = plain[g].Estimates[0];
            var adj = adjusted[g].Estimates[0];
            Assert.Equal(raw.PValue, adj.PValue);
            Tolerance.Equal(Math.Min(1, 3 * raw.PValue!.Value), adj.AdjustedPValue, Tight, "Bonferroni p");
            Tolerance.Equal(1 - (0.05 / 3), adj.Ratio.Level.Value, Tight, "adjusted level");
            Assert.True(adj.Ratio.Lower < raw.Ratio.Lower && adj.Ratio.Upper > raw.Ratio.Upper, "wider");
        }
    }

    [Fact]
    public void Small_numbers_are_flagged_at_the_configurable_threshold()
    {
        var results = ReferenceGroupComparison.CompareRates(["A", "B", "C"], [9, 10, 500], [1_000, 1_000, 50_000], Level95);
        Assert.True(results[0].Estimates[0].SmallNumbers);
        Assert.False(results[1].Estimates[0].SmallNumbers);
        var strict = ReferenceGroupComparison.CompareRates(["A", "B", "C"], [9, 10, 500], [1_000, 1_000, 50_000], Level95,
            new ComparisonOptions { SmallNumberThreshold = 20 });
        Assert.True(strict[1].Estimates[0].SmallNumbers);

        // Proportions: the smaller of events and non-events (995 of 1,000 leaves 5 non-events).
        var proportions = ReferenceGroupComparison.CompareProportions(["A", "B"], [995, 9_000], [1_000, 10_000], Level95);
        Assert.True(proportions[0].Estimates[0].SmallNumbers);
    }

    [Fact]
    public void Batch_over_sets_equals_one_call_per_set()
    {
        string[] groups = ["A", "B", "C"];
        double[] events = [10, 200, 3, 50, 40, 0], time = [1_000, 20_000, 800, 6_000, 5_000, 900];
        ConfidenceLevel[] levels = [ConfidenceLevel.Percent95, ConfidenceLevel.Percent99Point8];
        var options = new ComparisonOptions { Adjustment = MultipleComparisonAdjustment.Holm };
        var destination = new ComparisonEstimate[2 * 3 * 2];
        ReferenceGroupComparison.CompareRates(groups, events, time, levels, destination, options);
        for (var s = 0; s < 2; s++)
        {
            var single = ReferenceGroupComparison.CompareRates(groups, events.AsSpan(s * 3, 3), time.AsSpan(s * 3, 3), levels, options);
            for (var g = 0; g < 3; g++)
            {
                for (var l = 0; l < 2; l++)
                {
                    Assert.Equal(single[g].Estimates[l], destination[(((s * 3) + g) * 2) + l]);
                }
            }
        }

        Assert.True(destination[(1 * 2) + 0].IsReference, "set 0: B is largest");
        Assert.True(destination[(((1 * 3) + 0) * 2) + 0].IsReference, "set 1: A is largest");
    }
}
