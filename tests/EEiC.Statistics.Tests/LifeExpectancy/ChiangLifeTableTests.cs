using EEiC.Datasets;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.LifeExpectancy;
using EEiC.Statistics.Validation;

namespace EEiC.Statistics.Tests.LifeExpectancy;

/// <summary>Behaviour of the life expectancy API: layouts, start ages, suppression, the dataset overload and bad input.</summary>
public sealed class ChiangLifeTableTests
{
    // PHEindicatormethods' example area (df1).
    internal static readonly double[] Population =
        [7060, 35059, 46974, 48489, 43219, 38561, 46009, 57208, 61435, 55601, 50209, 56416, 46411, 39820, 37978, 37039, 33288, 23306, 11936, 11936];

    internal static readonly double[] Deaths =
        [17, 9, 4, 8, 20, 15, 24, 33, 50, 71, 100, 163, 263, 304, 536, 872, 1390, 1605, 1936, 1937];

    [Fact]
    public void Layouts_have_the_published_bands()
    {
        Assert.Equal(20, LifeTableAgeBands.Standard.Count);
        Assert.Equal(["0", "1-4", "5-9", "10-14"], LifeTableAgeBands.Standard.Labels.Take(4));
        Assert.Equal("85-89", LifeTableAgeBands.Standard.Labels[18]);
        Assert.Equal("90+", LifeTableAgeBands.Standard.Labels[19]);
        Assert.Equal(19, LifeTableAgeBands.FiveYear.Count);
        Assert.Equal(["0-4", "5-9"], LifeTableAgeBands.FiveYear.Labels.Take(2));
        Assert.Equal(90, LifeTableAgeBands.FiveYear.OpenBandStart);
        Assert.Equal(2, LifeTableAgeBands.Standard.IndexOf(5));
        Assert.Equal(-1, LifeTableAgeBands.Standard.IndexOf(4));
        Assert.NotEqual(LifeTableAgeBands.Standard, LifeTableAgeBands.FiveYear);
        Assert.StartsWith("Standard (0, 1-4, 5-9", LifeTableAgeBands.Standard.ToString(), StringComparison.Ordinal);
        Assert.False(LifeTableAgeBands.Standard.StartAges is int[], "the shared layout must not expose a mutable array");
        Assert.False(LifeTableAgeBands.Standard.Labels is string[], "the shared layout must not expose a mutable array");
    }

    [Fact]
    public void Without_start_ages_gives_life_expectancy_at_birth_only()
    {
        var result = Assert.Single(ChiangLifeTable.Estimate(Deaths, Population, LifeTableAgeBands.Standard, ConfidenceLevel.Standard));
        Assert.Equal(0, result.Age);
        Assert.Equal(80.16960813, result.Estimates[0].Value!.Value, 8);
        Assert.Equal(2, result.Estimates.Count);
        Assert.Equal(ConfidenceLevel.Percent99Point8, result.Estimates[1].Level);
        Assert.True(result.Estimates[1].Lower < result.Estimates[0].Lower);
    }

    [Fact]
    public void Start_ages_are_returned_in_the_order_requested()
    {
        var results = ChiangLifeTable.Estimate(Deaths, Population, LifeTableAgeBands.Standard, [ConfidenceLevel.Percent95], [65, 5, 25]);
        Assert.Equal([65, 5, 25], results.Select(r => r.Age));
        Assert.Equal(18.76856852, results[0].Estimates[0].Value!.Value, 8);
        Assert.Equal(75.44193645, results[1].Estimates[0].Value!.Value, 8);
        Assert.Equal(55.78835987, results[2].Estimates[0].Value!.Value, 8);
    }

