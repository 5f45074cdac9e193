using EEiC.Ethnicity;
using EEiC.Statistics.DataQuality;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Validation;
using FsCheck;
using FsCheck.Fluent;
using MathNet.Numerics;

namespace EEiC.Statistics.Tests.DataQuality;

/// <summary>Index of dissimilarity, chi-square goodness of fit and the chi-square test for trend: published examples, closed forms and brute force.</summary>
public sealed class DistributionAndTrendTests
{
    /// <summary>
    /// R's documented example for <c>chisq.test</c> (stats package, "x &lt;- c(A = 20, B = 15, C = 25)"): X-squared = 2.5,
    /// df = 2, p-value = 0.2865. With 2 degrees of freedom the upper tail is exactly exp(−X²/2).
    /// </summary>
    [Fact]
    public void Goodness_of_fit_R_documentation_example()
    {
        var test = DistributionComparison.GoodnessOfFit([20, 15, 25], [1, 1, 1]);
        Assert.Equal(EstimateStatus.Ok, test.Status);
        Tolerance.Equal(2.5, test.Statistic, 1e-15, "X²");
        Assert.Equal(2, test.DegreesOfFreedom);
        Tolerance.Equal(Math.Exp(-1.25), test.PValue, 1e-13, "p");
        Assert.Equal(0.2865, Math.Round(test.PValue!.Value, 4));
        Assert.Equal(0, test.SmallExpectedCells);
    }

    /// <summary>
    /// Mendel's dihybrid cross (1866): 315, 108, 101 and 32 peas against the 9:3:3:1 ratio, the classic textbook example:
    /// E = 312.75, 104.25, 104.25, 34.75; X² = 0.470 on 3 df, p = 0.925. With 3 degrees of freedom the upper tail is
    /// erfc(√(X²/2)) + √(2X²/π)·exp(−X²/2).
    /// </summary>
    [Fact]
    public void Goodness_of_fit_Mendels_peas()
    {
        var test = DistributionComparison.GoodnessOfFit([315, 108, 101, 32], [9, 3, 3, 1]);
        var chi = (2.25 * 2.25 / 312.75) + (3.75 * 3.75 / 104.25) + (3.25 * 3.25 / 104.25) + (2.75 * 2.75 / 34.75);
        Tolerance.Equal(chi, test.Statistic, 1e-14, "X²");
        Assert.Equal(0.470, Math.Round(test.Statistic!.Value, 3));
        Assert.Equal(3, test.DegreesOfFreedom);
        var p = SpecialFunctions.Erfc(Math.Sqrt(chi / 2)) + (Math.Sqrt(2 * chi / Math.PI) * Math.Exp(-chi / 2));
        Tolerance.Equal(p, test.PValue, 1e-12, "p");
        Assert.Equal(0.925, Math.Round(test.PValue!.Value, 3));
    }

    [Fact]
    public void Goodness_of_fit_is_undefined_when_a_recorded_category_has_no_population_and_counts_small_cells()
    {
        Assert.Equal(EstimateStatus.Undefined, DistributionComparison.GoodnessOfFit([5, 5, 1], [10, 10, 0]).Status);
        Assert.Equal(EstimateStatus.ZeroDenominator, DistributionComparison.GoodnessOfFit([0, 0], [1, 1]).Status);
        Assert.Equal(EstimateStatus.Undefined, DistributionComparison.GoodnessOfFit([4, 0], [1, 0]).Status);
        var small = DistributionComparison.GoodnessOfFit([10, 2, 1], [80, 10, 10]);
        Assert.Equal(2, small.SmallExpectedCells);
        Assert.Throws<StatisticsInputException>(() => DistributionComparison.GoodnessOfFit([1, -1], [1, 1]));
    }

