using EEiC.Indicators;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Workforce;

namespace EEiC.Statistics.Tests.Workforce;

/// <summary>
/// Hand-worked examples. There is no WRES fixture, so every expected number below was computed independently in
/// python3 (math.sqrt/exp/log, statistics.NormalDist().inv_cdf) from the formulas quoted in the comments, never from
/// this library's output. z(95%) = 1.9599639845400536, z(99.8%) = 3.090232306167813.
/// </summary>
public sealed class WorkforceReferenceTests
{
    private const double Tight = 1e-12;

    public static TheoryData<double, double, double, double, double, double, double, double, double> KatzCases => new()
    {
        // a, n1, b, n2, RR, lower95, upper95, lower99.8, upper99.8
        // 100/400 White appointed vs 30/200 BME: RR = 0.25/0.15 = 1.6666…;
        // se = √(1/100 − 1/400 + 1/30 − 1/200) = √0.0358333… = 0.18929694486000911;
        // 95%: 1.6667·exp(∓1.959964·0.189297) = 1.1500557614958573 to 2.415341821482439.
        { 100, 400, 30, 200, 1.6666666666666667, 1.1500557614958573, 2.415341821482439, 0.9285362005902383, 2.9915664849814587 },
        // 45/900 vs 30/300: RR = 0.05/0.1 = 0.5; se = √(1/45 − 1/900 + 1/30 − 1/300) = 0.22607766610417562.
        { 45, 900, 30, 300, 0.5, 0.3210201889729935, 0.7787672195938797, 0.248632422499366, 1.0055003988895996 },
        // 150/600 vs 50/250: RR = 0.25/0.2 = 1.25; se = √(1/150 − 1/600 + 1/50 − 1/250) = 0.14491376746189438.
        { 150, 600, 50, 250, 1.25, 0.9409340623202629, 1.6605839479835693, 0.798776853456199, 1.9561157703046534 },
        // 20/100 vs 20/100: RR = 1; se = √(2·(1/20 − 1/100)) = √0.08 = 0.282842712474619.
        { 20, 100, 20, 100, 1.0, 0.574438906295916, 1.7408291622309804, 0.417258357095063, 2.3965966960181757 },
        // Everyone in group A (a = n1): 1/a − 1/n1 = 0; RR = 1/0.15 = 6.6667; se = √(1/30 − 1/200) = 0.16832508230603463.
        { 400, 400, 30, 200, 6.666666666666667, 4.79325099534219, 9.272296503486473, 3.962821920243962, 11.215352427875015 },
    };

    [Theory]
    [MemberData(nameof(KatzCases))]
    public void Relative_likelihood_matches_the_hand_worked_log_method(double a, double n1, double b, double n2, double rr, double l95, double u95, double l998, double u998)
    {
        var e95 = RelativeLikelihood.Ratio(a, n1, b, n2, ConfidenceLevel.Percent95);
        var e998 = RelativeLikelihood.Ratio(a, n1, b, n2, ConfidenceLevel.Percent99Point8);
        Assert.Equal(EstimationMethod.KatzLogRatio, e95.Method);
        Assert.Equal(EstimateStatus.Ok, e95.Status);
        Tolerance.Equal(rr, e95.Value, Tight, "RR");
        Tolerance.Equal(l95, e95.Lower, Tight, "lower 95%");
        Tolerance.Equal(u95, e95.Upper, Tight, "upper 95%");
        Tolerance.Equal(l998, e998.Lower, Tight, "lower 99.8%");
        Tolerance.Equal(u998, e998.Upper, Tight, "upper 99.8%");
        Assert.Equal(e95, Representation.Ratio(a, n1, b, n2, ConfidenceLevel.Percent95));
    }