    [Fact]
    public void Total_population_of_exactly_5000_is_suppressed_and_5001_is_not()
    {
        double[] deaths = [1, 0, 0, 0, 0, 1, 0, 1, 1, 1, 2, 2, 3, 4, 6, 9, 14, 22, 35, 60];
        var at5000 = Enumerable.Repeat(250.0, 20).ToArray();
        var at5001 = at5000.ToArray();
        at5001[19] = 251;
        var suppressed = ChiangLifeTable.Estimate(deaths, at5000, LifeTableAgeBands.Standard, [ConfidenceLevel.Percent95])[0];
        var produced = ChiangLifeTable.Estimate(deaths, at5001, LifeTableAgeBands.Standard, [ConfidenceLevel.Percent95])[0];
        Assert.Equal(LifeExpectancySuppression.SmallPopulation, suppressed.Suppression);
        Assert.Equal(EstimateStatus.SmallCount, suppressed.Estimates[0].Status);
        Assert.Null(suppressed.StandardError);
        Assert.Equal(5000, suppressed.Population);
        Assert.Equal(LifeExpectancySuppression.None, produced.Suppression);
        Assert.True(produced.Estimates[0].HasValue);
    }

    [Fact]
    public void No_deaths_in_the_open_band_gives_no_value_at_any_age()
    {
        var deaths = Deaths.ToArray();
        deaths[19] = 0;
        var results = ChiangLifeTable.Estimate(deaths, Population, LifeTableAgeBands.Standard, [ConfidenceLevel.Percent95], [0, 90]);
        Assert.All(results, r =>
        {
            Assert.Equal(LifeExpectancySuppression.NoDeathsInOpenBand, r.Suppression);
            Assert.Equal(EstimateStatus.Undefined, r.Estimates[0].Status);
            Assert.False(r.Estimates[0].HasValue);
        });
    }

    [Fact]
    public void Nobody_surviving_to_an_age_leaves_it_undefined_and_earlier_ages_defined()
    {
        var deaths = Deaths.ToArray();
        deaths[18] = 5000; // more than 0.4 × 11,936 at 85-89: probability of dying 1
        var results = ChiangLifeTable.Estimate(deaths, Population, LifeTableAgeBands.Standard, [ConfidenceLevel.Percent95], [85, 90]);
        Assert.Equal(LifeExpectancySuppression.None, results[0].Suppression);
        Assert.Equal(2.5, results[0].Estimates[0].Value!.Value, 12); // everyone dies, half-way through the band on average
        Assert.Equal(LifeExpectancySuppression.NoSurvivors, results[1].Suppression);
        Assert.Equal(EstimateStatus.Undefined, results[1].Estimates[0].Status);
        Assert.Null(results[1].StandardError);
    }

    [Fact]
    public void Wide_interval_keeps_limits_and_drops_the_value()
    {
        double[] population = [270, 235, 246, 248, 243, 238, 246, 257, 261, 355, 350, 356, 346, 339, 337, 337, 333, 323, 311, 311];
        double[] deaths = [17, 9, 4, 8, 20, 15, 24, 33, 50, 51, 10, 16, 26, 30, 36, 22, 13, 5, 6, 1];
        var result = ChiangLifeTable.Estimate(deaths, population, LifeTableAgeBands.Standard, [ConfidenceLevel.Percent95], [60])[0];
        Assert.Equal(LifeExpectancySuppression.WideInterval, result.Suppression);
        var estimate = result.Estimates[0];
        Assert.Equal(EstimateStatus.SmallCount, estimate.Status);
        Assert.Null(estimate.Value);
        Assert.True(estimate.Upper - estimate.Lower > 20);
        Assert.NotNull(result.StandardError);
    }

    [Theory]
    [InlineData(0.90, true)]
    [InlineData(0.95, false)]
    public void Value_is_suppressed_exactly_when_the_95_percent_half_width_exceeds_10_years(double factor, bool suppressed)
    {
        // The package's wide-interval area, scaled: its standard error at 35 scales by 1/sqrt(factor) across 10 years.
        double[] population = [270, 235, 246, 248, 243, 238, 246, 257, 261, 355, 350, 356, 346, 339, 337, 337, 333, 323, 311, 311];
        double[] deaths = [17, 9, 4, 8, 20, 15, 24, 33, 50, 51, 10, 16, 26, 30, 36, 22, 13, 5, 6, 1];
        var result = ChiangLifeTable.Estimate(
            deaths.Select(d => d * factor).ToArray(), population.Select(p => p * factor).ToArray(),
            LifeTableAgeBands.Standard, [ConfidenceLevel.Percent99Point8], [35])[0];
        var halfWidth95 = ConfidenceLevel.Percent95.Z * result.StandardError!.Value;
        Assert.InRange(halfWidth95, 9.5, 10.5);
        Assert.Equal(suppressed, halfWidth95 > 10);
        Assert.Equal(suppressed ? LifeExpectancySuppression.WideInterval : LifeExpectancySuppression.None, result.Suppression);
        Assert.Equal(!suppressed, result.Estimates[0].HasValue);
        Assert.NotNull(result.Estimates[0].Lower);
    }

