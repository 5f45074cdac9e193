using EEiC.Indicators;
using EEiC.Statistics.Comparison;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Validation;
using FsCheck;
using FsCheck.Fluent;

namespace EEiC.Statistics.Tests.Comparison;

/// <summary>Comparing estimates with a benchmark (Fingertips "compared with benchmark") and reading the result through polarity.</summary>
public sealed class BenchmarkComparerTests
{
    private static readonly ConfidenceLevel Level95 = ConfidenceLevel.Percent95;

    private static IntervalEstimate Estimate(double value, double lower, double upper) =>
        new(value, lower, upper, Level95, EstimationMethod.Wilson, EstimateStatus.Ok);

    [Theory]
    [InlineData(7, BenchmarkComparison.Higher, BenchmarkAssessment.Better, BenchmarkAssessment.Worse)]
    [InlineData(13, BenchmarkComparison.Lower, BenchmarkAssessment.Worse, BenchmarkAssessment.Better)]
    [InlineData(10, BenchmarkComparison.Similar, BenchmarkAssessment.Similar, BenchmarkAssessment.Similar)]
    [InlineData(8, BenchmarkComparison.Similar, BenchmarkAssessment.Similar, BenchmarkAssessment.Similar)] // a limit equal to the benchmark contains it
    [InlineData(12, BenchmarkComparison.Similar, BenchmarkAssessment.Similar, BenchmarkAssessment.Similar)]
    public void Interval_excluding_the_benchmark_is_higher_or_lower(double benchmark, BenchmarkComparison comparison, BenchmarkAssessment higherIsBetter, BenchmarkAssessment lowerIsBetter)
    {
        var estimate = Estimate(10, 8, 12);
        var up = BenchmarkComparer.Compare(estimate, benchmark, IndicatorPolarity.HigherIsBetter);
        var down = BenchmarkComparer.Compare(estimate, benchmark, IndicatorPolarity.LowerIsBetter);
        var none = BenchmarkComparer.Compare(estimate, benchmark);
        Assert.Equal(new BenchmarkComparisonResult(comparison, higherIsBetter, Level95, null), up);
        Assert.Equal(new BenchmarkComparisonResult(comparison, lowerIsBetter, Level95, null), down);
        Assert.Equal((comparison, BenchmarkAssessment.NotAssessed), (none.Comparison, none.Assessment));
        Assert.Contains("NoJudgement", none.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(EstimateStatus.ZeroDenominator, "denominator is zero")]
    [InlineData(EstimateStatus.SmallCount, "too few events")]
    [InlineData(EstimateStatus.MissingInput, "missing")]
    [InlineData(EstimateStatus.Undefined, "undefined")]
    public void Estimates_without_a_value_are_not_compared(EstimateStatus status, string reason)
    {
        var result = BenchmarkComparer.Compare(IntervalEstimate.NotAvailable(status, ConfidenceLevel.Percent99Point8, EstimationMethod.Dobson), 5, IndicatorPolarity.HigherIsBetter);
        Assert.Equal((BenchmarkComparison.NotCompared, BenchmarkAssessment.NotAssessed, ConfidenceLevel.Percent99Point8), (result.Comparison, result.Assessment, result.Level));
        Assert.Contains(reason, result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_limit_is_needed_only_when_the_other_does_not_decide()
    {
        // A Byar's lower limit can be undefined; an upper limit below the benchmark still decides "lower".
        Assert.Equal(BenchmarkComparison.Lower, BenchmarkComparer.Compare(Estimate(1, double.NaN, 4), 5).Comparison);
        var undecided = BenchmarkComparer.Compare(Estimate(1, double.NaN, 4), 3);
        Assert.Equal(BenchmarkComparison.NotCompared, undecided.Comparison);
        Assert.Contains("no lower limit", undecided.Reason, StringComparison.Ordinal);
        Assert.Equal(BenchmarkComparison.Higher, BenchmarkComparer.Compare(Estimate(9, 8, double.NaN), 5).Comparison);
        Assert.Contains("no upper limit", BenchmarkComparer.Compare(Estimate(9, 8, double.NaN), 8.5).Reason, StringComparison.Ordinal);
        Assert.Contains("no confidence interval", BenchmarkComparer.Compare(Estimate(9, double.NaN, double.NaN), 8.5).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_keeps_the_layout_and_levels_of_the_estimates()
    {
        // Group-major, two levels per group: group 0 is higher at 95% but similar at 99.8%; group 1 has no value.
        IntervalEstimate[] estimates =
        [
            Estimate(10, 8, 12),
            new(10, 6.5, 13.5, ConfidenceLevel.Percent99Point8, EstimationMethod.Wilson, EstimateStatus.Ok),
            IntervalEstimate.NotAvailable(EstimateStatus.ZeroDenominator, Level95, EstimationMethod.Wilson),
            IntervalEstimate.NotAvailable(EstimateStatus.ZeroDenominator, ConfidenceLevel.Percent99Point8, EstimationMethod.Wilson),
        ];
        var results = new BenchmarkComparisonResult[4];
        BenchmarkComparer.Compare(estimates, 7, IndicatorPolarity.LowerIsBetter, results);
        Assert.Equal(
            [(BenchmarkComparison.Higher, BenchmarkAssessment.Worse), (BenchmarkComparison.Similar, BenchmarkAssessment.Similar),
             (BenchmarkComparison.NotCompared, BenchmarkAssessment.NotAssessed), (BenchmarkComparison.NotCompared, BenchmarkAssessment.NotAssessed)],
            results.Select(r => (r.Comparison, r.Assessment)));
        Assert.Equal(estimates.Select(e => e.Level), results.Select(r => r.Level));
    }

    [Theory]
    [InlineData(FunnelSignificance.High99Point8, BenchmarkComparison.Higher, BenchmarkComparison.Higher)]
    [InlineData(FunnelSignificance.High95, BenchmarkComparison.Higher, BenchmarkComparison.Similar)]
    [InlineData(FunnelSignificance.NotSignificant, BenchmarkComparison.Similar, BenchmarkComparison.Similar)]
    [InlineData(FunnelSignificance.Low95, BenchmarkComparison.Lower, BenchmarkComparison.Similar)]
    [InlineData(FunnelSignificance.Low99Point8, BenchmarkComparison.Lower, BenchmarkComparison.Lower)]
    [InlineData(FunnelSignificance.NotApplicable, BenchmarkComparison.NotCompared, BenchmarkComparison.NotCompared)]
    public void Funnel_points_outside_the_limits_differ_from_the_average(FunnelSignificance significance, BenchmarkComparison at95, BenchmarkComparison at998)
    {
        Assert.Equal(at95, BenchmarkComparer.Compare(significance, ConfidenceLevel.Percent95, IndicatorPolarity.HigherIsBetter).Comparison);
        Assert.Equal(at998, BenchmarkComparer.Compare(significance, ConfidenceLevel.Percent99Point8).Comparison);

        var results = new BenchmarkComparisonResult[1];
        BenchmarkComparer.Compare([new FunnelPoint(10, 1, significance)], ConfidenceLevel.Percent99Point8, IndicatorPolarity.LowerIsBetter, results);
        Assert.Equal(at998, results[0].Comparison);
        Assert.Equal(BenchmarkComparer.Assess(at998, IndicatorPolarity.LowerIsBetter), results[0].Assessment);
    }

    [Fact]
    public void Bad_arguments_are_reported()
    {
        var estimate = Estimate(10, 8, 12);
        var error = Assert.Throws<StatisticsInputException>(() => BenchmarkComparer.Compare(estimate, double.NaN, (IndicatorPolarity)9));
        Assert.Equal(["benchmark", "polarity"], error.Problems.Select(p => p.Argument));
        Assert.Equal("level", Assert.Single(Assert.Throws<StatisticsInputException>(() =>
            BenchmarkComparer.Compare(FunnelSignificance.High95, new ConfidenceLevel(0.9))).Problems).Argument);
        Assert.Equal("destination", Assert.Single(Assert.Throws<StatisticsInputException>(() =>
            BenchmarkComparer.Compare([estimate, estimate], 1, IndicatorPolarity.NoJudgement, new BenchmarkComparisonResult[1])).Problems).Argument);
        Assert.Equal([1], Assert.Throws<StatisticsInputException>(() =>
            BenchmarkComparer.Compare([new FunnelPoint(1, 1, FunnelSignificance.High95), new FunnelPoint(1, 1, (FunnelSignificance)42)], Level95, IndicatorPolarity.NoJudgement, new BenchmarkComparisonResult[2]))
            .Problems.Select(p => p.Index!.Value));
        Assert.Throws<StatisticsInputException>(() => BenchmarkComparer.Assess((BenchmarkComparison)7, IndicatorPolarity.HigherIsBetter));
    }

    private static readonly Gen<(double Lower, double Upper, double Benchmark)> Intervals =
        from a in Gen.Choose(-1000, 1000)
        from b in Gen.Choose(-1000, 1000)
        from c in Gen.Choose(-1200, 1200)
        select (Math.Min(a, b) / 10.0, Math.Max(a, b) / 10.0, c / 10.0);

    [Fact]
    public void Property_an_interval_containing_the_benchmark_is_similar_and_one_excluding_it_is_not()
    {
        Prop.ForAll(Intervals.ToArbitrary(), t =>
        {
            var comparison = BenchmarkComparer.Compare(Estimate((t.Lower + t.Upper) / 2, t.Lower, t.Upper), t.Benchmark).Comparison;
            return comparison == (t.Benchmark < t.Lower ? BenchmarkComparison.Higher
                : t.Benchmark > t.Upper ? BenchmarkComparison.Lower
                : BenchmarkComparison.Similar);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Property_polarity_flips_better_and_worse()
    {
        static BenchmarkAssessment Flip(BenchmarkAssessment a) => a switch
        {
            BenchmarkAssessment.Better => BenchmarkAssessment.Worse,
            BenchmarkAssessment.Worse => BenchmarkAssessment.Better,
            _ => a,
        };

        Prop.ForAll(Intervals.ToArbitrary(), t =>
        {
            var estimate = Estimate((t.Lower + t.Upper) / 2, t.Lower, t.Upper);
            var up = BenchmarkComparer.Compare(estimate, t.Benchmark, IndicatorPolarity.HigherIsBetter);
            var down = BenchmarkComparer.Compare(estimate, t.Benchmark, IndicatorPolarity.LowerIsBetter);

            // Negating the scale swaps the limits and turns higher into lower, so it flips the assessment too.
            var mirrored = BenchmarkComparer.Compare(estimate.Scale(-1), -t.Benchmark, IndicatorPolarity.HigherIsBetter);
            return down.Assessment == Flip(up.Assessment) && up.Comparison == down.Comparison && mirrored.Assessment == Flip(up.Assessment);
        }).QuickCheckThrowOnFailure();

        foreach (var comparison in Enum.GetValues<BenchmarkComparison>())
        {
            Assert.Equal(Flip(BenchmarkComparer.Assess(comparison, IndicatorPolarity.HigherIsBetter)), BenchmarkComparer.Assess(comparison, IndicatorPolarity.LowerIsBetter));
            Assert.Equal(BenchmarkAssessment.NotAssessed, BenchmarkComparer.Assess(comparison, IndicatorPolarity.NoJudgement));
        }
    }
}
