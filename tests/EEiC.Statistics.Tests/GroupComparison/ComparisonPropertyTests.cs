using EEiC.Statistics.GroupComparison;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Standardisation;
using FsCheck;
using FsCheck.Fluent;

namespace EEiC.Statistics.Tests.GroupComparison;

/// <summary>Invariants of the comparisons on generated counts.</summary>
public sealed class ComparisonPropertyTests
{
    private static readonly ConfidenceLevel[] Level95 = [ConfidenceLevel.Percent95];

    private static readonly Gen<ConfidenceLevel> Levels = Gen.Choose(500, 999).Select(i => new ConfidenceLevel(i / 1000.0));

    /// <summary>Events and person-time of a group, events ≥ 1.</summary>
    private static readonly Gen<(double O, double T)> RateGroups =
        from t in Gen.Choose(100, 2_000_000)
        from o in Gen.OneOf(Gen.Choose(1, 15), Gen.Choose(1, 5_000))
        select ((double)o, (double)t);

    /// <summary>x of n with 0 &lt; x &lt; n.</summary>
    private static readonly Gen<(double X, double N)> ProportionGroups =
        from n in Gen.OneOf(Gen.Choose(2, 40), Gen.Choose(2, 100_000))
        from x in Gen.Choose(1, n - 1)
        select ((double)x, (double)n);

    private static bool Contains(IntervalEstimate e) =>
        e.Status == EstimateStatus.Ok && e.Lower <= e.Value && e.Value <= e.Upper;

    private static bool Close(double? x, double? y, double tolerance = 1e-9) =>
        x is { } u && y is { } v && Math.Abs(u - v) <= tolerance * Math.Max(1, Math.Max(Math.Abs(u), Math.Abs(v)));

    private static ComparisonEstimate Rates((double O, double T) g, (double O, double T) r, ConfidenceLevel level, RateRatioInterval interval = RateRatioInterval.Automatic) =>
        ReferenceGroupComparison.CompareRates(["g", "r"], [g.O, r.O], [g.T, r.T], [level], new ComparisonOptions { ReferenceGroup = "r", RateRatioInterval = interval })[0].Estimates[0];

    private static ComparisonEstimate Proportions((double X, double N) g, (double X, double N) r, ConfidenceLevel level) =>
        ReferenceGroupComparison.CompareProportions(["g", "r"], [g.X, r.X], [g.N, r.N], [level], new ComparisonOptions { ReferenceGroup = "r" })[0].Estimates[0];