    [Fact]
    public void Index_of_dissimilarity_worked_by_hand()
    {
        // p = (0.5, 0.3, 0.2), q = (0.25, 0.25, 0.5): ½(0.25 + 0.05 + 0.3) = 0.3.
        Tolerance.Equal(0.3, DistributionComparison.IndexOfDissimilarity([50, 30, 20], [1, 1, 2]), 1e-15, "D");
        Assert.Equal(1, DistributionComparison.IndexOfDissimilarity([3, 0], [0, 7]));
        Assert.Throws<StatisticsInputException>(() => DistributionComparison.IndexOfDissimilarity([0, 0], [1, 1]));
        Assert.Throws<StatisticsInputException>(() => DistributionComparison.IndexOfDissimilarity([1, 2, 3], [1, 1]));
    }

    private static readonly Gen<double[]> Counts = Gen.Choose(2, 19).SelectMany(k => Gen.ArrayOf(Gen.Choose(0, 1000).Select(c => (double)c), k)).Where(c => c.Sum() > 0);

    [Fact]
    public void Index_of_dissimilarity_lies_in_0_to_1_is_symmetric_and_is_0_exactly_for_identical_distributions() =>
        Prop.ForAll(
            (from a in Counts
             from b in Gen.ArrayOf(Gen.Choose(0, 1000).Select(c => (double)c), a.Length).Where(b => b.Sum() > 0)
             from k in Gen.Choose(1, 50)
             select (a, b, k)).ToArbitrary(),
            c =>
            {
                var d = DistributionComparison.IndexOfDissimilarity(c.a, c.b);
                var same = DistributionComparison.IndexOfDissimilarity(c.a, c.a.Select(x => x * c.k).ToArray());
                var sa = c.a.Sum();
                var sb = c.b.Sum();
                var identical = c.a.Zip(c.b).All(p => p.First * sb == p.Second * sa);
                return d >= 0 && d <= 1
                    && Math.Abs(d - DistributionComparison.IndexOfDissimilarity(c.b, c.a)) < 1e-15
                    && same < 1e-12
                    && (identical ? d < 1e-12 : d > 0);
            }).QuickCheckThrowOnFailure();

    /// <summary>
    /// R's documented example for <c>prop.trend.test</c> (stats package): smokers 83, 90, 129, 70 of patients 86, 93, 136,
    /// 82 give "X-squared = 8.2249, df = 1, p-value = 0.004132" (Armitage, Berry and Matthews 2002, §15.7, give the same
    /// test). The statistic is also N·r², r being the correlation of score and outcome over the 397 individual patients,
    /// and the slope is their least-squares slope: both computed here by expanding the table.
    /// </summary>
    [Fact]
    public void Trend_test_R_documentation_example_and_brute_force_over_individuals()
    {
        double[] events = [83, 90, 129, 70];
        double[] totals = [86, 93, 136, 82];
        var test = ProportionTrend.ChiSquare(events, totals);
        Assert.Equal(EstimateStatus.Ok, test.Status);
        Assert.Equal(8.2249, Math.Round(test.Statistic!.Value, 4));
        Assert.Equal(0.004132, Math.Round(test.PValue!.Value, 6));
        Assert.Equal(1, test.DegreesOfFreedom);

        var (statistic, slope) = BruteForce(events, totals, [1, 2, 3, 4]);
        Tolerance.Equal(statistic, test.Statistic, 1e-12, "N r²");
        Tolerance.Equal(slope, test.Slope, 1e-12, "slope");
        Assert.True(test.Slope < 0);
        Tolerance.Equal(SpecialFunctions.Erfc(Math.Sqrt(statistic / 2)), test.PValue, 1e-12, "p");

        // Other scores (R's second example uses 0, 0, 0, 1).
        var other = ProportionTrend.ChiSquare(events, totals, [0, 0, 0, 1]);
        var (otherStatistic, otherSlope) = BruteForce(events, totals, [0, 0, 0, 1]);
        Tolerance.Equal(otherStatistic, other.Statistic, 1e-12, "N r² with scores 0,0,0,1");
        Tolerance.Equal(otherSlope, other.Slope, 1e-12, "slope with scores 0,0,0,1");
    }

