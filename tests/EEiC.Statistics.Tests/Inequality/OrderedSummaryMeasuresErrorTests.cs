using EEiC.Indicators;
using EEiC.Statistics.Inequality;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Validation;

namespace EEiC.Statistics.Tests.Inequality;

/// <summary>
/// The ordered/non-ordered split, bad input (every problem listed) and the undefined results of the ordered
/// summary measures.
/// </summary>
public sealed class OrderedSummaryMeasuresErrorTests
{
    private static readonly SummaryMeasureSettings Favourable = new() { Polarity = IndicatorPolarity.HigherIsBetter, Scale = 100 };

    private static readonly SummaryMeasure[] OrderedOnly =
    [
        SummaryMeasure.AbsoluteConcentrationIndex, SummaryMeasure.RelativeConcentrationIndex,
        SummaryMeasure.SlopeIndexOfInequality, SummaryMeasure.RelativeIndexOfInequality,
    ];

    private static OrderedSubgroupEstimate[] Quintiles() =>
    [
        new("Q1", 1, 60, 2, 1000),
        new("Q2", 2, 70, 2, 1100),
        new("Q3", 3, 75, 2, 900),
        new("Q4", 4, 80, 2, 1000),
        new("Q5", 5, 90, 2, 950),
    ];

    [Fact]
    public void Non_ordered_measures_reject_the_ordered_only_measures_and_point_to_the_ordered_class()
    {
        var subgroups = Quintiles().Select(s => s.ToSubgroupEstimate()).ToArray();
        foreach (var measure in OrderedOnly)
        {
            Assert.True(SummaryMeasureEstimate.NeedsOrderedDimension(measure));
            var single = Assert.Throws<StatisticsInputException>(() => NonOrderedSummaryMeasures.Compute(measure, subgroups, Favourable));
            var problem = Assert.Single(single.Problems);
            Assert.Equal("measure", problem.Argument);
            Assert.Contains("needs an ordered dimension", single.Message, StringComparison.Ordinal);
            Assert.Contains(nameof(OrderedSummaryMeasures), single.Message, StringComparison.Ordinal);
            Assert.Contains(SummaryMeasureEstimate.CodeOf(measure), single.Message, StringComparison.Ordinal);

            var destination = new SummaryMeasureEstimate[1];
            var batch = Assert.Throws<StatisticsInputException>(() =>
                NonOrderedSummaryMeasures.Compute(measure, subgroups, [subgroups.Length], Favourable, destination));
            Assert.Contains(nameof(OrderedSummaryMeasures), Assert.Single(batch.Problems).Rule, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Ordered_measures_reject_the_measures_that_ignore_the_order_and_point_to_ToSubgroupEstimate()
    {
        var subgroups = Quintiles();
        foreach (var measure in Enum.GetValues<SummaryMeasure>())
        {
            var ordered = OrderedSummaryMeasures.IsOrderedMeasure(measure);
            Assert.Equal(ordered, SummaryMeasureEstimate.NeedsOrderedDimension(measure)
                || measure is SummaryMeasure.Difference or SummaryMeasure.Ratio or SummaryMeasure.PopulationAttributableFraction or SummaryMeasure.PopulationAttributableRisk);
            if (ordered)
            {
                Assert.Equal(EstimateStatus.Ok, OrderedSummaryMeasures.Compute(measure, subgroups, Favourable).Status);
                continue;
            }

            var e = Assert.Throws<StatisticsInputException>(() => OrderedSummaryMeasures.Compute(measure, subgroups, Favourable));
            Assert.Contains(nameof(NonOrderedSummaryMeasures), e.Message, StringComparison.Ordinal);
            Assert.Contains(nameof(OrderedSubgroupEstimate.ToSubgroupEstimate), e.Message, StringComparison.Ordinal);
            Assert.Throws<StatisticsInputException>(() => OrderedSummaryMeasures.FromSurvey(measure, [new SurveyObservation(1, 1, 1, 1, 1)], Favourable));
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => OrderedSummaryMeasures.Compute((SummaryMeasure)99, subgroups, Favourable));
    }

    [Fact]
    public void Every_problem_of_a_setting_is_listed()
    {
        OrderedSubgroupEstimate[] subgroups =
        [
            new("Q1", 1, double.NaN, 1, 1000),
            new("Q2", 2, 50, double.NaN, -5),
            new("Q3", 2, 60, -1, null),
            new("Q4", 4, double.PositiveInfinity, 1, 1000),
        ];
        var e = Assert.Throws<StatisticsInputException>(() => OrderedSummaryMeasures.Compute(SummaryMeasure.AbsoluteConcentrationIndex, subgroups, Favourable));
        var problems = e.Problems.Select(p => (p.Index, p.Argument)).ToArray();
        Assert.Equal(
        [
            (0, "subgroups.Estimate"),
            (1, "subgroups.StandardError"),
            (1, "subgroups.Population"),
            (2, "subgroups.StandardError"),
            (2, "subgroups.Order"),
            (3, "subgroups.Estimate"),
            (null, "subgroups.Population"),
        ], problems);
        Assert.Contains("index 1 has it too", e.Problems.Single(p => p.Argument == "subgroups.Order").Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_few_subgroups_are_reported_with_the_minimum_of_the_measure()
    {
        OrderedSubgroupEstimate[] one = [new("Q1", 1, 50, 1, 100)];
        OrderedSubgroupEstimate[] two = [new("Q1", 1, 50, 1, 100), new("Q2", 2, 60, 1, 100)];
        foreach (var measure in Enum.GetValues<SummaryMeasure>().Where(OrderedSummaryMeasures.IsOrderedMeasure))
        {
            var minimum = OrderedSummaryMeasures.MinimumSubgroups(measure);
            Assert.Equal(SummaryMeasureEstimate.NeedsOrderedDimension(measure) ? 3 : 2, minimum);
            var e = Assert.Throws<StatisticsInputException>(() => OrderedSummaryMeasures.Compute(measure, one, Favourable));
            Assert.Contains($"at least {minimum} subgroups", Assert.Single(e.Problems).Rule, StringComparison.Ordinal);
            if (minimum == 3)
            {
                Assert.Throws<StatisticsInputException>(() => OrderedSummaryMeasures.Compute(measure, two, Favourable));
            }
            else
            {
                Assert.Equal(EstimateStatus.Ok, OrderedSummaryMeasures.Compute(measure, two, Favourable).Status);
            }
        }

        Assert.Throws<StatisticsInputException>(() => OrderedSummaryMeasures.Compute(SummaryMeasure.Difference, [], Favourable));
    }

    [Fact]
    public void Settings_problems_are_listed()
    {
        var subgroups = Quintiles();
        var noPolarity = Assert.Throws<StatisticsInputException>(() => OrderedSummaryMeasures.Difference(subgroups, SummaryMeasureSettings.Default));
        Assert.Equal("settings.Polarity", Assert.Single(noPolarity.Problems).Argument);

        var oneBound = Assert.Throws<StatisticsInputException>(() =>
            OrderedSummaryMeasures.RelativeConcentrationIndex(subgroups, Favourable with { LowerBound = 0, ConcentrationIndexMethod = ConcentrationIndexMethod.Wagstaff }));
        Assert.Equal(["settings.UpperBound", "settings.ConcentrationIndexMethod"], oneBound.Problems.Select(p => p.Argument));

        var reversed = Assert.Throws<StatisticsInputException>(() =>
            OrderedSummaryMeasures.AbsoluteConcentrationIndex(subgroups, Favourable with { LowerBound = 100, UpperBound = 0 }));
        Assert.Contains(reversed.Problems, p => p.Argument == "settings.UpperBound");

        var outside = Assert.Throws<StatisticsInputException>(() =>
            OrderedSummaryMeasures.AbsoluteConcentrationIndex(subgroups, Favourable with { LowerBound = 65, UpperBound = 85 }));
        Assert.Equal([0, 4], outside.Problems.Select(p => p.Index));

        var model = Assert.Throws<StatisticsInputException>(() =>
            OrderedSummaryMeasures.SlopeIndexOfInequality(subgroups, Favourable with { SlopeIndexModel = (SlopeIndexModel)7 }));
        Assert.Equal("settings.SlopeIndexModel", Assert.Single(model.Problems).Argument);

        var negative = Quintiles();
        negative[2] = negative[2] with { Estimate = -1 };
        var logistic = Assert.Throws<StatisticsInputException>(() => OrderedSummaryMeasures.RelativeIndexOfInequality(negative, Favourable));
        Assert.Equal(2, Assert.Single(logistic.Problems).Index);
        Assert.Equal(EstimateStatus.Ok,
            OrderedSummaryMeasures.SlopeIndexOfInequality(negative, Favourable with { SlopeIndexModel = SlopeIndexModel.Linear }).Status);

        var noAverage = Assert.Throws<StatisticsInputException>(() =>
            OrderedSummaryMeasures.PopulationAttributableFraction(HealthequalFixture.WithoutPopulation(subgroups), Favourable));
        Assert.Equal("settings.SettingAverage", Assert.Single(noAverage.Problems).Argument);
    }

    [Fact]
    public void Batch_problems_name_the_setting()
    {
        var good = Quintiles();
        var bad = Quintiles();
        bad[3] = bad[3] with { Order = 1 };
        OrderedSubgroupEstimate[] all = [.. good, .. bad, .. good[..2]];
        var destination = new SummaryMeasureEstimate[3];
        var e = Assert.Throws<StatisticsInputException>(() =>
            OrderedSummaryMeasures.Compute(SummaryMeasure.SlopeIndexOfInequality, all, [5, 5, 2], Favourable, destination));
        Assert.Equal([("1", "subgroups.Order", (int?)3), ("2", "subgroups", 2)], e.Problems.Select(p => (p.Group, p.Argument, p.Index)));

        var lengths = Assert.Throws<StatisticsInputException>(() =>
            OrderedSummaryMeasures.Compute(SummaryMeasure.SlopeIndexOfInequality, good, [3, -1, 1], Favourable, new SummaryMeasureEstimate[2]));
        Assert.Equal(["destination", "groupLengths", "groupLengths"], lengths.Problems.Select(p => p.Argument));
    }

    [Fact]
    public void Undefined_results_have_a_status_and_no_value()
    {
        var zeroMean = Quintiles().Select((s, i) => s with { Estimate = i - 2.0, Population = 1000 }).ToArray();
        AssertNotAvailable(OrderedSummaryMeasures.RelativeConcentrationIndex(zeroMean, Favourable), EstimateStatus.ZeroDenominator);
        Assert.Equal(EstimateStatus.Ok, OrderedSummaryMeasures.AbsoluteConcentrationIndex(zeroMean, Favourable).Status);

        var full = Quintiles().Select(s => s with { Estimate = 100 }).ToArray();
        var bounded = Favourable with { LowerBound = 0, UpperBound = 100, ConcentrationIndexMethod = ConcentrationIndexMethod.Wagstaff };
        AssertNotAvailable(OrderedSummaryMeasures.RelativeConcentrationIndex(full, bounded), EstimateStatus.ZeroDenominator);
        AssertNotAvailable(OrderedSummaryMeasures.SlopeIndexOfInequality(full, Favourable), EstimateStatus.Undefined);
        var none = Quintiles().Select(s => s with { Estimate = 0 }).ToArray();
        AssertNotAvailable(OrderedSummaryMeasures.RelativeIndexOfInequality(none, Favourable), EstimateStatus.Undefined);
        var huge = Quintiles().Select((s, i) => s with { Estimate = 2e6 + i }).ToArray();
        AssertNotAvailable(OrderedSummaryMeasures.SlopeIndexOfInequality(huge, Favourable), EstimateStatus.Undefined);

        // Linear rii: the prediction at rank 0 is negative.
        var crossing = Quintiles().Select((s, i) => s with { Estimate = -30 + 20.0 * i }).ToArray();
        AssertNotAvailable(OrderedSummaryMeasures.RelativeIndexOfInequality(crossing, Favourable with { SlopeIndexModel = SlopeIndexModel.Linear }),
            EstimateStatus.Undefined);

        var zeroLowest = Quintiles();
        zeroLowest[0] = zeroLowest[0] with { Estimate = 0 };
        AssertNotAvailable(OrderedSummaryMeasures.Ratio(zeroLowest, Favourable), EstimateStatus.ZeroDenominator);

        // Without standard errors the difference and ratio have no limits (nothing else needs them).
        var noSe = Quintiles().Select(s => s with { StandardError = null }).ToArray();
        var d = OrderedSummaryMeasures.Difference(noSe, Favourable);
        Assert.Equal((EstimateStatus.Ok, 30.0, null, null, null), (d.Status, d.Estimate!.Value, d.StandardError, d.Lower, d.Upper));
        Assert.Equal(EstimateStatus.Ok, OrderedSummaryMeasures.SlopeIndexOfInequality(noSe, Favourable).Status);
    }

    [Fact]
    public void Survey_problems_are_listed()
    {
        SurveyObservation[] records =
        [
            new(1, 1, 1.5, 1, 1),
            new(1, double.NaN, 0, 2, 1),
            new(1, -1, 2, 3, 2),
            new(1, 0, 1, 4, 3),
            new(1, 0, 1, 5, 3),
        ];
        var e = Assert.Throws<StatisticsInputException>(() => OrderedSummaryMeasures.FromSurvey(SummaryMeasure.SlopeIndexOfInequality, records, Favourable));
        Assert.Equal(
        [
            (1, "observations.Outcome"),
            (1, "observations.Weight"),
            (2, "observations.Outcome"),
            (null, "observations.Order"),
            (null, "observations.Psu"),
        ], e.Problems.Select(p => (p.Index, p.Argument)));
        Assert.Contains("stratum 2", e.Problems[^1].Value, StringComparison.Ordinal);

        SurveyObservation[] allZero = [new(1, 0, 1, 1, 1), new(2, 0, 1, 2, 1), new(1, 0, 2, 3, 1), new(2, 0, 1, 4, 1)];
        AssertNotAvailable(OrderedSummaryMeasures.FromSurvey(SummaryMeasure.RelativeIndexOfInequality, allZero, Favourable), EstimateStatus.Undefined);
        AssertNotAvailable(OrderedSummaryMeasures.FromSurvey(SummaryMeasure.RelativeConcentrationIndex, allZero, Favourable), EstimateStatus.ZeroDenominator);
    }

    private static void AssertNotAvailable(SummaryMeasureEstimate result, EstimateStatus status)
    {
        Assert.Equal(status, result.Status);
        Assert.Null(result.Estimate);
        Assert.Null(result.StandardError);
        Assert.Null(result.Lower);
        Assert.Null(result.Upper);
    }
}