    [Fact]
    public void A_group_compared_with_itself_gives_ratio_one_and_difference_zero() =>
        Prop.ForAll((from g in RateGroups from p in ProportionGroups from level in Levels from interval in Gen.Elements(Enum.GetValues<RateRatioInterval>()) select (g, p, level, interval)).ToArbitrary(), c =>
        {
            var rate = Rates(c.g, c.g, c.level, c.interval);
            var proportion = Proportions(c.p, c.p, c.level);
            return rate.Ratio.Value == 1 && rate.Difference.Value == 0 && Contains(rate.Ratio) && Contains(rate.Difference)
                && proportion.Ratio.Value == 1 && proportion.Difference.Value == 0 && proportion.OddsRatio.Value == 1
                && Contains(proportion.Ratio) && Contains(proportion.Difference) && Contains(proportion.OddsRatio)
                && rate.PValue >= 0.99 && proportion.PValue == 1;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Intervals_contain_their_estimates() =>
        Prop.ForAll((from g in RateGroups from r in RateGroups from a in ProportionGroups from b in ProportionGroups from level in Levels
                     from interval in Gen.Elements(Enum.GetValues<RateRatioInterval>()) select (g, r, a, b, level, interval)).ToArbitrary(), c =>
        {
            var rate = Rates(c.g, c.r, c.level, c.interval);
            var proportion = Proportions(c.a, c.b, c.level);
            return Contains(rate.Ratio) && Contains(rate.Difference)
                && Contains(proportion.Ratio) && Contains(proportion.Difference) && Contains(proportion.OddsRatio)
                && rate.PValue is >= 0 and <= 1 && proportion.PValue is >= 0 and <= 1;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void The_p_value_agrees_with_the_rate_ratio_interval() =>
        Prop.ForAll((from g in RateGroups from r in RateGroups from interval in Gen.Elements(RateRatioInterval.Wald, RateRatioInterval.ExactConditional) select (g, r, interval)).ToArbitrary(), c =>
        {
            // For the Wald interval and test, and for the Clopper–Pearson limits with the doubled exact tail, the interval
            // at level 1 − α excludes 1 exactly when p < α (away from ties at the boundary).
            var e = Rates(c.g, c.r, ConfidenceLevel.Percent95, c.interval);
            var p = e.PValue!.Value;
            if (Math.Abs(p - 0.05) < 1e-9)
            {
                return true;
            }

            var excludes = e.Ratio.Lower > 1 || e.Ratio.Upper < 1;
            return excludes == (p < 0.05);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Scaling_counts_and_denominators_keeps_ratios_and_narrows_intervals() =>
        Prop.ForAll((from g in RateGroups from r in RateGroups from a in ProportionGroups from b in ProportionGroups from k in Gen.Choose(2, 20) select (g, r, a, b, k)).ToArbitrary(), c =>
        {
            var rate = Rates(c.g, c.r, ConfidenceLevel.Percent95, RateRatioInterval.Wald);
            var rateK = Rates((c.g.O * c.k, c.g.T * c.k), (c.r.O * c.k, c.r.T * c.k), ConfidenceLevel.Percent95, RateRatioInterval.Wald);
            var proportion = Proportions(c.a, c.b, ConfidenceLevel.Percent95);
            var proportionK = Proportions((c.a.X * c.k, c.a.N * c.k), (c.b.X * c.k, c.b.N * c.k), ConfidenceLevel.Percent95);
            static bool Narrower(IntervalEstimate wide, IntervalEstimate narrow) =>
                narrow.Upper - narrow.Lower < wide.Upper - wide.Lower;
            return Close(rate.Ratio.Value, rateK.Ratio.Value) && Close(rate.Difference.Value, rateK.Difference.Value)
                && Narrower(rate.Ratio, rateK.Ratio) && Narrower(rate.Difference, rateK.Difference)
                && Close(proportion.Ratio.Value, proportionK.Ratio.Value) && Close(proportion.OddsRatio.Value, proportionK.OddsRatio.Value)
                && Narrower(proportion.Ratio, proportionK.Ratio) && Narrower(proportion.OddsRatio, proportionK.OddsRatio)
                && Narrower(proportion.Difference, proportionK.Difference);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Mantel_Haenszel_with_one_stratum_equals_the_crude_comparison() =>
        Prop.ForAll((from g in RateGroups from r in RateGroups from a in ProportionGroups from b in ProportionGroups from level in Levels select (g, r, a, b, level)).ToArbitrary(), c =>
        {
            var mh = new ComparisonEstimate[2];
            DeprivationAdjustedComparison.CompareRates(["g", "r"], 1, [c.g.O, c.r.O], [c.g.T, c.r.T], [c.level], mh, new ComparisonOptions { ReferenceGroup = "r" });
            var crude = Rates(c.g, c.r, c.level, RateRatioInterval.Wald);
            var mhp = new ComparisonEstimate[2];
            DeprivationAdjustedComparison.CompareProportions(["g", "r"], 1, [c.a.X, c.b.X], [c.a.N, c.b.N], [c.level], mhp, new ComparisonOptions { ReferenceGroup = "r" });
            var crudeP = Proportions(c.a, c.b, c.level);
            return Close(mh[0].Ratio.Value, crude.Ratio.Value) && Close(mh[0].Ratio.Lower, crude.Ratio.Lower) && Close(mh[0].Ratio.Upper, crude.Ratio.Upper)
                && Close(mhp[0].Ratio.Value, crudeP.Ratio.Value) && Close(mhp[0].Ratio.Lower, crudeP.Ratio.Lower) && Close(mhp[0].Ratio.Upper, crudeP.Ratio.Upper)
                && Close(mhp[0].OddsRatio.Value, crudeP.OddsRatio.Value) && Close(mhp[0].OddsRatio.Lower, crudeP.OddsRatio.Lower) && Close(mhp[0].OddsRatio.Upper, crudeP.OddsRatio.Upper)
                && mh[0].HomogeneityPValue is null && Contains(mh[0].Ratio);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Mantel_Haenszel_of_identical_strata_is_the_crude_ratio_and_homogeneous() =>
        Prop.ForAll((from g in RateGroups from r in RateGroups from q in Gen.Choose(2, 6) select (g, r, q)).ToArbitrary(), c =>
        {
            double[] events = [.. Enumerable.Repeat(c.g.O, c.q), .. Enumerable.Repeat(c.r.O, c.q)];
            double[] time = [.. Enumerable.Repeat(c.g.T, c.q), .. Enumerable.Repeat(c.r.T, c.q)];
            var mh = new ComparisonEstimate[2];
            DeprivationAdjustedComparison.CompareRates(["g", "r"], c.q, events, time, Level95, mh, new ComparisonOptions { ReferenceGroup = "r" });
            return Close(mh[0].Ratio.Value, c.g.O / c.g.T / (c.r.O / c.r.T)) && Close(mh[0].HomogeneityPValue, 1);
        }).QuickCheckThrowOnFailure();

    private static readonly Gen<double[]> PValues =
        from count in Gen.Choose(2, 19)
        from values in Gen.ArrayOf(Gen.OneOf(Gen.Choose(0, 1_000_000).Select(i => i / 1e6), Gen.Choose(0, 1_000).Select(i => i / 1e5), Gen.Constant(double.NaN)), count)
        select values;

    [Fact]
    public void Adjusted_p_values_are_at_least_the_raw_ones_and_keep_their_order() =>
        Prop.ForAll(PValues.ToArbitrary(), p =>
        {
            var m = p.Length;
            var bonferroni = new double[m];
            var holm = new double[m];
            var bh = new double[m];
            ComparisonKernel.Adjust(p, bonferroni, m, MultipleComparisonAdjustment.Bonferroni);
            ComparisonKernel.Adjust(p, holm, m, MultipleComparisonAdjustment.Holm);
            ComparisonKernel.Adjust(p, bh, m, MultipleComparisonAdjustment.BenjaminiHochberg);
            for (var i = 0; i < m; i++)
            {
                if (double.IsNaN(p[i]))
                {
                    if (!double.IsNaN(bonferroni[i]) || !double.IsNaN(holm[i]) || !double.IsNaN(bh[i]))
                    {
                        return false;
                    }

                    continue;
                }

                if (!(p[i] <= bh[i] && bh[i] <= holm[i] && holm[i] <= bonferroni[i] && bonferroni[i] <= 1))
                {
                    return false;
                }

                for (var j = 0; j < m; j++)
                {
                    if (!double.IsNaN(p[j]) && p[i] <= p[j] && (holm[i] > holm[j] || bh[i] > bh[j]))
                    {
                        return false;
                    }
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Standardised_comparisons_are_one_and_zero_against_themselves_and_contain_their_estimates()
    {
        var standard = new StandardPopulation("three", ["0-29", "30-59", "60+"], [30_000, 50_000, 20_000]);
        var band = from n in Gen.Choose(1_000, 100_000) from x in Gen.Choose(5, 500) select ((double)x, (double)n);
        Prop.ForAll((from a in Gen.ArrayOf(band, 3) from b in Gen.ArrayOf(band, 3) select (a, b)).ToArbitrary(), c =>
        {
            double[] counts = [.. c.a.Select(t => t.Item1), .. c.b.Select(t => t.Item1), .. c.a.Select(t => t.Item1)];
            double[] populations = [.. c.a.Select(t => t.Item2), .. c.b.Select(t => t.Item2), .. c.a.Select(t => t.Item2)];
            var results = ReferenceGroupComparison.CompareStandardisedRates(["a", "b", "a again"], counts, populations, standard, Level95,
                new ComparisonOptions { ReferenceGroup = "a" });
            var self = results[2].Estimates[0];
            var other = results[1].Estimates[0];
            return self.Ratio.Value == 1 && self.Difference.Value == 0 && Contains(self.Ratio) && Contains(self.Difference)
                && Contains(other.Ratio) && Contains(other.Difference) && results[0].IsReference;
        }).QuickCheckThrowOnFailure();
    }
}
