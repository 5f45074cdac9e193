using EEiC.Datasets;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Rates;
using EEiC.Statistics.Validation;
using static EEiC.Statistics.Tests.Rates.RatesFixtures;

namespace EEiC.Statistics.Tests.Rates;

/// <summary>Bad input (every problem reported at once), edge cases and the documented statuses.</summary>
public sealed class RatesInputTests
{
    private static readonly IntervalEstimate Sentinel = IntervalEstimate.NotAvailable(EstimateStatus.Undefined, ConfidenceLevel.Percent95, EstimationMethod.Simulation);

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.5)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Confidence_levels_outside_zero_and_one_are_refused(double value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConfidenceLevel(value));
        Assert.Throws<ArgumentOutOfRangeException>(() => ConfidenceLevel.FromPercent(value * 100));
    }

    [Fact]
    public void A_default_confidence_level_is_refused_by_every_method()
    {
        var level = default(ConfidenceLevel);
        AssertProblem(() => Proportions.Wilson(1, 10, level), null, "level");
        AssertProblem(() => CrudeRates.Estimate(1, 10, level), null, "level");
        AssertProblem(() => Means.StudentT([1.0, 2.0], level), null, "level");
        AssertProblem(() => Proportions.Wilson(1, 10, [ConfidenceLevel.Percent95, level]), 1, "levels");
        AssertProblem(() => CrudeRates.Estimate([1.0], [10.0], [level], new IntervalEstimate[1]), 0, "levels");
    }

    [Theory]
    [InlineData(-1.0, 10.0, "numerator")]
    [InlineData(double.NaN, 10.0, "numerator")]
    [InlineData(11.0, 10.0, "numerator")]
    [InlineData(0.0, 0.0, "denominator")]
    [InlineData(1.0, double.PositiveInfinity, "denominator")]
    [InlineData(1.0, double.NaN, "denominator")]
    public void Proportion_scalar_refuses_bad_counts(double x, double n, string argument)
    {
        var error = Assert.Throws<StatisticsInputException>(() => Proportions.Wilson(x, n, ConfidenceLevel.Percent95));
        Assert.Contains(error.Problems, p => p.Argument == argument && p.Index is null);
        Assert.IsAssignableFrom<ArgumentException>(error);
    }

    [Fact]
    public void Proportion_with_a_negative_denominator_reports_both_broken_rules()
    {
        var error = Assert.Throws<StatisticsInputException>(() => Proportions.Wilson(0, -1, ConfidenceLevel.Percent95));
        Assert.Equal(["denominator", "numerator"], error.Problems.Select(p => p.Argument).Order());
        Assert.Contains("must be a finite number > 0", error.Message, StringComparison.Ordinal);
        Assert.Contains("must be <= the denominator", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-100.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Multipliers_must_be_finite_and_positive(double multiplier)
    {
        AssertProblem(() => Proportions.Wilson(1, 10, ConfidenceLevel.Percent95, multiplier), null, "multiplier");
        AssertProblem(() => CrudeRates.Estimate(1, 10, ConfidenceLevel.Percent95, multiplier), null, "multiplier");
        AssertProblem(() => CrudeRates.Estimate([1.0], [10.0], RatesFixtures.Standard, new IntervalEstimate[2], multiplier), null, "multiplier");
    }

    [Fact]
    public void Proportion_batch_reports_every_bad_group_in_one_exception_and_leaves_the_destination_alone()
    {
        double[] x = [5, -1, 3, 7, 2, double.PositiveInfinity, 4];
        double[] n = [10, 10, 0, 5, double.NaN, 10, 4];
        var destination = Enumerable.Repeat(Sentinel, x.Length * 2).ToArray();

        var error = Assert.Throws<StatisticsInputException>(() => Proportions.Wilson(x, n, Standard, destination));

        Assert.Equal([1, 2, 3, 4, 5], error.Problems.Select(p => p.Index!.Value).Distinct().Order());
        Assert.Contains(error.Problems, p => p is { Index: 1, Argument: "numerator", Value: "-1" });
        Assert.Contains(error.Problems, p => p is { Index: 2, Argument: "denominator", Value: "0" });
        Assert.Contains(error.Problems, p => p is { Index: 3, Argument: "numerator", Value: "7" });
        Assert.Contains(error.Problems, p => p is { Index: 4, Argument: "denominator", Value: "NaN" });
        Assert.Contains(error.Problems, p => p is { Index: 5, Argument: "numerator", Value: "Infinity" });
        Assert.Contains("at index 3", error.Message, StringComparison.Ordinal);
        Assert.All(destination, e => Assert.Equal(Sentinel, e));
    }

    [Fact]
    public void Rate_batch_reports_every_bad_group_in_one_exception_and_leaves_the_destination_alone()
    {
        double[] x = [5, -1, 3, 250, double.NaN, 12];
        double[] n = [10, 10, 0, 220, 10, -5];
        var destination = Enumerable.Repeat(Sentinel, x.Length * 2).ToArray();

        var error = Assert.Throws<StatisticsInputException>(() => CrudeRates.Estimate(x, n, Standard, destination));

        Assert.Equal([1, 2, 4, 5], error.Problems.Select(p => p.Index!.Value).Order());
        Assert.Contains(error.Problems, p => p is { Index: 1, Argument: "numerator" });
        Assert.Contains(error.Problems, p => p is { Index: 2, Argument: "denominator", Value: "0" });
        Assert.Contains(error.Problems, p => p is { Index: 4, Argument: "numerator", Value: "NaN" });
        Assert.Contains(error.Problems, p => p is { Index: 5, Argument: "denominator", Value: "-5" });
        Assert.All(destination, e => Assert.Equal(Sentinel, e));
    }

    [Fact]
    public void Batches_report_mismatched_lengths_a_short_destination_and_no_levels_together()
    {
        var error = Assert.Throws<StatisticsInputException>(() =>
            Proportions.Wilson([1.0, 2.0, 3.0], [10.0, 10.0], [], new IntervalEstimate[1]));
        Assert.Contains(error.Problems, p => p.Argument == "denominators" && p.Value == "2");
        Assert.Contains(error.Problems, p => p.Argument == "levels");

        error = Assert.Throws<StatisticsInputException>(() => CrudeRates.Estimate([1.0, 2.0], [10.0, 10.0], Standard, new IntervalEstimate[3]));
        var problem = Assert.Single(error.Problems);
        Assert.Equal("destination", problem.Argument);
        Assert.Contains("at least 4", problem.Rule, StringComparison.Ordinal);

        error = Assert.Throws<StatisticsInputException>(() => CrudeRates.Estimate([1.0], [10.0, 5.0], Standard, new IntervalEstimate[4]));
        Assert.Equal("denominators", Assert.Single(error.Problems).Argument);
    }

    [Fact]
    public void Empty_batches_are_allowed_and_write_nothing()
    {
        var destination = new[] { Sentinel };
        Proportions.Wilson([], [], Standard, destination);
        CrudeRates.Estimate([], [], Standard, destination);
        Means.StudentT([], [], Standard, destination);
        Assert.Equal(Sentinel, destination[0]);
    }

    [Theory]
    [InlineData(-1.0, 100.0, "numerator")]
    [InlineData(double.NaN, 100.0, "numerator")]
    [InlineData(double.PositiveInfinity, 100.0, "numerator")]
    [InlineData(5.0, 0.0, "denominator")]
    [InlineData(5.0, -1.0, "denominator")]
    public void Rate_scalar_refuses_bad_counts(double x, double n, string argument) =>
        AssertProblem(() => CrudeRates.Estimate(x, n, ConfidenceLevel.Percent95), null, argument);

    [Fact]
    public void Proportion_edges_are_exact_and_percentages_are_a_multiplier_of_100()
    {
        var none = Proportions.Wilson(0, 40, ConfidenceLevel.Percent95, 100);
        Assert.Equal(0, none.Value);
        Assert.Equal(0, none.Lower);
        var all = Proportions.Wilson(40, 40, ConfidenceLevel.Percent99Point8, 100);
        Assert.Equal(100, all.Value);
        Assert.Equal(100, all.Upper);

        // Independent check: the Wilson interval is centred on (x + z²/2)/(n + z²), which is 1/2 when x = n/2.
        var half = Proportions.Wilson(50, 100, ConfidenceLevel.Percent95);
        Assert.Equal(1.0, half.Lower!.Value + half.Upper!.Value, 15);
    }

    [Fact]
    public void A_count_of_zero_has_a_zero_lower_limit_and_the_closed_form_upper_limit()
    {
        // qchisq(0.975, 2) / 2 = -ln(0.025): the chi-square on 2 degrees of freedom is exponential.
        var rate = CrudeRates.Estimate(0, 2000, ConfidenceLevel.Percent95, 1000);
        Assert.Equal(EstimationMethod.ExactPoisson, rate.Method);
        Assert.Equal(0, rate.Value);
        Assert.Equal(0, rate.Lower);
        Tolerance.Equal(-Math.Log(0.025) / 2000 * 1000, rate.Upper, 1e-13, "upper limit of 0 events");

        // and x = 1 at 99.8%: lower = -ln(1 - 0.001) (exponential again, on the lower tail of 2 df)
        var one = CrudeRates.Estimate(1, 1, ConfidenceLevel.Percent99Point8, 1);
        Tolerance.Equal(-Math.Log(0.999), one.Lower, 1e-12, "lower limit of 1 event");
    }

    [Fact]
    public void The_exact_limits_are_used_strictly_below_ten_events_including_non_integer_counts()
    {
        Assert.Equal(EstimationMethod.ExactPoisson, CrudeRates.Estimate(9.99, 100, ConfidenceLevel.Percent95).Method);
        Assert.Equal(EstimationMethod.ExactPoisson, CrudeRates.Estimate(2.5, 100, ConfidenceLevel.Percent95).Method);
        Assert.Equal(EstimationMethod.Byar, CrudeRates.Estimate(10, 100, ConfidenceLevel.Percent95).Method);

        // More events than population is allowed for rates (for example repeat admissions).
        var many = CrudeRates.Estimate(250, 220, ConfidenceLevel.Percent95);
        Assert.Equal(EstimateStatus.Ok, many.Status);
        Assert.True(many.Value > 100_000);
    }

    [Fact]
    public void Dataset_counts_must_match_the_method_and_every_bad_row_is_reported_with_its_group()
    {
        var rows = new[]
        {
            new StratifiedRow("Indian", Numerator: 5, Denominator: 10),
            new StratifiedRow("Pakistani", Numerator: -2, Denominator: 10),
            new StratifiedRow("Bangladeshi", Numerator: 12, Denominator: 10),
            new StratifiedRow("Chinese", Numerator: 1, Denominator: -3),
        };

        var error = Assert.Throws<StatisticsInputException>(() => Proportions.Wilson(Dataset(DatasetMeasure.Proportion, rows), Standard));
        Assert.Contains(error.Problems, p => p is { Index: 1, Group: "Pakistani", Argument: "numerator" });
        Assert.Contains(error.Problems, p => p is { Index: 2, Group: "Bangladeshi", Argument: "numerator", Value: "12" });
        Assert.Contains(error.Problems, p => p is { Index: 3, Group: "Chinese", Argument: "denominator" });
        Assert.DoesNotContain(error.Problems, p => p.Index == 0);
        Assert.Contains("for group 'Bangladeshi' (index 2)", error.Message, StringComparison.Ordinal);

        // A rate may have more events than people, but not negative counts; and the measure must fit.
        error = Assert.Throws<StatisticsInputException>(() => CrudeRates.Estimate(Dataset(DatasetMeasure.Proportion, rows), Standard));
        Assert.Contains(error.Problems, p => p is { Index: null, Argument: "dataset", Value: "Proportion" });
        Assert.Contains(error.Problems, p => p is { Index: 1, Argument: "numerator" });
        Assert.DoesNotContain(error.Problems, p => p.Index == 2);
        Assert.Contains(error.Problems, p => p is { Index: 3, Argument: "denominator" });

        error = Assert.Throws<StatisticsInputException>(() => Proportions.Wilson(Dataset(DatasetMeasure.Rate, rows[0]), Standard));
        Assert.Contains(error.Problems, p => p is { Argument: "dataset", Value: "Rate" });
    }

    [Fact]
    public void Dataset_rows_without_counts_or_with_a_zero_denominator_get_a_status_and_no_value()
    {
        var dataset = Dataset(DatasetMeasure.Rate,
            new StratifiedRow("A", Numerator: 3, Denominator: 0),
            new StratifiedRow("B", Numerator: 30, Denominator: 0),
            new StratifiedRow("C", Numerator: null, Denominator: 10),
            new StratifiedRow("D", Numerator: 12, Denominator: null),
            new StratifiedRow("E", Numerator: 12, Denominator: 1000));

        var results = CrudeRates.Estimate(dataset, Standard);

        Assert.Equal(["A", "B", "C", "D", "E"], results.Select(r => r.Row.Group));
        Assert.All(results.Take(4).SelectMany(r => r.Estimates), e => Assert.False(e.HasValue || e.Lower.HasValue || e.Upper.HasValue));
        Assert.All(results[0].Estimates, e => Assert.Equal((EstimateStatus.ZeroDenominator, EstimationMethod.ExactPoisson), (e.Status, e.Method)));
        Assert.All(results[1].Estimates, e => Assert.Equal((EstimateStatus.ZeroDenominator, EstimationMethod.Byar), (e.Status, e.Method)));
        Assert.All(results[2].Estimates, e => Assert.Equal((EstimateStatus.MissingInput, EstimationMethod.None), (e.Status, e.Method)));
        Assert.All(results[3].Estimates, e => Assert.Equal((EstimateStatus.MissingInput, EstimationMethod.Byar), (e.Status, e.Method)));
        Assert.Equal(CrudeRates.Estimate(12, 1000, Standard), results[4].Estimates);

        var proportions = Proportions.Wilson(Dataset(DatasetMeasure.Proportion, new StratifiedRow("A", Numerator: 0, Denominator: 0)), Standard);
        Assert.All(proportions[0].Estimates, e => Assert.Equal((EstimateStatus.ZeroDenominator, EstimationMethod.Wilson), (e.Status, e.Method)));
    }

    [Fact]
    public void Dataset_totals_sum_each_group_over_its_strata_and_compare_ethnic_codes_ignoring_case()
    {
        var dataset = new StratifiedDataset(GroupDimension.Ethnicity(), DatasetMeasure.Proportion,
        [
            new StratifiedRow("H", AgeBand: "0-44", Numerator: 10, Denominator: 100),
            new StratifiedRow("J", AgeBand: "0-44", Numerator: 4, Denominator: 50),
            new StratifiedRow("h", AgeBand: "45+", Numerator: 30, Denominator: 200),
            new StratifiedRow("J", AgeBand: "45+", Numerator: null, Denominator: 80),
            new StratifiedRow("K", AgeBand: "45+", Numerator: 0, Denominator: 0),
        ]);

        var results = Proportions.Wilson(dataset, Standard, 100, totalPerGroup: true);

        Assert.Equal(["H", "J", "K"], results.Select(r => r.Row.Group));
        Assert.Equal(new StratifiedRow("H", Numerator: 40, Denominator: 300), results[0].Row);
        Assert.Equal(Proportions.Wilson(40, 300, Standard, 100), results[0].Estimates);
        Assert.Equal(new StratifiedRow("J", Numerator: null, Denominator: 130), results[1].Row);
        Assert.All(results[1].Estimates, e => Assert.Equal(EstimateStatus.MissingInput, e.Status));
        Assert.All(results[2].Estimates, e => Assert.Equal(EstimateStatus.ZeroDenominator, e.Status));

        // Per row (the default) keeps every row and returns it as given.
        var perRow = Proportions.Wilson(dataset, Standard, 100);
        Assert.Equal(dataset.Rows, perRow.Select(r => r.Row));
    }

    [Fact]
    public void Mean_refuses_no_values_and_lists_every_value_that_is_not_finite()
    {
        AssertProblem(() => Means.StudentT([], ConfidenceLevel.Percent95), null, "values");

        var error = Assert.Throws<StatisticsInputException>(() => Means.StudentT([1.0, double.NaN, 3.0, double.NegativeInfinity], Standard));
        Assert.Equal([1, 3], error.Problems.Select(p => p.Index!.Value));
    }

    [Fact]
    public void Mean_grouped_batch_reports_bad_sizes_values_and_destination_together()
    {
        var destination = Enumerable.Repeat(Sentinel, 4).ToArray();
        var error = Assert.Throws<StatisticsInputException>(() =>
            Means.StudentT([1.0, 2.0, double.NaN, 4.0], [2, 0, -1, 3], Standard, destination));

        Assert.Contains(error.Problems, p => p is { Index: 1, Argument: "groupSizes" });
        Assert.Contains(error.Problems, p => p is { Index: 2, Argument: "groupSizes" });
        Assert.Contains(error.Problems, p => p is { Index: null, Argument: "groupSizes", Value: "5" });
        Assert.Contains(error.Problems, p => p is { Index: 2, Argument: "values" });
        Assert.Contains(error.Problems, p => p is { Argument: "destination" });
        Assert.All(destination, e => Assert.Equal(Sentinel, e));
    }

    [Fact]
    public void Mean_grouped_batch_handles_runs_of_equal_sizes_and_single_values_between_them()
    {
        int[] sizes = [3, 3, 1, 3, 4, 4, 1, 1, 2];
        var values = Enumerable.Range(0, sizes.Sum()).Select(i => Math.Sin(i) * 10).ToArray();
        var destination = new IntervalEstimate[sizes.Length * 2];

        Means.StudentT(values, sizes, Standard, destination);

        var start = 0;
        for (var g = 0; g < sizes.Length; g++)
        {
            var expected = Means.StudentT(values.AsSpan(start, sizes[g]), Standard).Estimates;
            Assert.Equal(expected, destination.AsSpan(g * 2, 2).ToArray());
            start += sizes[g];
        }
    }

    [Fact]
    public void A_mean_of_one_value_has_no_interval()
    {
        var result = Means.StudentT([42.5], Standard);

        Assert.Equal(1, result.Count);
        Assert.Equal(42.5, result.Mean);
        Assert.Equal(42.5, result.Sum);
        Assert.Null(result.StandardDeviation);
        Assert.All(result.Estimates, e => Assert.Equal((EstimateStatus.Undefined, EstimationMethod.StudentT, false), (e.Status, e.Method, e.HasValue)));
        Assert.Equal(EstimateStatus.Undefined, Means.StudentT([42.5], ConfidenceLevel.Percent95).Status);
    }

    [Fact]
    public void Mean_limits_match_closed_form_t_quantiles()
    {
        // One degree of freedom: t is Cauchy, t = tan(π(p − ½)); values {0, 2} have mean 1 and s/√n = 1.
        var cauchy = Means.StudentT([0.0, 2.0], ConfidenceLevel.Percent99Point8);
        var t1 = Math.Tan(Math.PI * (0.999 - 0.5));
        Tolerance.Equal(1 - t1, cauchy.Lower, 1e-13, "df 1 lower");
        Tolerance.Equal(1 + t1, cauchy.Upper, 1e-13, "df 1 upper");

        // Two degrees of freedom: t = (2p − 1) / √(2p(1 − p)); values {1, 2, 3} have mean 2 and s/√n = 1/√3.
        var two = Means.StudentT([1.0, 2.0, 3.0], ConfidenceLevel.Percent95);
        var t2 = (2 * 0.975 - 1) / Math.Sqrt(2 * 0.975 * 0.025);
        Tolerance.Equal(2 - t2 / Math.Sqrt(3), two.Lower, 1e-13, "df 2 lower");
        Tolerance.Equal(2 + t2 / Math.Sqrt(3), two.Upper, 1e-13, "df 2 upper");
    }

    private static void AssertProblem(Action call, int? index, string argument)
    {
        var error = Assert.Throws<StatisticsInputException>(call);
        Assert.Contains(error.Problems, p => p.Index == index && p.Argument == argument);
    }

    private static void AssertProblem(Func<object> call, int? index, string argument) => AssertProblem(() => { _ = call(); }, index, argument);
}
