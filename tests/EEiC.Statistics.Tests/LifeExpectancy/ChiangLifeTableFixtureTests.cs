using System.Globalization;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.LifeExpectancy;
using EEiC.Statistics.Validation;

namespace EEiC.Statistics.Tests.LifeExpectancy;

/// <summary>
/// Life expectancy against reference numbers: the PHEindicatormethods test data (from the PHE Life Expectancy
/// Calculator) and an independent Python re-implementation of the published formulae (tests/fixtures/lifeexpectancy).
/// </summary>
public sealed class ChiangLifeTableFixtureTests
{
    private static readonly ConfidenceLevel[] Levels95 = [ConfidenceLevel.Percent95];

    /// <summary>
    /// PHEindicatormethods' <c>answer1</c> (its df1): values to the printed 10 significant digits. Its limits were
    /// made with z = 1.96 (the PHE calculator), so value ± 1.96·SE must match them to the printed digits, and our
    /// own 95% limits (z = 1.959964…) must match them to 4 decimals, the precision the package's test uses.
    /// </summary>
    [Fact]
    public void Phe_example_matches_the_package_test_data_in_every_row()
    {
        var table = FixtureTable.Load("pheindicatormethods/life_expectancy__testdata_df1.csv");
        var deaths = table.Rows.Select(r => r.Required("deaths")).ToArray();
        var population = table.Rows.Select(r => r.Required("pops")).ToArray();
        var ages = table.Rows.Select(r => (int)r.Required("startage")).ToArray();

        var results = ChiangLifeTable.Estimate(deaths, population, LifeTableAgeBands.Standard, Levels95, ages);

        Assert.Equal(20, results.Count);
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            var result = results[i];
            var what = $"age {ages[i]}";
            var estimate = result.Estimates[0];
            Assert.Equal(LifeExpectancySuppression.None, result.Suppression);
            Assert.Equal(EstimateStatus.Ok, estimate.Status);
            Assert.Equal(EstimationMethod.ChiangII, estimate.Method);
            Assert.Equal(ages[i], result.Age);
            Printed(row.Text("value")!, estimate.Value!.Value, what + " value");
            var se = result.StandardError!.Value;
            Printed(row.Text("lowercl")!, estimate.Value.Value - 1.96 * se, what + " value − 1.96·SE");
            Printed(row.Text("uppercl")!, estimate.Value.Value + 1.96 * se, what + " value + 1.96·SE");
            Assert.Equal(Math.Round(row.Required("lowercl"), 4), Math.Round(estimate.Lower!.Value, 4));
            Assert.Equal(Math.Round(row.Required("uppercl"), 4), Math.Round(estimate.Upper!.Value, 4));
            Assert.Equal(row.Required("pops_used"), result.Population);
            Assert.Equal(row.Required("dths_used"), result.Deaths);
        }
    }

    /// <summary>
    /// PHEindicatormethods' <c>answer_widecis</c>: Area 1 has more deaths than people aged 90+ (no values); Area 2's
    /// values from age 40 are suppressed for a 95% interval wider than 20 years, their limits kept. The printed
    /// limits were made with z = 1.959964 (8 decimals).
    /// </summary>
    [Fact]
    public void Wide_interval_example_matches_the_package_test_data_in_every_row()
    {
        var table = FixtureTable.Load("pheindicatormethods/life_expectancy__testdata_widecis.csv");
        foreach (var area in table.Rows.GroupBy(r => r.Text("area")!))
        {
            var rows = area.ToArray();
            var ages = rows.Select(r => (int)r.Required("startage")).ToArray();
            var results = ChiangLifeTable.Estimate(
                rows.Select(r => r.Required("deaths")).ToArray(),
                rows.Select(r => r.Required("pops")).ToArray(),
                LifeTableAgeBands.Standard,
                ConfidenceLevel.Standard,
                ages);
            for (var i = 0; i < rows.Length; i++)
            {
                var what = $"{area.Key} age {ages[i]}";
                var result = results[i];
                var e95 = result.Estimates[0];
                Assert.Equal(rows[i].Text("value"), e95.Value is null ? null : rows[i].Text("value"));
                if (rows[i].Text("lower95_0cl") is null)
                {
                    Assert.Equal(LifeExpectancySuppression.DeathsExceedPopulation, result.Suppression);
                    Assert.Equal(EstimateStatus.Undefined, e95.Status);
                    Assert.Null(e95.Lower);
                    Assert.Null(e95.Upper);
                    Assert.Null(result.StandardError);
                    continue;
                }

                var se = result.StandardError!.Value;
                if (rows[i].Text("value") is { } printedValue)
                {
                    Assert.Equal(LifeExpectancySuppression.None, result.Suppression);
                    Printed(printedValue, e95.Value!.Value, what + " value");
                }
                else
                {
                    Assert.Equal(LifeExpectancySuppression.WideInterval, result.Suppression);
                    Assert.Equal(EstimateStatus.SmallCount, e95.Status);
                    Assert.True(1.959964 * se > 10, what);
                }

                var centre = (e95.Lower!.Value + e95.Upper!.Value) / 2;
                Printed(rows[i].Text("lower95_0cl")!, centre - 1.959964 * se, what + " value − 1.959964·SE");
                Printed(rows[i].Text("upper95_0cl")!, centre + 1.959964 * se, what + " value + 1.959964·SE");
                Assert.Equal(Math.Round(rows[i].Required("lower95_0cl"), 4), Math.Round(e95.Lower.Value, 4));
                Assert.Equal(Math.Round(rows[i].Required("upper95_0cl"), 4), Math.Round(e95.Upper.Value, 4));
                Assert.Equal(result.Suppression == LifeExpectancySuppression.None, result.Estimates[1].HasValue);
                Assert.NotNull(result.Estimates[1].Lower);
            }
        }
    }

    /// <summary>
    /// PHEindicatormethods' suppression cases: a zero population, deaths above population and a total population
    /// under 5,000 give no value at any age; negative deaths (suppressed to NA by the package) are rejected as bad
    /// input here.
    /// </summary>
    [Fact]
    public void Package_suppression_cases_give_no_value_or_a_clear_error()
    {
        var table = FixtureTable.Load("pheindicatormethods/life_expectancy__testdata_suppression.csv");
        var expected = new Dictionary<string, LifeExpectancySuppression>
        {
            ["df_zero_pop"] = LifeExpectancySuppression.ZeroPopulationInBand,
            ["df_deaths_greater_pops"] = LifeExpectancySuppression.DeathsExceedPopulation,
            ["df_low_pops"] = LifeExpectancySuppression.SmallPopulation,
        };
        foreach (var group in table.Rows.GroupBy(r => r.Text("case")!))
        {
            Assert.All(group, r => Assert.Equal("all NA", r.Text("expected")));
            var deaths = group.Select(r => r.Required("deaths")).ToArray();
            var population = group.Select(r => r.Required("pop")).ToArray();
            var ages = group.Select(r => (int)r.Required("age")).ToArray();
            if (group.Key == "df_neg_deaths")
            {
                var error = Assert.Throws<StatisticsInputException>(() =>
                    ChiangLifeTable.Estimate(deaths, population, LifeTableAgeBands.Standard, Levels95, ages));
                var problem = Assert.Single(error.Problems);
                Assert.Equal("deaths", problem.Argument);
                Assert.Equal(3, problem.Index);
                Assert.Contains("10-14", problem.Rule, StringComparison.Ordinal);
                continue;
            }

            var results = ChiangLifeTable.Estimate(deaths, population, LifeTableAgeBands.Standard, ConfidenceLevel.Standard, ages);
            Assert.All(results, r =>
            {
                Assert.Equal(expected[group.Key], r.Suppression);
                Assert.All(r.Estimates, e => Assert.True(e.Value is null && e.Lower is null && e.Upper is null, group.Key));
            });
        }
    }

    /// <summary>The package's check that 99.8% limits alone equal the 99.8% limits of the pair.</summary>
    [Fact]
    public void Limits_at_one_level_do_not_depend_on_the_other_levels_requested()
    {
        var table = FixtureTable.Load("pheindicatormethods/life_expectancy__testdata_df1.csv");
        var deaths = table.Rows.Select(r => r.Required("deaths")).ToArray();
        var population = table.Rows.Select(r => r.Required("pops")).ToArray();
        int[] ages = [.. LifeTableAgeBands.Standard.StartAges];
        var alone = ChiangLifeTable.Estimate(deaths, population, LifeTableAgeBands.Standard, [ConfidenceLevel.Percent99Point8], ages);
        var pair = ChiangLifeTable.Estimate(deaths, population, LifeTableAgeBands.Standard, ConfidenceLevel.Standard, ages);
        for (var i = 0; i < ages.Length; i++)
        {
            Assert.Equal(alone[i].Estimates[0], pair[i].Estimates[1]);
        }
    }

    /// <summary>Every row of the independent Python re-implementation (both layouts, three levels, every age), through the scalar method.</summary>
    [Fact]
    public void Independent_reference_matches_in_every_row()
    {
        var rows = 0;
        foreach (var area in IndependentAreas())
        {
            var results = ChiangLifeTable.Estimate(area.Deaths, area.Population, area.Bands, IndependentLevels, area.Bands.StartAges);
            foreach (var expected in area.Expected)
            {
                var result = results[area.Bands.IndexOf(expected.Age)];
                var level = Array.FindIndex(IndependentLevels, l => l.Value == expected.Level);
                Compare(expected, result.Suppression, result.Estimates[level], result.StandardError, result.Deaths, result.Population, area.Name);
                rows++;
            }
        }

        Assert.Equal(3702, rows);
    }

    /// <summary>The same rows through the batch method: all areas of a layout in one call, every age, three levels.</summary>
    [Fact]
    public void Independent_reference_matches_in_every_row_in_one_batch_per_layout()
    {
        var rows = 0;
        foreach (var layout in IndependentAreas().GroupBy(a => a.Bands))
        {
            var areas = layout.ToArray();
            var bands = layout.Key;
            var ages = bands.StartAges.ToArray();
            var deaths = areas.SelectMany(a => a.Deaths).ToArray();
            var population = areas.SelectMany(a => a.Population).ToArray();
            var destination = new IntervalEstimate[areas.Length * ages.Length * IndependentLevels.Length];
            var suppressions = new LifeExpectancySuppression[areas.Length * ages.Length];

            ChiangLifeTable.Estimate(deaths, population, bands, IndependentLevels, ages, destination, suppressions);

            for (var g = 0; g < areas.Length; g++)
            {
                foreach (var expected in areas[g].Expected)
                {
                    var a = bands.IndexOf(expected.Age);
                    var l = Array.FindIndex(IndependentLevels, x => x.Value == expected.Level);
                    var estimate = destination[(g * ages.Length + a) * IndependentLevels.Length + l];
                    double? se = estimate.Lower is { } lo && estimate.Upper is { } hi ? (hi - lo) / (2 * estimate.Level.Z) : null;
                    Compare(expected, suppressions[g * ages.Length + a], estimate, se, expected.DeathsUsed, expected.PopulationUsed, areas[g].Name);
                    rows++;
                }
            }
        }

        Assert.Equal(3702, rows);
    }

    private static readonly ConfidenceLevel[] IndependentLevels = [ConfidenceLevel.Percent95, ConfidenceLevel.Percent99Point8, new(0.9)];

    private static void Compare(
        ExpectedRow expected, LifeExpectancySuppression suppression, IntervalEstimate estimate, double? se, double deaths, double population, string area)
    {
        var what = $"{area} age {expected.Age} level {expected.Level}";
        Assert.True(expected.Suppression == suppression.ToString(), $"{what}: expected {expected.Suppression}, got {suppression}");
        Near(expected.Value, estimate.Value, what + " value");
        Near(expected.Lower, estimate.Lower, what + " lower");
        Near(expected.Upper, estimate.Upper, what + " upper");
        Near(expected.StandardError, se, what + " SE");
        Assert.Equal(expected.DeathsUsed, deaths, 9);
        Assert.Equal(expected.PopulationUsed, population, 9);
        Assert.Equal(EstimationMethod.ChiangII, estimate.Method);
        Assert.Equal(expected.Level, estimate.Level.Value);
    }

    /// <summary>Within 1e-10 of the reference, relative to max(1, |reference|) (limits may be near 0), or both absent.</summary>
    private static void Near(double? expected, double? actual, string what)
    {
        Assert.True(expected is null == actual is null, $"{what}: expected {expected?.ToString("R", CultureInfo.InvariantCulture) ?? "NA"}, got {actual?.ToString("R", CultureInfo.InvariantCulture) ?? "NA"}");
        if (expected is { } x && actual is { } y)
        {
            Assert.True(Math.Abs(x - y) <= 1e-10 * Math.Max(1, Math.Abs(x)), $"{what}: expected {x:R}, got {y:R}");
        }
    }

    /// <summary>Asserts a number equals a printed reference to within half a unit of its last printed decimal.</summary>
    private static void Printed(string printed, double actual, string what)
    {
        var expected = double.Parse(printed, CultureInfo.InvariantCulture);
        var dot = printed.IndexOf('.', StringComparison.Ordinal);
        var decimals = dot < 0 ? 0 : printed.Length - dot - 1;
        var tolerance = 0.5 * Math.Pow(10, -decimals) + 1e-12;
        Assert.True(Math.Abs(actual - expected) <= tolerance, $"{what}: printed {printed}, got {actual:R} (tolerance {tolerance:G3})");
    }

    private sealed record ExpectedRow(
        int Age, double Level, double? Value, double? Lower, double? Upper, double? StandardError, double DeathsUsed, double PopulationUsed, string Suppression);

    private sealed record IndependentArea(string Name, LifeTableAgeBands Bands, double[] Deaths, double[] Population, ExpectedRow[] Expected);

    private static IEnumerable<IndependentArea> IndependentAreas()
    {
        var inputs = FixtureTable.Load("lifeexpectancy/inputs.csv").Rows;
        var expected = FixtureTable.Load("lifeexpectancy/expected.csv").Rows
            .ToLookup(r => (r.Text("case"), r.Text("layout"), r.Text("area")));
        foreach (var area in inputs.GroupBy(r => (r.Text("case"), r.Text("layout"), r.Text("area"))))
        {
            var bands = area.Key.Item2 == "Standard" ? LifeTableAgeBands.Standard : LifeTableAgeBands.FiveYear;
            var rows = area.ToArray();
            Assert.Equal(bands.StartAges, rows.Select(r => (int)r.Required("band_start")));
            yield return new IndependentArea(
                $"{area.Key.Item1}/{area.Key.Item2}/{area.Key.Item3}",
                bands,
                rows.Select(r => r.Required("deaths")).ToArray(),
                rows.Select(r => r.Required("population")).ToArray(),
                expected[area.Key].Select(r => new ExpectedRow(
                    (int)r.Required("age"), r.Required("level"), r.Number("value"), r.Number("lower"), r.Number("upper"),
                    r.Number("se"), r.Required("deaths_used"), r.Required("population_used"), r.Text("suppression")!)).ToArray());
        }
    }
}
