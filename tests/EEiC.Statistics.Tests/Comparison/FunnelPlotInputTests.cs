using EEiC.Statistics.Comparison;
using EEiC.Statistics.Validation;

namespace EEiC.Statistics.Tests.Comparison;

/// <summary>Bad input to the funnel methods: one exception naming every bad element, its argument, value and rule.</summary>
public sealed class FunnelPlotInputTests
{
    [Fact]
    public void Every_bad_proportion_is_reported()
    {
        double[] x = [-1, 5, 3, 2, double.NaN];
        double[] n = [10, 4, 0, 5, 7];
        var error = Assert.Throws<StatisticsInputException>(() => FunnelPlot.ProportionLimits(x, n, 100));
        Assert.Collection(error.Problems,
            p => Assert.Equal((0, "numerators", "-1"), (p.Index!.Value, p.Argument, p.Value)),
            p => Assert.Equal((1, "numerators", "5", "must be <= the denominator (4) for a proportion"), (p.Index!.Value, p.Argument, p.Value, p.Rule)),
            p => Assert.Equal((2, "denominators", "0"), (p.Index!.Value, p.Argument, p.Value)),
            p => Assert.Equal((4, "numerators", "NaN"), (p.Index!.Value, p.Argument, p.Value)));
        Assert.Contains("numerators must be a finite number >= 0 at index 0, got -1", error.Message, StringComparison.Ordinal);
        Assert.Contains("denominators must be a finite number > 0 at index 2, got 0", error.Message, StringComparison.Ordinal);

        var points = new FunnelPoint[5];
        Assert.Equal(4, Assert.Throws<StatisticsInputException>(() => FunnelPlot.ProportionPoints(x, n, 100, points)).Problems.Count);
    }

    [Fact]
    public void Lengths_emptiness_scales_and_destinations_are_checked()
    {
        var mismatch = Assert.Throws<StatisticsInputException>(() => FunnelPlot.ProportionLimits([1, 2, 3, 4], [10, 10, 10], 100));
        var problem = Assert.Single(mismatch.Problems);
        Assert.Equal(("denominators", "3", "length must equal the length of numerators (4)"), (problem.Argument, problem.Value, problem.Rule));

        var empty = Assert.Throws<StatisticsInputException>(() => FunnelPlot.RatioLimits([], [], FunnelRatioType.Count));
        Assert.Equal(("observed", "must contain at least one area"), (empty.Problems[0].Argument, empty.Problems[0].Rule));

        var scale = Assert.Throws<StatisticsInputException>(() => FunnelPlot.ProportionLimits([1], [10], 0));
        Assert.Equal("multiplier", Assert.Single(scale.Problems).Argument);

        var shortDestination = Assert.Throws<StatisticsInputException>(() => FunnelPlot.RatioPoints([1, 2], [1, 2], FunnelRatioType.Count, new FunnelPoint[1]));
        Assert.Equal(("destination", "1", "length must be at least 2"), (shortDestination.Problems[0].Argument, shortDestination.Problems[0].Value, shortDestination.Problems[0].Rule));

        var type = Assert.Throws<StatisticsInputException>(() => FunnelPlot.RatioLimits([1], [1], (FunnelRatioType)7));
        Assert.Equal("ratioType", Assert.Single(type.Problems).Argument);
    }

    [Fact]
    public void Every_bad_ratio_is_reported()
    {
        var error = Assert.Throws<StatisticsInputException>(() => FunnelPlot.RatioLimits([-2, 3, 4], [1, 0, double.PositiveInfinity], FunnelRatioType.IndirectlyStandardised));
        Assert.Equal([(0, "observed"), (1, "expected"), (2, "expected")], error.Problems.Select(p => (p.Index!.Value, p.Argument)));
        Assert.IsAssignableFrom<ArgumentException>(error);
    }

    [Fact]
    public void Every_bad_rate_is_reported()
    {
        // Area 1 has events but no rate; areas 2 and 4 are crude rates with no events and no denominators; area 3 has a negative count.
        var error = Assert.Throws<StatisticsInputException>(() =>
            FunnelPlot.RateLimits([5, 7, 0, -1, 0], [10, 0, 0, 3, double.NaN], FunnelRateType.Crude, 1e5, 0));
        Assert.Equal(
            [(null, "yearsOfData"), (1, "rates"), (2, "denominators"), (3, "numerators"), (4, "denominators")],
            error.Problems.Select(p => (p.Index, p.Argument)).OrderBy(p => p.Index ?? -1));
        Assert.Contains("are required for crude rates where the numerator is 0", error.Message, StringComparison.Ordinal);

        // With denominators: a zero population where a crude rate has no events, and a negative one elsewhere.
        var withDenominators = Assert.Throws<StatisticsInputException>(() =>
            FunnelPlot.RateLimits([5, 0, 3], [10, 0, 4], [100, 0, -5], FunnelRateType.Crude, 1e5, 1));
        Assert.Equal([1, 2], withDenominators.Problems.Select(p => p.Index!.Value));

        var noEvents = Assert.Throws<StatisticsInputException>(() =>
            FunnelPlot.RateLimits([0, 0], [0, 0], [100, 200], FunnelRateType.Crude, 1e5, 1));
        Assert.Equal(("numerators", "all 0"), (Assert.Single(noEvents.Problems).Argument, noEvents.Problems[0].Value));

        var points = new FunnelPoint[2];
        Assert.Throws<StatisticsInputException>(() => FunnelPlot.RatePoints([1, 2], [1], FunnelRateType.Crude, 1e5, 1, points));
    }

    [Fact]
    public void Directly_standardised_rates_need_no_denominator_for_areas_without_events()
    {
        // Areas with no events have no derived denominator and are not assessed, so no population is needed for them.
        var points = new FunnelPoint[3];
        FunnelPlot.RatePoints([0, 50, 60], [double.NaN, 120, 150], FunnelRateType.DirectlyStandardised, 1e5, 1, points);
        Assert.Equal(new FunnelPoint(null, null, FunnelSignificance.NotApplicable), points[0]);
        Assert.Equal(1e5 * 50 / 120, points[1].Denominator!.Value, 9);
        Assert.Equal(100, FunnelPlot.RateLimits([0, 50, 60], [0, 120, 150], FunnelRateType.DirectlyStandardised, 1e5, 1).Rows.Count);
    }

    [Fact]
    public void Scalar_significance_checks_its_arguments()
    {
        var proportion = Assert.Throws<StatisticsInputException>(() => FunnelPlot.ProportionSignificance(11, 10, 1.5));
        Assert.Equal(["numerator", "average"], proportion.Problems.Select(p => p.Argument));
        Assert.Equal("expected", Assert.Single(Assert.Throws<StatisticsInputException>(() => FunnelPlot.RatioSignificance(3, 0)).Problems).Argument);
        Assert.Equal(["numerator", "denominator"],
            Assert.Throws<StatisticsInputException>(() => FunnelPlot.RateSignificance(-1, 0, 0.1, FunnelRateType.Crude)).Problems.Select(p => p.Argument));
    }
}