    [Fact]
    public void Indicator_2_is_White_over_BME_and_favours_White_staff_when_the_interval_is_above_one()
    {
        // 100/400 White appointed vs 30/200 BME: RR 1.6667 (1.1501 to 2.4153) — lower limit above 1.
        var r = WorkforceRaceEquality.AppointmentFromShortlisting(100, 400, 30, 200, ConfidenceLevel.Percent95);
        Assert.Equal("wres-2", r.IndicatorId);
        Tolerance.Equal(1.6666666666666667, r.Estimate.Value, Tight, "RR");
        Tolerance.Equal(1.1500557614958573, r.Estimate.Lower, Tight, "lower");
        Assert.Equal(WresVerdict.SignificantlyFavoursWhiteStaff, r.Verdict);

        // At 99.8% the same counts give 0.9285 to 2.9916, which contains 1.
        var wide = WorkforceRaceEquality.AppointmentFromShortlisting(100, 400, 30, 200, ConfidenceLevel.Percent99Point8);
        Assert.Equal(WresVerdict.NoSignificantDifference, wide.Verdict);
    }

    [Fact]
    public void Indicator_3_is_BME_over_White()
    {
        // BME 150/600 entering, White 50/250: RR 0.25/0.2 = 1.25 (0.9409 to 1.6606): no significant difference.
        var r = WorkforceRaceEquality.EnteringDisciplinaryProcess(150, 600, 50, 250, ConfidenceLevel.Percent95);
        Assert.Equal("wres-3", r.IndicatorId);
        Tolerance.Equal(1.25, r.Estimate.Value, Tight, "RR");
        Tolerance.Equal(0.9409340623202629, r.Estimate.Lower, Tight, "lower");
        Assert.Equal(WresVerdict.NoSignificantDifference, r.Verdict);
    }

    [Fact]
    public void Indicator_4_is_White_over_BME_and_can_favour_BME_staff()
    {
        // White 45/900 accessing, BME 30/300: RR 0.05/0.1 = 0.5 (0.3210 to 0.7788): upper limit below 1.
        var r = WorkforceRaceEquality.AccessingNonMandatoryTraining(45, 900, 30, 300, ConfidenceLevel.Percent95);
        Assert.Equal("wres-4", r.IndicatorId);
        Tolerance.Equal(0.5, r.Estimate.Value, Tight, "RR");
        Tolerance.Equal(0.7787672195938797, r.Estimate.Upper, Tight, "upper");
        Assert.Equal(WresVerdict.SignificantlyFavoursBmeStaff, r.Verdict);
    }

    [Fact]
    public void Indicator_ids_exist_in_the_catalogue_and_read_lower_is_better()
    {
        var ids = new[]
        {
            WorkforceRaceEquality.AppointmentFromShortlisting(1, 2, 1, 2, ConfidenceLevel.Percent95).IndicatorId,
            WorkforceRaceEquality.EnteringDisciplinaryProcess(1, 2, 1, 2, ConfidenceLevel.Percent95).IndicatorId,
            WorkforceRaceEquality.AccessingNonMandatoryTraining(1, 2, 1, 2, ConfidenceLevel.Percent95).IndicatorId,
        };
        Assert.Equal(["wres-2", "wres-3", "wres-4"], ids);
        foreach (var id in ids)
        {
            var definition = Assert.Single(IndicatorCatalogue.WorkforceRaceEquality, d => d.Id == id);
            Assert.Equal(IndicatorValueType.RelativeLikelihood, definition.ValueType);
            Assert.Equal(IndicatorPolarity.LowerIsBetter, definition.Polarity);
        }
    }

    [Theory]
    [InlineData(0, 10, 5, 10)]
    [InlineData(5, 10, 0, 10)]
    [InlineData(0, 10, 0, 10)]
    public void A_zero_cell_gives_an_undefined_estimate_and_no_verdict(double a, double n1, double b, double n2)
    {
        var r = WorkforceRaceEquality.AppointmentFromShortlisting(a, n1, b, n2, ConfidenceLevel.Percent95);
        Assert.Equal(EstimateStatus.Undefined, r.Estimate.Status);
        Assert.Null(r.Estimate.Value);
        Assert.Null(r.Estimate.Lower);
        Assert.Null(r.Estimate.Upper);
        Assert.Equal(WresVerdict.NotAvailable, r.Verdict);
    }

