using EEiC.Statistics.GroupComparison;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Validation;

namespace EEiC.Statistics.Tests.GroupComparison;

/// <summary>
/// Gap trends against an independent computation: <c>reference_values.py</c> fits the weighted line through the normal
/// equations (X'WX)⁻¹X'Wy with an uncentred design matrix, a different route from the library's centred sums.
/// </summary>
public sealed class GapTrendTests
{
    private const double Tight = 1e-12;
    private static readonly string[] Years = ["2019", "2020", "2021", "2022", "2023"];
    private static readonly double[] Group = [80, 76, 71, 69, 64];
    private static readonly double[] GroupSe = [3, 2.5, 2.8, 2.2, 2.6];
    private static readonly double[] Reference = [50, 49, 50, 48, 47];
    private static readonly double[] ReferenceSe = [1, 1.1, 0.9, 1, 1.2];

    [Fact]
    public void A_closing_gap_is_reported_with_its_slope_change_and_target_progress()
    {
        var result = GapTrend.Analyse(Years, Group, GroupSe, Reference, ReferenceSe,
            new GapTrendOptions { Target = new GapReductionTarget(0.5, 8) });

        // Per period: 80 − 50 = 30 with se √(9 + 1).
        var first = result.Periods[0];
        Assert.Equal("2019", first.Period);
        Tolerance.Equal(30, first.Difference.Value, Tight, "gap 2019");
        Tolerance.Equal(30 - (1.959963984540054 * Math.Sqrt(10)), first.Difference.Lower, Tight, "gap 2019 lower");
        Tolerance.Equal(1.6, first.Ratio.Value, Tight, "ratio 2019");

        // reference_values.py: slope −3.1562081610702263 (−4.9583203583051371 to −1.3540959638353154); change −13.0
        // (−21.361492123815766 to −4.6385078761842338); ratio trend 0.96110609329334209 (0.93548171616731419 to
        // 0.98743236409804823); projected gap at 8 4.3532337785309243 (−6.5107224390159577 to 15.217189996077806);
        // baseline 30, target 15, achieved 0.43333333333333333, required to date 0.25.
        Tolerance.Equal(-3.1562081610702263, result.DifferenceSlope.Value, Tight, "slope");
        Tolerance.Equal(-4.9583203583051371, result.DifferenceSlope.Lower, Tight, "slope lower");
        Tolerance.Equal(-1.3540959638353154, result.DifferenceSlope.Upper, Tight, "slope upper");
        Assert.Equal(EstimationMethod.WeightedLeastSquares, result.DifferenceSlope.Method);
        Tolerance.Equal(-13.0, result.DifferenceChange.Value, Tight, "change");
        Tolerance.Equal(-21.361492123815766, result.DifferenceChange.Lower, Tight, "change lower");
        Tolerance.Equal(-4.6385078761842338, result.DifferenceChange.Upper, Tight, "change upper");
        Tolerance.Equal(0.96110609329334209, result.RatioTrend.Value, 1e-11, "ratio trend");
        Tolerance.Equal(0.93548171616731419, result.RatioTrend.Lower, 1e-11, "ratio trend lower");
        Tolerance.Equal(0.98743236409804823, result.RatioTrend.Upper, 1e-11, "ratio trend upper");
        Assert.Equal(GapTrendVerdict.Narrowed, result.AbsoluteVerdict);
        Assert.Equal(GapTrendVerdict.Narrowed, result.RelativeVerdict);

        var target = result.Target!;
        Assert.Equal(30, target.BaselineGap);
        Assert.Equal(15, target.TargetGap);
        Assert.Equal(17, target.LatestGap);
        Tolerance.Equal(0.43333333333333333, target.AchievedReduction, Tight, "achieved");
        Tolerance.Equal(0.25, target.RequiredReductionToDate, Tight, "required");
        Tolerance.Equal(4.3532337785309243, target.ProjectedGap.Value, 1e-11, "projected");
        Tolerance.Equal(-6.5107224390159577, target.ProjectedGap.Lower, 1e-11, "projected lower");
        Tolerance.Equal(15.217189996077806, target.ProjectedGap.Upper, 1e-11, "projected upper");
        Assert.True(target.OnTrack);
    }