    /// <summary>N·r² and the least-squares slope of y on x over individual records (y = 1 for an event).</summary>
    private static (double Statistic, double Slope) BruteForce(double[] events, double[] totals, double[] scores)
    {
        var x = new List<double>();
        var y = new List<double>();
        for (var i = 0; i < events.Length; i++)
        {
            for (var j = 0; j < totals[i]; j++)
            {
                x.Add(scores[i]);
                y.Add(j < events[i] ? 1 : 0);
            }
        }

        double mx = x.Average(), my = y.Average();
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Count; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }

        return (x.Count * sxy * sxy / (sxx * syy), sxy / sxx);
    }

    [Fact]
    public void Trend_test_is_undefined_without_variation_and_rejects_bad_counts()
    {
        Assert.Equal(EstimateStatus.Undefined, ProportionTrend.ChiSquare([10, 10], [10, 10]).Status);
        Assert.Equal(EstimateStatus.Undefined, ProportionTrend.ChiSquare([0, 0, 0], [10, 20, 30]).Status);
        Assert.Equal(EstimateStatus.Undefined, ProportionTrend.ChiSquare([3], [10]).Status);
        var error = Assert.Throws<StatisticsInputException>(() => ProportionTrend.ChiSquare([5, 11], [10, 10], [1, double.NaN]));
        Assert.Contains(error.Problems, p => p is { Argument: "events", Index: 1 });
        Assert.Contains(error.Problems, p => p is { Argument: "scores", Index: 1 });
    }

    [Fact]
    public void Completeness_that_does_not_improve_over_three_periods_is_flagged_while_below_the_minimum()
    {
        PeriodCompleteness[] flat = [new("2020", 600, 1000), new("2021", 820, 1000), new("2022", 815, 1000), new("2023", 822, 1000)];
        var trend = EthnicityDataQuality.Trend(flat, ConfidenceLevel.Percent95);
        Assert.Equal(4, trend.Periods.Count);
        Assert.Equal(3, trend.RecentPeriods);
        Assert.True(trend.NoImprovement);
        Assert.True(trend.Overall.Slope > 0 && trend.Overall.PValue < 0.05); // the early jump makes the whole series rise
        Assert.Equal(ProportionTrend.ChiSquare([820, 815, 822], [1000, 1000, 1000]), trend.Recent);

        PeriodCompleteness[] rising = [new("2021", 700, 1000), new("2022", 780, 1000), new("2023", 860, 1000)];
        Assert.False(EthnicityDataQuality.Trend(rising, ConfidenceLevel.Percent95).NoImprovement);
        Assert.Null(EthnicityDataQuality.Trend(rising, ConfidenceLevel.Percent95, new EthnicityQualityThresholds { NoImprovementPeriods = 4 }).NoImprovement);
        Assert.True(EthnicityDataQuality.Trend([new("a", 0, 10), new("b", 0, 10), new("c", 0, 10)], ConfidenceLevel.Percent95).NoImprovement);
        Assert.False(EthnicityDataQuality.Trend([new("a", 10, 10), new("b", 10, 10), new("c", 10, 10)], ConfidenceLevel.Percent95).NoImprovement);

        // In a report: the assessed column is the last period; stuck below 90% adds a caveat next to the failure.
        var column = EthnicityParser.Default.ParseColumn([.. Enumerable.Repeat("A", 82), .. Enumerable.Repeat("99", 18)]);
        var report = EthnicityDataQuality.Assess(column, new EthnicityQualityOptions
        {
            History = [new("2021", 820, 1000), new("2022", 815, 1000)],
            Period = "2023",
        });
        Assert.Equal(FitnessForUse.NotFit, report.Verdict);
        var finding = Assert.Single(report.Reasons, r => r.Check == QualityCheck.CompletenessTrend);
        Assert.Equal(QualityOutcome.Caveat, finding.Outcome);
        Assert.Equal(0.05, finding.Threshold);
        Assert.Contains("last 3 periods", finding.Explanation, StringComparison.Ordinal);

        var error = Assert.Throws<StatisticsInputException>(() => EthnicityDataQuality.Trend([new("", 5, 4)], ConfidenceLevel.Percent95));
        Assert.Equal(3, error.Problems.Count);
    }
}
