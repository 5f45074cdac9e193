using EEiC.Datasets;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Need;
using EEiC.Statistics.Validation;
using EEiC.Statistics.Workforce;
using FsCheck;
using FsCheck.Fluent;

namespace EEiC.Statistics.Tests.Need;

/// <summary>Representation ratios across all groups: hand-worked numbers, agreement with the workforce kernel, properties.</summary>
public sealed class RepresentationRatiosTests
{
    /// <summary>
    /// 30 of 200 users are in the group, which is 1,000 of a census population of 5,000 (q = 0.2): ratio 0.15/0.2 = 0.75,
    /// limits = the textbook Wilson limits of 30/200 divided by 0.2.
    /// </summary>
    [Theory]
    [InlineData(0.95)]
    [InlineData(0.998)]
    public void Wilson_over_a_fixed_population_share_worked_by_hand(double level)
    {
        var e = RepresentationRatios.Ratio(30, 200, 1000, 5000, new ConfidenceLevel(level));
        var (lower, upper) = IndependentLimits.Wilson(30, 200, level);
        Assert.Equal(EstimationMethod.Wilson, e.Method);
        Tolerance.Equal(0.75, e.Value, 1e-14, "ratio");
        Tolerance.Equal(lower / 0.2, e.Lower, 1e-12, "lower");
        Tolerance.Equal(upper / 0.2, e.Upper, 1e-12, "upper");
    }

    [Fact]
    public void Katz_log_matches_the_workforce_representation_kernel_and_the_hand_formula()
    {
        var e = RepresentationRatios.Ratio(30, 200, 1000, 5000, ConfidenceLevel.Percent95, ShareRatioInterval.KatzLog);
        Assert.Equal(Representation.Ratio(30, 200, 1000, 5000, ConfidenceLevel.Percent95), e);
        var se = Math.Sqrt((1 / 30.0) - (1 / 200.0) + (1 / 1000.0) - (1 / 5000.0));
        var z = IndependentLimits.Z(0.95);
        Tolerance.Equal(0.75 * Math.Exp(-z * se), e.Lower, 1e-12, "lower");
        Tolerance.Equal(0.75 * Math.Exp(z * se), e.Upper, 1e-12, "upper");
        Assert.Equal(EstimationMethod.KatzLogRatio, e.Method);
    }

    [Fact]
    public void Zero_shares_have_no_value_for_the_method_that_cannot_give_one()
    {
        Assert.Equal(EstimateStatus.ZeroDenominator, RepresentationRatios.Ratio(0, 200, 0, 5000, ConfidenceLevel.Percent95).Status);
        var none = RepresentationRatios.Ratio(0, 200, 100, 5000, ConfidenceLevel.Percent95);
        Assert.Equal(0, none.Value);
        Assert.Equal(0, none.Lower);
        Assert.True(none.Upper > 0);
        Assert.Equal(EstimateStatus.Undefined, RepresentationRatios.Ratio(0, 200, 100, 5000, ConfidenceLevel.Percent95, ShareRatioInterval.KatzLog).Status);
    }

    [Fact]
    public void Batch_uses_the_sums_as_totals_and_equals_the_scalar()
    {
        double[] users = [500, 40, 25, 0, 35];
        double[] population = [70_000, 9_000, 4_000, 1_000, 16_000];
        var levels = ConfidenceLevel.Standard.ToArray();
        foreach (var interval in new[] { ShareRatioInterval.WilsonFixedReference, ShareRatioInterval.KatzLog })
        {
            var destination = new IntervalEstimate[10];
            RepresentationRatios.Ratios(users, population, levels, destination, interval);
            for (var g = 0; g < 5; g++)
            {
                for (var l = 0; l < 2; l++)
                {
                    Assert.Equal(RepresentationRatios.Ratio(users[g], 600, population[g], 100_000, levels[l], interval), destination[(g * 2) + l]);
                }
            }
        }
    }