    [Fact]
    public void The_verdict_reads_the_size_of_the_gap_whichever_group_it_favours()
    {
        // The same data with the groups swapped: the gap is negative and rises towards 0, which is still narrowing.
        var swapped = GapTrend.Analyse(Years, Reference, ReferenceSe, Group, GroupSe);
        Assert.Equal(GapTrendVerdict.Narrowed, swapped.AbsoluteVerdict);
        Assert.Equal(GapTrendVerdict.Narrowed, swapped.RelativeVerdict);
        Tolerance.Equal(3.1562081610702263, swapped.DifferenceSlope.Value, Tight, "slope");

        // Reversed in time, the gap widens.
        var widening = GapTrend.Analyse(Years, [.. Group.Reverse()], [.. GroupSe.Reverse()], [.. Reference.Reverse()], [.. ReferenceSe.Reverse()],
            new GapTrendOptions { Target = new GapReductionTarget(0.5, 8) });
        Assert.Equal(GapTrendVerdict.Widened, widening.AbsoluteVerdict);
        Assert.False(widening.Target!.OnTrack);
        Assert.True(widening.Target.AchievedReduction < 0);

        // Noise around a flat gap: no significant change.
        var flat = GapTrend.Analyse(["a", "b", "c"], [60, 61, 60], [3, 3, 3], [50, 50, 50], [2, 2, 2]);
        Assert.Equal(GapTrendVerdict.NoSignificantChange, flat.AbsoluteVerdict);
    }

    [Fact]
    public void Two_periods_give_a_slope_equal_to_the_change_over_the_distance()
    {
        var result = GapTrend.Analyse(["2010", "2020"], [10, 7], [1, 1], [5, 5], [0.5, 0.5], new GapTrendOptions { PeriodPositions = [2010, 2020] });
        Tolerance.Equal(result.DifferenceChange.Value!.Value / 10, result.DifferenceSlope.Value, Tight, "slope");
        Tolerance.Equal((result.DifferenceChange.Upper!.Value - result.DifferenceChange.Value!.Value) / 10,
            result.DifferenceSlope.Upper!.Value - result.DifferenceSlope.Value!.Value, 1e-9, "half-width");
    }

    [Fact]
    public void Counts_give_Poisson_and_binomial_standard_errors()
    {
        // Rates: 100 events in 50,000 → 200 per 100,000 with se √100/50,000 × 100,000 = 20.
        var rates = GapTrend.AnalyseRates(["a", "b"], [100, 90], [50_000, 50_000], [400, 380], [400_000, 400_000]);
        var gap = rates.Periods[0].Difference;
        Tolerance.Equal(200 - 100, gap.Value, Tight, "rate gap");
        Tolerance.Equal(100 - (1.959963984540054 * Math.Sqrt((20 * 20) + (5 * 5))), gap.Lower, 1e-12, "rate gap lower");

        // Proportions: 30 of 100 → se √(0.3·0.7/100).
        var proportions = GapTrend.AnalyseProportions(["a", "b"], [30, 25], [100, 100], [200, 200], [1_000, 1_000], multiplier: 100);
        var p = proportions.Periods[0].Difference;
        Tolerance.Equal(10, p.Value, 1e-12, "percentage-point gap");
        Tolerance.Equal(10 + (1.959963984540054 * 100 * Math.Sqrt((0.3 * 0.7 / 100) + (0.2 * 0.8 / 1_000))), p.Upper, 1e-12, "upper");

        // No events in either group in a period: the difference has no spread, so the trend is not available.
        var empty = GapTrend.AnalyseRates(["a", "b", "c"], [3, 0, 2], [1_000, 1_000, 1_000], [5, 0, 4], [2_000, 2_000, 2_000]);
        Assert.Equal(EstimateStatus.Undefined, empty.DifferenceSlope.Status);
        Assert.Equal(GapTrendVerdict.NotAvailable, empty.AbsoluteVerdict);
        Assert.Equal(EstimateStatus.Undefined, empty.Periods[1].Ratio.Status);
    }

    [Fact]
    public void Bad_periods_and_misaligned_inputs_are_listed()
    {
        var error = Assert.Throws<StatisticsInputException>(() => GapTrend.Analyse(["2020"], [1], [1], [1, 2], [1],
            new GapTrendOptions { Target = new GapReductionTarget(1.5, -1) }));
        Assert.Contains(error.Problems, p => p.Argument == "periods" && p.Rule.Contains("at least two", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Argument == "referenceValues");
        Assert.Contains(error.Problems, p => p.Argument == "options.Target.Reduction");
        Assert.Contains(error.Problems, p => p.Argument == "options.Target.TargetPosition");

        var duplicate = Assert.Throws<StatisticsInputException>(() => GapTrend.Analyse(["2020", "2021", "2020 "], [1, 2, 3], [1, 1, -1], [1, 2, double.NaN], [1, 1, 1],
            new GapTrendOptions { PeriodPositions = [1, 3, 2] }));
        Assert.Contains(duplicate.Problems, p => p is { Argument: "periods", Index: 2 } && p.Rule.Contains("unique", StringComparison.Ordinal));
        Assert.Contains(duplicate.Problems, p => p is { Argument: "groupStandardErrors", Index: 2, Group: "2020 " });
        Assert.Contains(duplicate.Problems, p => p is { Argument: "referenceValues", Index: 2 });
        Assert.Contains(duplicate.Problems, p => p is { Argument: "options.PeriodPositions", Index: 2 });
    }
}