    [Fact]
    public void Verdict_does_not_count_a_limit_of_exactly_one_as_excluding_parity()
    {
        var atOne = new IntervalEstimate(1.5, 1.0, 2.0, ConfidenceLevel.Percent95, EstimationMethod.KatzLogRatio, EstimateStatus.Ok);
        Assert.Equal(WresVerdict.NoSignificantDifference, WorkforceRaceEquality.Verdict(atOne));
        var upperOne = new IntervalEstimate(0.7, 0.5, 1.0, ConfidenceLevel.Percent95, EstimationMethod.KatzLogRatio, EstimateStatus.Ok);
        Assert.Equal(WresVerdict.NoSignificantDifference, WorkforceRaceEquality.Verdict(upperOne));
    }

    [Theory]
    // BME 2 of 12 voting board members vs 1500 of 6000 staff: 16.667% − 25% = −8.333 pp;
    // Wilson 95% limits of each share, then Newcombe: d ∓ √(...) → −20.35497188467012 to 19.823784075979336.
    [InlineData(2, 12, 1500, 6000, -8.333333333333334, -20.35497188467012, 19.823784075979336)]
    // No BME board members (0/10) vs 300/1000: −30 pp (−32.91238609172172 to −2.109887533065896).
    [InlineData(0, 10, 300, 1000, -30.0, -32.91238609172172, -2.109887533065896)]
    public void Board_membership_gap_is_in_percentage_points_with_Newcombe_limits(double x1, double n1, double x2, double n2, double d, double lower, double upper)
    {
        var e = WorkforceRaceEquality.BoardMembershipGap(x1, n1, x2, n2, ConfidenceLevel.Percent95);
        Assert.Equal(EstimationMethod.NewcombeHybridScore, e.Method);
        Tolerance.Equal(d, e.Value, Tight, "difference");
        Tolerance.Equal(lower, e.Lower, 1e-11, "lower");
        Tolerance.Equal(upper, e.Upper, 1e-11, "upper");
    }

    [Fact]
    public void Batch_equals_the_scalar_for_every_group_and_level()
    {
        double[] a = [100, 45, 150, 0, 400], n1 = [400, 900, 600, 10, 400], b = [30, 30, 50, 5, 30], n2 = [200, 300, 250, 10, 200];
        ConfidenceLevel[] levels = [ConfidenceLevel.Percent95, ConfidenceLevel.Percent99Point8];
        var destination = new IntervalEstimate[a.Length * levels.Length];
        RelativeLikelihood.Ratio(a, n1, b, n2, levels, destination);
        var representation = new IntervalEstimate[destination.Length];
        Representation.Ratio(a, n1, b, n2, levels, representation);
        for (var g = 0; g < a.Length; g++)
        {
            for (var l = 0; l < levels.Length; l++)
            {
                var scalar = RelativeLikelihood.Ratio(a[g], n1[g], b[g], n2[g], levels[l]);
                Assert.Equal(scalar, destination[(g * levels.Length) + l]);
                Assert.Equal(scalar, representation[(g * levels.Length) + l]);
            }
        }

        Assert.Equal(EstimateStatus.Undefined, destination[6].Status);
    }

    [Fact]
    public void Batch_allocates_nothing()
    {
        var n = 1_000;
        double[] a = new double[n], n1 = new double[n], b = new double[n], n2 = new double[n];
        for (var g = 0; g < n; g++)
        {
            (a[g], n1[g], b[g], n2[g]) = (g % 7, 100 + g, 1 + (g % 5), 50 + g);
        }

        ConfidenceLevel[] levels = [ConfidenceLevel.Percent95, ConfidenceLevel.Percent99Point8];
        var destination = new IntervalEstimate[n * levels.Length];
        RelativeLikelihood.Ratio(a, n1, b, n2, levels, destination);
        var before = GC.GetAllocatedBytesForCurrentThread();
        RelativeLikelihood.Ratio(a, n1, b, n2, levels, destination);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