    [Fact]
    public void Shares_weighted_by_the_population_shares_sum_to_one() =>
        Prop.ForAll(
            (from k in Gen.Choose(2, 19)
             from users in Gen.ArrayOf(Gen.Choose(0, 5000).Select(u => (double)u), k)
             from pop in Gen.ArrayOf(Gen.Choose(1, 100_000).Select(p => (double)p), k)
             select (users, pop)).ToArbitrary(),
            c =>
            {
                if (c.users.Sum() == 0)
                {
                    return true;
                }

                var destination = new IntervalEstimate[c.users.Length];
                RepresentationRatios.Ratios(c.users, c.pop, [ConfidenceLevel.Percent95], destination);
                var total = c.pop.Sum();
                var weighted = destination.Select((e, g) => e.Value!.Value * c.pop[g] / total).Sum();
                return Math.Abs(weighted - 1) < 1e-12 && destination.All(e => e.Lower <= e.Value && e.Value <= e.Upper);
            }).QuickCheckThrowOnFailure();

    [Fact]
    public void Users_in_proportion_to_the_population_give_one_with_an_interval_containing_it() =>
        Prop.ForAll(
            (from k in Gen.Choose(2, 10)
             from pop in Gen.ArrayOf(Gen.Choose(1, 2000).Select(p => (double)p), k)
             from factor in Gen.Choose(1, 20)
             select (pop, factor)).ToArbitrary(),
            c =>
            {
                var users = c.pop.Select(p => p * c.factor).ToArray();
                var destination = new IntervalEstimate[users.Length];
                RepresentationRatios.Ratios(users, c.pop, [ConfidenceLevel.Percent95], destination, ShareRatioInterval.KatzLog);
                return destination.All(e => Math.Abs(e.Value!.Value - 1) < 1e-12 && e.Lower <= 1 && e.Upper >= 1);
            }).QuickCheckThrowOnFailure();

    [Fact]
    public void Dataset_overload_computes_shares_within_each_stratum_and_leaves_missing_ethnicity_out()
    {
        var rows = new[]
        {
            new StratifiedRow("A", Area: "X", Numerator: 80, Denominator: 8_000),
            new StratifiedRow("J", Area: "X", Numerator: 10, Denominator: 1_500),
            new StratifiedRow("99", Area: "X", Numerator: 10, Denominator: 0),
            new StratifiedRow("A", Area: "Y", Numerator: 50, Denominator: 4_000),
            new StratifiedRow("J", Area: "Y", Numerator: 50, Denominator: 4_000),
        };
        var dataset = new StratifiedDataset(GroupDimension.Ethnicity(), DatasetMeasure.Rate, rows);
        var results = RepresentationRatios.Ratios(dataset, [ConfidenceLevel.Percent95]);
        Assert.Equal(5, results.Count);
        Assert.Equal(RepresentationRatios.Ratio(80, 90, 8_000, 9_500, ConfidenceLevel.Percent95), results[0].Estimates[0]);
        Assert.Equal(RepresentationRatios.Ratio(10, 90, 1_500, 9_500, ConfidenceLevel.Percent95), results[1].Estimates[0]);
        Assert.Equal(EstimateStatus.Undefined, results[2].Estimates[0].Status);
        Assert.Same(rows[2], results[2].Row);
        Tolerance.Equal(1, results[3].Estimates[0].Value, 1e-15, "area Y, A");
        Tolerance.Equal(1, results[4].Estimates[0].Value, 1e-15, "area Y, J");
    }

    [Fact]
    public void Bad_input_is_reported_whole()
    {
        var scalar = Assert.Throws<StatisticsInputException>(() => RepresentationRatios.Ratio(5, 4, -1, 0, ConfidenceLevel.Percent95));
        Assert.Equal(["population", "populationInGroup", "usersInGroup"], scalar.Problems.Select(p => p.Argument).Distinct().Order());

        var batch = Assert.Throws<StatisticsInputException>(() =>
            RepresentationRatios.Ratios([1, -2, 3], [10, 10], [ConfidenceLevel.Percent95], new IntervalEstimate[1]));
        Assert.Contains(batch.Problems, p => p.Argument == "population");
        Assert.Contains(batch.Problems, p => p is { Argument: "users", Index: 1 });
        Assert.Contains(batch.Problems, p => p.Argument == "destination");

        var zero = Assert.Throws<StatisticsInputException>(() =>
            RepresentationRatios.Ratios([0, 0], [10, 10], [ConfidenceLevel.Percent95], new IntervalEstimate[2]));
        Assert.Equal("sum of users", Assert.Single(zero.Problems).Argument);
    }
}