    [Fact]
    public void Batch_writes_group_major_and_matches_scalar()
    {
        var second = Deaths.Select(d => d * 1.3).ToArray();
        var small = Enumerable.Repeat(100.0, 20).ToArray();
        double[] deaths = [.. Deaths, .. second, .. Enumerable.Repeat(1.0, 20)];
        double[] population = [.. Population, .. Population, .. small];
        int[] ages = [0, 65];
        ConfidenceLevel[] levels = [ConfidenceLevel.Percent95, ConfidenceLevel.Percent99Point8];
        var destination = new IntervalEstimate[3 * 2 * 2];
        var suppressions = new LifeExpectancySuppression[3 * 2];

        ChiangLifeTable.Estimate(deaths, population, LifeTableAgeBands.Standard, levels, ages, destination, suppressions);

        for (var g = 0; g < 2; g++)
        {
            var scalar = ChiangLifeTable.Estimate(deaths.AsSpan(g * 20, 20), Population, LifeTableAgeBands.Standard, levels, ages);
            for (var a = 0; a < 2; a++)
            {
                for (var l = 0; l < 2; l++)
                {
                    Assert.Equal(scalar[a].Estimates[l], destination[(g * 2 + a) * 2 + l]);
                }
            }
        }

        Assert.All(suppressions.Take(4), s => Assert.Equal(LifeExpectancySuppression.None, s));
        Assert.All(suppressions.Skip(4), s => Assert.Equal(LifeExpectancySuppression.SmallPopulation, s));
        Assert.All(destination.Skip(8), e => Assert.Equal(EstimateStatus.SmallCount, e.Status));
        Assert.True(destination[4].Value < destination[0].Value); // higher death rates in area 1: lower LE at birth
        Assert.True(destination[6].Value < destination[2].Value); // and at 65
    }

    [Fact]
    public void Batch_with_empty_start_ages_gives_birth_and_allocates_nothing()
    {
        var areas = 50;
        var deaths = Enumerable.Range(0, areas).SelectMany(_ => Deaths).ToArray();
        var population = Enumerable.Range(0, areas).SelectMany(_ => Population).ToArray();
        ConfidenceLevel[] levels = [ConfidenceLevel.Percent95, ConfidenceLevel.Percent99Point8];
        var destination = new IntervalEstimate[areas * levels.Length];
        var suppressions = new LifeExpectancySuppression[areas];
        ChiangLifeTable.Estimate(deaths, population, LifeTableAgeBands.Standard, levels, [], destination, suppressions);

        var before = GC.GetAllocatedBytesForCurrentThread();
        ChiangLifeTable.Estimate(deaths, population, LifeTableAgeBands.Standard, levels, [], destination, suppressions);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.All(Enumerable.Range(0, areas), g => Assert.Equal(80.16960813, destination[g * 2].Value!.Value, 8));
    }

    [Fact]
    public void Batch_of_zero_areas_does_nothing()
    {
        ChiangLifeTable.Estimate([], [], LifeTableAgeBands.FiveYear, [ConfidenceLevel.Percent95], [0], Span<IntervalEstimate>.Empty);
    }

