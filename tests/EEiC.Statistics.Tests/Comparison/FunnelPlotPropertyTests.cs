using EEiC.Statistics.Comparison;
using FsCheck;
using FsCheck.Fluent;

namespace EEiC.Statistics.Tests.Comparison;

/// <summary>Invariants of funnel limits and significance that hold for any data.</summary>
public sealed class FunnelPlotPropertyTests
{
    /// <summary>1 to 40 areas with denominators in [1, 100,000] and numerators x = round(p·n).</summary>
    private static readonly Gen<(double[] X, double[] N)> Areas =
        from count in Gen.Choose(1, 40)
        from areas in Gen.ArrayOf(
            from n in Gen.Choose(1, 100_000)
            from permille in Gen.Choose(0, 1000)
            select (X: Math.Round(n * permille / 1000.0), N: (double)n),
            count)
        select (areas.Select(a => a.X).ToArray(), areas.Select(a => a.N).ToArray());

    [Fact]
    public void Proportion_limits_nest_the_998_outside_the_95_around_the_average()
    {
        Prop.ForAll(Areas.ToArbitrary(), data =>
        {
            var limits = FunnelPlot.ProportionLimits(data.X, data.N, 100);
            const double slack = 1e-9;
            return limits.Rows.All(r =>
                r.Lower99Point8.Value <= r.Lower95.Value + slack
                && r.Lower95.Value <= limits.Baseline + slack
                && limits.Baseline <= r.Upper95.Value + slack
                && r.Upper95.Value <= r.Upper99Point8.Value + slack
                && r.Lower99Point8.Value >= 0 && r.Upper99Point8.Value <= 100);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Proportion_limits_approach_the_average_as_the_denominator_grows()
    {
        Prop.ForAll(Areas.ToArbitrary(), data =>
        {
            var limits = FunnelPlot.ProportionLimits(data.X, data.N, 100);
            var p = limits.Average;
            var ok = true;
            for (var i = 0; i < limits.Rows.Count; i++)
            {
                var row = limits.Rows[i];
                var n = row.Count;

                // Never wider than the normal approximation at z = 3.1 plus a 1/n term...
                var bound = 100 * (3.1 * Math.Sqrt(p * (1 - p) / n) + 10 / n);
                ok &= row.Upper99Point8.Value - limits.Baseline <= bound && limits.Baseline - row.Lower99Point8.Value <= bound;

                // ...and narrowing from one row to the next.
                if (i > 0)
                {
                    var previous = limits.Rows[i - 1];
                    ok &= row.Upper95.Value - row.Lower95.Value <= previous.Upper95.Value - previous.Lower95.Value + 1e-9
                        && row.Upper99Point8.Value - row.Lower99Point8.Value <= previous.Upper99Point8.Value - previous.Lower99Point8.Value + 1e-9;
                }
            }

            return ok;
        }).QuickCheckThrowOnFailure();

        // With a billion people the 99.8% limits are within 0.01 percentage points of the average.
        var large = FunnelPlot.ProportionLimits([3e8, 3.3e8], [1e9, 1.1e9], 100);
        Assert.All(large.Rows, r => Assert.InRange(r.Upper99Point8.Value - r.Lower99Point8.Value, 0, 0.01));
    }

    [Fact]
    public void A_point_exactly_at_the_average_is_not_significant()
    {
        var gen =
            from n in Gen.Choose(1, 1_000_000)
            from x in Gen.Choose(0, n)
            select (X: (double)x, N: (double)n);
        Prop.ForAll(gen.ToArbitrary(), a =>
            FunnelPlot.ProportionSignificance(a.X, a.N, a.X / a.N) == FunnelSignificance.NotSignificant
            && (a.X == 0 || FunnelPlot.RatioSignificance(a.X, a.X) == FunnelSignificance.NotSignificant)
            && FunnelPlot.RateSignificance(a.X, a.N, a.X / a.N, FunnelRateType.Crude) == FunnelSignificance.NotSignificant
            && FunnelPlot.RateSignificance(a.X, a.N, a.X / a.N, FunnelRateType.DirectlyStandardised)
                == (a.X < 10 ? FunnelSignificance.NotApplicable : FunnelSignificance.NotSignificant))
            .QuickCheckThrowOnFailure();

        // Areas that all share one proportion are all at the average.
        var points = new FunnelPoint[4];
        FunnelPlot.ProportionPoints([1, 10, 100, 1000], [4, 40, 400, 4000], 100, points);
        Assert.All(points, p => Assert.Equal(FunnelSignificance.NotSignificant, p.Significance));
    }

    [Fact]
    public void Proportion_significance_agrees_with_the_limits_it_is_drawn_with()
    {
        Prop.ForAll(Areas.ToArbitrary(), data =>
        {
            var limits = FunnelPlot.ProportionLimits(data.X, data.N, 1);
            var ok = true;
            foreach (var row in limits.Rows)
            {
                var n = row.Count;
                FunnelSignificance At(double proportion) => FunnelPlot.ProportionSignificance(proportion * n, n, limits.Average);
                var (l998, l95, u95, u998) = (row.Lower99Point8.Value, row.Lower95.Value, row.Upper95.Value, row.Upper99Point8.Value);
                ok &= At((l95 + u95) / 2) == FunnelSignificance.NotSignificant || l95 == u95;
                if (u998 < 1 - 1e-6)
                {
                    ok &= At(u998 + 1e-6) == FunnelSignificance.High99Point8;
                }

                if (u998 - u95 > 1e-6)
                {
                    ok &= At((u95 + u998) / 2) == FunnelSignificance.High95;
                }

                if (l998 > 1e-6)
                {
                    ok &= At(l998 - 1e-6) == FunnelSignificance.Low99Point8;
                }

                if (l95 - l998 > 1e-6 && l998 > 0)
                {
                    ok &= At((l998 + l95) / 2) == FunnelSignificance.Low95;
                }
            }

            return ok;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Ratios_beyond_the_funnel_limits_are_significant_on_that_side()
    {
        // A point (expected E, observed O) lies on a limit line when E is that limit's expected count; 2% further out it
        // is significant on that side, 2% inside it is not beyond that limit. (The lines are exact Poisson limits but, as in
        // the reference, a point's significance uses Byar's approximation from 10 events, which at 10 events and 99.8%
        // is about 1.5% below the exact lower limit; so the margin is 2%, not less.)
        var gen =
            from count in Gen.Choose(1, 30)
            from areas in Gen.ArrayOf(from e in Gen.Choose(1, 400) from r in Gen.Choose(50, 200) select (O: Math.Round(e * r / 100.0), E: (double)e), count)
            select areas;
        Prop.ForAll(gen.ToArbitrary(), areas =>
        {
            var limits = FunnelPlot.RatioLimits(areas.Select(a => a.O).ToArray(), areas.Select(a => a.E).ToArray(), FunnelRatioType.Count);
            var ok = true;
            foreach (var row in limits.Rows.Where((_, i) => i % 9 == 0))
            {
                var o = row.Count;
                ok &= FunnelPlot.RatioSignificance(o, row.Lower99Point8.Denominator * 1.02) == FunnelSignificance.Low99Point8;
                ok &= FunnelPlot.RatioSignificance(o, row.Lower95.Denominator * 1.02) is FunnelSignificance.Low95 or FunnelSignificance.Low99Point8;
                ok &= FunnelPlot.RatioSignificance(o, row.Lower95.Denominator * 0.98) is not (FunnelSignificance.Low95 or FunnelSignificance.Low99Point8);
                ok &= FunnelPlot.RatioSignificance(o, row.Upper99Point8.Denominator * 0.98) == FunnelSignificance.High99Point8;
                ok &= FunnelPlot.RatioSignificance(o, row.Upper95.Denominator * 0.98) is FunnelSignificance.High95 or FunnelSignificance.High99Point8;
                ok &= FunnelPlot.RatioSignificance(o, row.Upper95.Denominator * 1.02) is not (FunnelSignificance.High95 or FunnelSignificance.High99Point8);
            }

            return ok;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(25));
    }

    [Fact]
    public void Limits_at_an_average_of_0_or_1_are_defined()
    {
        // Every area at 100%: the discriminant is 0 in exact arithmetic and may round below 0; the limits stay defined
        // (to the cancellation error of the reference's formula, about 1e-8 relative at these populations).
        double[] n = [123_456_789, 987_654_321, 555_555_555];
        var all = FunnelPlot.ProportionLimits(n, n, 100);
        Assert.All(all.Rows, r => Assert.All(new[] { r.Lower95, r.Upper95, r.Lower99Point8, r.Upper99Point8 }, p => Assert.Equal(100, p.Value, 1e-5)));
        var none = FunnelPlot.ProportionLimits([0, 0, 0], n, 100);
        Assert.All(none.Rows, r => Assert.All(new[] { r.Lower95, r.Upper95, r.Lower99Point8, r.Upper99Point8 }, p => Assert.Equal(0, p.Value)));

        var points = new FunnelPoint[3];
        FunnelPlot.ProportionPoints(n, n, 100, points);
        Assert.All(points, p => Assert.Equal(FunnelSignificance.NotSignificant, p.Significance));
    }

    [Fact]
    public void Limits_rows_are_read_only_and_ordered()
    {
        var limits = FunnelPlot.ProportionLimits([5, 10], [50, 80]);
        Assert.IsNotType<FunnelLimitRow[]>(limits.Rows);
        Assert.Throws<NotSupportedException>(() => ((IList<FunnelLimitRow>)limits.Rows)[0] = default);
        Assert.Equal(limits.Rows.OrderBy(r => r.Count), limits.Rows);
    }
}
