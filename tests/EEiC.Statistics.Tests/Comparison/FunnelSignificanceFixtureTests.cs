using EEiC.Statistics.Comparison;

namespace EEiC.Statistics.Tests.Comparison;

/// <summary>
/// Every row of the funnel significance and funnel points fixtures of PHEindicatormethods 2.1.0
/// (<c>assign_funnel_significance</c>, <c>calculate_funnel_points</c>), upstream and <c>oracle_runs/</c>.
/// </summary>
public sealed class FunnelSignificanceFixtureTests
{
    [Theory]
    [InlineData("funnel__prop_inputs.csv")]
    [InlineData("oracle_runs/funnel_significance__proportion_oracle.csv")]
    public void Proportion_significance_of_every_area(string file)
    {
        var rows = FunnelFixtures.Load(file).Rows;
        var points = new FunnelPoint[rows.Count];
        FunnelPlot.ProportionPoints(FunnelFixtures.Column(rows, "numerator"), FunnelFixtures.Column(rows, "denominator"), 100, points);

        var failures = new FunnelFixtures.Failures(file);
        for (var i = 0; i < rows.Count; i++)
        {
            failures.Label(i, rows[i].Text("significance"), points[i].Significance);
            var x = rows[i].Required("numerator");
            var n = rows[i].Required("denominator");
            Assert.Equal(n, points[i].Denominator);
            Assert.Equal(x / n * 100, points[i].Value);
        }

        failures.AssertNone(303);
    }

    [Theory]
    [InlineData("funnel__ratio_inputs.csv")]
    [InlineData("oracle_runs/funnel_significance__ratio_oracle.csv")]
    public void Ratio_significance_of_every_area(string file)
    {
        var rows = FunnelFixtures.Load(file).Rows;
        var observed = FunnelFixtures.Column(rows, "obs");
        var expected = FunnelFixtures.Column(rows, "expected");
        var points = new FunnelPoint[rows.Count];
        FunnelPlot.RatioPoints(observed, expected, FunnelRatioType.IndirectlyStandardised, points);

        var failures = new FunnelFixtures.Failures(file);
        for (var i = 0; i < rows.Count; i++)
        {
            failures.Label(i, rows[i].Text("significance"), points[i].Significance);
            Assert.Equal(FunnelPlot.RatioSignificance(observed[i], expected[i]), points[i].Significance);
            Assert.Equal(observed[i] / expected[i] * 100, points[i].Value);
        }

        failures.AssertNone(300);
    }

    public static TheoryData<string, string, string, double, bool> RateScenarios()
    {
        var data = new TheoryData<string, string, string, double, bool>();
        foreach (var file in new[] { "funnel__rate_dsr_inputs.csv", "oracle_runs/funnel_significance__rate_oracle.csv" })
        {
            foreach (var type in new[] { "dsr", "crude" })
            {
                foreach (var per in new[] { "100000", "100" })
                {
                    foreach (var zeros in new[] { "with_0", "without_0" })
                    {
                        var rate = type == "dsr" ? "rate_dsr" : "rate_crude_per_" + per;
                        data.Add(file, $"{type}_per_{per}_{zeros}", rate, double.Parse(per, System.Globalization.CultureInfo.InvariantCulture), zeros == "with_0");
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RateScenarios))]
    public void Rate_significance_of_every_area(string file, string column, string rateColumn, double multiplier, bool withZero)
    {
        // As the package's tests: numerator = count, denominator = pop, rate = rate_dsr or the crude rate column; the
        // "without_0" scenarios first drop the areas with no events.
        var rows = FunnelFixtures.Load(file).Rows.Where(r => withZero || r.Required("count") != 0).ToArray();
        var events = FunnelFixtures.Column(rows, "count");
        var rates = rows.Select(r => r.Number(rateColumn) ?? double.NaN).ToArray();
        var populations = FunnelFixtures.Column(rows, "pop");
        var type = column.StartsWith("dsr", StringComparison.Ordinal) ? FunnelRateType.DirectlyStandardised : FunnelRateType.Crude;
        var points = new FunnelPoint[rows.Length];
        FunnelPlot.RatePoints(events, rates, populations, type, multiplier, 1, points);

        var failures = new FunnelFixtures.Failures($"{file} {column}");
        for (var i = 0; i < rows.Length; i++)
        {
            failures.Label(i, rows[i].Text(column), points[i].Significance);
        }

        failures.AssertNone(withZero ? 40 : 39);
    }

    [Fact]
    public void Rate_points_agree_with_the_exact_reference_output()
    {
        // oracle_runs: calculate_funnel_points(rate_type = "dsr", years_of_data = 3, multiplier = 1e5) on the 50 areas.
        var table = FunnelFixtures.Load("oracle_runs/funnel_points__rate_dsr_oracle.csv");
        var (events, rates, _) = FunnelInputs.Rates();
        var points = new FunnelPoint[events.Length];
        FunnelPlot.RatePoints(events, rates, FunnelRateType.DirectlyStandardised, 1e5, 3, points);

        var failures = new FunnelFixtures.Failures("funnel_points__rate_dsr_oracle");
        for (var i = 0; i < table.Rows.Count; i++)
        {
            Assert.Equal(events[i], table.Rows[i].Required("ev"));
            failures.Relative(table.Rows[i], i, "rate_chart", points[i].Value);
            failures.Relative(table.Rows[i], i, "denominator_derived", points[i].Denominator);
        }

        failures.AssertNone(100);
    }

    public static TheoryData<string> PointScenarios => ["dsr with fewer than 10 events", "crude", "crude with no events and denominators"];

    [Theory]
    [MemberData(nameof(PointScenarios))]
    public void Rate_points_agree_with_the_package_tests(string scenario)
    {
        var table = FunnelFixtures.Load("funnel__rate_input_funnels.csv");
        var (events, rates, populations) = FunnelInputs.Rates();
        var points = new FunnelPoint[events.Length];
        string rateColumn, denominatorColumn;
        switch (scenario)
        {
            case "dsr with fewer than 10 events":
                FunnelPlot.RatePoints(FunnelInputs.WithLargestReplaced(events, 5), rates, FunnelRateType.DirectlyStandardised, 1e5, 3, points);
                (rateColumn, denominatorColumn) = ("rate_chart", "denominator_derived");
                break;
            case "crude":
                FunnelPlot.RatePoints(events, rates, FunnelRateType.Crude, 1e5, 3, points);
                (rateColumn, denominatorColumn) = ("rate_chart_crude", "denominator_derived_crude");
                break;
            default:
                FunnelPlot.RatePoints(FunnelInputs.WithLargestReplaced(events, 0), rates, populations, FunnelRateType.Crude, 1e5, 5, points);
                (rateColumn, denominatorColumn) = ("rate_chart_crude_with_denom", "denominator_derived_crude_with_denom");
                break;
        }

        var failures = new FunnelFixtures.Failures(scenario);
        for (var i = 0; i < table.Rows.Count; i++)
        {
            failures.Printed(table.Rows[i], i, rateColumn, points[i].Value);
            failures.Printed(table.Rows[i], i, denominatorColumn, points[i].Denominator);
        }

        failures.AssertNone(100);
        if (scenario.StartsWith("dsr", StringComparison.Ordinal))
        {
            Assert.Equal(FunnelSignificance.NotApplicable, points[Array.IndexOf(events, events.Max())].Significance);
        }
    }
}