    [Fact]
    public void Batch_reports_every_bad_area_and_argument()
    {
        var deaths = Deaths.Concat(Deaths).Concat(Deaths).ToArray();
        var population = Population.Concat(Population).Concat(Population).ToArray();
        deaths[20 + 3] = -1;
        population[40 + 19] = double.NaN;
        deaths[40 + 0] = double.PositiveInfinity;

        var error = Assert.Throws<StatisticsInputException>(() => ChiangLifeTable.Estimate(
            deaths, population, LifeTableAgeBands.Standard, [], [0, 4], new IntervalEstimate[1], new LifeExpectancySuppression[1]));

        var problems = error.Problems.Select(p => (p.Argument, p.Index)).ToArray();
        Assert.Contains(("levels", (int?)null), problems);
        Assert.Contains(("startAges", (int?)1), problems);
        Assert.Contains(("suppressions", (int?)null), problems);
        Assert.Contains(("deaths", (int?)1), problems);
        Assert.Contains(("deaths", (int?)2), problems);
        Assert.Contains(("population", (int?)2), problems);
        Assert.Equal(6, problems.Length);
        Assert.Contains("age band 10-14", error.Message, StringComparison.Ordinal);
        Assert.Contains("age band 90+", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<ArgumentException>(error);
    }

    [Fact]
    public void Batch_rejects_lengths_that_are_not_whole_areas_or_differ()
    {
        var error = Assert.Throws<StatisticsInputException>(() => ChiangLifeTable.Estimate(
            new double[39], new double[40], LifeTableAgeBands.Standard, [ConfidenceLevel.Percent95], [0], new IntervalEstimate[2]));
        Assert.Contains(error.Problems, p => p.Argument == "population" && p.Rule.Contains("length must equal", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Argument == "deaths" && p.Rule.Contains("whole number", StringComparison.Ordinal));

        var shortDestination = Assert.Throws<StatisticsInputException>(() => ChiangLifeTable.Estimate(
            new double[40], new double[40], LifeTableAgeBands.Standard, ConfidenceLevel.Standard.ToArray(), [0, 65], new IntervalEstimate[7]));
        var problem = Assert.Single(shortDestination.Problems);
        Assert.Equal("destination", problem.Argument);
        Assert.Contains("at least 8", problem.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Scalar_rejects_the_wrong_number_of_bands()
    {
        var error = Assert.Throws<StatisticsInputException>(() => ChiangLifeTable.Estimate(
            Deaths.AsSpan(0, 19), Population, LifeTableAgeBands.Standard, ConfidenceLevel.Standard));
        var problem = Assert.Single(error.Problems);
        Assert.Equal("deaths", problem.Argument);
        Assert.Contains("(20)", problem.Rule, StringComparison.Ordinal);

        var fiveYear = Assert.Throws<StatisticsInputException>(() => ChiangLifeTable.Estimate(
            Deaths, Population, LifeTableAgeBands.FiveYear, ConfidenceLevel.Standard, [1]));
        Assert.Equal(3, fiveYear.Problems.Count); // two lengths and start age 1
    }

    [Fact]
    public void Dataset_groups_rows_by_strata_reads_labels_in_any_order_and_matches_scalar()
    {
        string[] labels =
        [
            "0", "1-4", "5-9", "10 – 14", "15 – 19", "20 – 24", "25 – 29", "30 – 34", "35 – 39", "40 – 44", "45 – 49",
            "50 – 54", "55 – 59", "60 – 64", "65 – 69", "70 – 74", "75 – 79", "80 – 84", "85 – 89", "90 +",
        ];
        var rows = new List<StratifiedRow>();
        for (var b = 19; b >= 0; b--)
        {
            rows.Add(new StratifiedRow("A", AgeBand: labels[b], Sex: "Female", Area: "E1", Numerator: Deaths[b], Denominator: Population[b]));
            rows.Add(new StratifiedRow("A", AgeBand: labels[b], Sex: "Male", Area: "E1", Numerator: Deaths[b] * 1.2, Denominator: Population[b]));
        }

        var dataset = new StratifiedDataset(GroupDimension.Other("test"), DatasetMeasure.Rate, rows);
        var results = ChiangLifeTable.Estimate(dataset, LifeTableAgeBands.Standard, ConfidenceLevel.Standard, [0, 65]);

        Assert.Equal(4, results.Count);
        Assert.Equal(["Female", "Female", "Male", "Male"], results.Select(r => r.Row.Sex));
        Assert.Equal(["0+", "65+", "0+", "65+"], results.Select(r => r.Row.AgeBand));
        Assert.Equal(9357, results[0].Row.Numerator);
        Assert.Equal(787954, results[0].Row.Denominator);
        Assert.Equal(8276, results[1].Row.Numerator);
        Assert.Equal(155483, results[1].Row.Denominator);
        var female = ChiangLifeTable.Estimate(Deaths, Population, LifeTableAgeBands.Standard, ConfidenceLevel.Standard, [0, 65]);
        var male = ChiangLifeTable.Estimate(Deaths.Select(d => d * 1.2).ToArray(), Population, LifeTableAgeBands.Standard, ConfidenceLevel.Standard, [0, 65]);
        Assert.Equal(female[0].Estimates, results[0].Estimates);
        Assert.Equal(female[1].Estimates, results[1].Estimates);
        Assert.Equal(male[0].Estimates, results[2].Estimates);
        Assert.Equal(male[1].Estimates, results[3].Estimates);
    }

    [Fact]
    public void Dataset_accepts_the_five_year_layout_and_an_under_one_label()
    {
        var rows = LifeTableAgeBands.FiveYear.Labels
            .Select((label, b) => new StratifiedRow("B", AgeBand: label, Numerator: b == 0 ? 26 : Deaths[b + 1], Denominator: b == 0 ? 42119 : Population[b + 1]))
            .ToList();
        var dataset = new StratifiedDataset(GroupDimension.Other("test"), DatasetMeasure.Rate, rows);
        var result = Assert.Single(ChiangLifeTable.Estimate(dataset, LifeTableAgeBands.FiveYear, [ConfidenceLevel.Percent95]));
        Assert.Equal(80.19587972632301, result.Estimates[0].Value!.Value, 9);

        var standard = LifeTableAgeBands.Standard.Labels.Select((label, b) => new StratifiedRow(
            "C", AgeBand: b == 0 ? "<1" : label, Numerator: Deaths[b], Denominator: Population[b])).ToList();
        var fromUnderOne = ChiangLifeTable.Estimate(
            new StratifiedDataset(GroupDimension.Other("test"), DatasetMeasure.Rate, standard), LifeTableAgeBands.Standard, [ConfidenceLevel.Percent95]);
        Assert.Equal(80.16960813, fromUnderOne[0].Estimates[0].Value!.Value, 8);
    }

    [Fact]
    public void Dataset_reports_every_bad_row_and_group()
    {
        var rows = new List<StratifiedRow>();
        for (var b = 0; b < 20; b++)
        {
            var label = LifeTableAgeBands.Standard.Labels[b];
            if (b != 7)
            {
                rows.Add(new StratifiedRow("Missing30", AgeBand: label, Numerator: Deaths[b], Denominator: Population[b]));
            }

            rows.Add(new StratifiedRow("Bad", AgeBand: b == 3 ? "teens" : label, Numerator: b == 5 ? null : Deaths[b], Denominator: b == 6 ? -1 : Population[b]));
        }

        rows.Add(new StratifiedRow("Bad", AgeBand: "90+", Numerator: 1, Denominator: 10));
        var dataset = new StratifiedDataset(GroupDimension.Other("test"), DatasetMeasure.Proportion, rows);

        var error = Assert.Throws<StatisticsInputException>(() => ChiangLifeTable.Estimate(dataset, LifeTableAgeBands.Standard, ConfidenceLevel.Standard));

        var problems = error.Problems;
        Assert.Contains(problems, p => p.Argument == "dataset" && p.Value == "Proportion");
        Assert.Contains(problems, p => p is { Group: "Missing30", Argument: "AgeBand", Value: "30-34" });
        Assert.Contains(problems, p => p is { Group: "Bad", Argument: "AgeBand", Value: "teens" });
        Assert.Contains(problems, p => p is { Group: "Bad", Argument: "AgeBand" } && p.Rule.Contains("repeated", StringComparison.Ordinal));
        Assert.Contains(problems, p => p is { Group: "Bad", Argument: "AgeBand", Value: "10-14" } && p.Rule.Contains("missing", StringComparison.Ordinal));
        Assert.Contains(problems, p => p is { Group: "Bad", Argument: "Numerator", Value: "(none)" });
        Assert.Contains(problems, p => p is { Group: "Bad", Argument: "Denominator", Value: "-1" });
        Assert.Equal(7, problems.Count);
    }
}
