using EEiC.Datasets;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Rates;
using static EEiC.Statistics.Tests.Rates.RatesFixtures;

namespace EEiC.Statistics.Tests.Rates;

/// <summary><c>phe_proportion</c> parity: every row of the upstream fixtures and of the oracle runs.</summary>
public sealed class ProportionFixtureTests
{
    private const string PropFile = "proportion__testdata_Prop.csv";
    private const string PropGroupedFile = "proportion__testdata_Prop_g.csv";
    private const string OracleFile = "oracle_runs/proportion__oracle.csv";
    private const string GroupedOracleFile = "oracle_runs/proportion__grouped_oracle.csv";

    public static TheoryData<int> PropRows() => RowsOf(PropFile);

    public static TheoryData<int> PropGroupedRows() => RowsOf(PropGroupedFile);

    public static TheoryData<int> OracleRows() => RowsOf(OracleFile);

    public static TheoryData<int> GroupedOracleRows() => RowsOf(GroupedOracleFile);

    [Fact]
    public void Fixtures_have_the_documented_number_of_rows()
    {
        Assert.Equal(19, Load(PropFile).Rows.Count);
        Assert.Equal(11, Load(PropGroupedFile).Rows.Count);
        Assert.Equal(38, Load(OracleFile).Rows.Count);
        Assert.Equal(8, Load(GroupedOracleFile).Rows.Count);
    }

    [Theory]
    [MemberData(nameof(PropRows))]
    public void Upstream_fixture_row_matches(int index)
    {
        var row = Load(PropFile).Rows[index];
        Assert.Equal("Wilson", row.Text("method"));
        CheckRow(row, row.Required("multiplier"), Fixture, $"{PropFile} row {index + 1} ({row.Text("Area")})");
    }

    [Theory]
    [MemberData(nameof(OracleRows))]
    public void Oracle_row_matches(int index)
    {
        var row = Load(OracleFile).Rows[index];
        Assert.Equal("95%, 99.8%", row.Text("confidence"));
        var multiplier = row.Text("statistic") switch
        {
            "proportion of 1" => 1.0,
            "percentage" => 100.0,
            var other => throw new InvalidOperationException($"unexpected statistic '{other}'"),
        };
        CheckRow(row, multiplier, Oracle, $"{OracleFile} row {index + 1} ({row.Text("Area")})");
    }

    [Theory]
    [MemberData(nameof(PropGroupedRows))]
    public void Upstream_grouped_fixture_row_matches_the_totals_per_group(int index)
    {
        // Prop_g is testdata_Prop grouped by Area: rows 1-8 and 9-16 hold the same counts (multipliers 1 and 100),
        // so each area sums two rows; the NA areas have one row each. A stratum tells the duplicated areas apart.
        var expected = Load(PropGroupedFile).Rows[index];
        var inputs = Load(PropFile).Rows.Select(r => new StratifiedRow(r.Text("Area")!,
            Period: "multiplier " + r.Text("multiplier"), Numerator: r.Number("Numerator"), Denominator: r.Number("Denominator"))).ToArray();
        var results = Proportions.Wilson(Dataset(DatasetMeasure.Proportion, inputs), Only95, expected.Required("multiplier"), totalPerGroup: true);

        Assert.Equal(11, results.Count);
        var result = Assert.Single(results, r => r.Row.Group == expected.Text("Area"));
        Assert.Null(result.Row.Period);
        Assert.Equal(expected.Number("Numerator"), result.Row.Numerator);
        Assert.Equal(expected.Number("Denominator"), result.Row.Denominator);
        Assert.Equal("95%", expected.Text("confidence"));
        Matches(expected, result.Estimates, Fixture, $"{PropGroupedFile} row {index + 1}", "value", SingleColumns);
        Assert.All(result.Estimates, e => Assert.Equal(EstimationMethod.Wilson, e.Method));
    }

    [Theory]
    [MemberData(nameof(GroupedOracleRows))]
    public void Grouped_oracle_row_matches(int index)
    {
        var expected = Load(GroupedOracleFile).Rows[index];
        var inputs = Load(PropFile).Rows.Take(8).Select(r => new StratifiedRow(r.Text("Area")!,
            Numerator: r.Number("Numerator"), Denominator: r.Number("Denominator"))).ToArray();
        var results = Proportions.Wilson(Dataset(DatasetMeasure.Proportion, inputs), Only95, totalPerGroup: true);

        var result = Assert.Single(results, r => r.Row.Group == expected.Text("Area"));
        Assert.Equal(expected.Number("Numerator"), result.Row.Numerator);
        Assert.Equal(expected.Number("Denominator"), result.Row.Denominator);
        Matches(expected, result.Estimates, Oracle, $"{GroupedOracleFile} row {index + 1}", "value", SingleColumns);
    }

    [Fact]
    public void Batch_over_all_fixture_rows_equals_row_by_row()
    {
        var rows = Load(PropFile).Rows.Where(r => r.Number("Numerator") is not null && r.Number("Denominator") is not null).ToArray();
        var x = rows.Select(r => r.Required("Numerator")).ToArray();
        var n = rows.Select(r => r.Required("Denominator")).ToArray();
        var destination = new IntervalEstimate[rows.Length * 2];

        Proportions.Wilson(x, n, Standard, destination, 100);

        for (var g = 0; g < rows.Length; g++)
        {
            Assert.Equal(Proportions.Wilson(x[g], n[g], ConfidenceLevel.Percent95, 100), destination[2 * g]);
            Assert.Equal(Proportions.Wilson(x[g], n[g], ConfidenceLevel.Percent99Point8, 100), destination[(2 * g) + 1]);
        }
    }

    /// <summary>One input row through the dataset path (which handles NA), and, when it has counts, the scalar and batch paths.</summary>
    private static void CheckRow(FixtureTable.Row row, double multiplier, double tolerance, string what)
    {
        var x = row.Number("Numerator");
        var n = row.Number("Denominator");
        var dataset = Dataset(DatasetMeasure.Proportion, new StratifiedRow(row.Text("Area")!, Numerator: x, Denominator: n));
        var viaDataset = Assert.Single(Proportions.Wilson(dataset, Standard, multiplier));
        Assert.Same(dataset.Rows[0], viaDataset.Row);
        Matches(row, viaDataset.Estimates, tolerance, what + " (dataset)", "value", PairColumns);
        Assert.All(viaDataset.Estimates, e => Assert.Equal(EstimationMethod.Wilson, e.Method));
        Assert.Equal(Standard, viaDataset.Estimates.Select(e => e.Level));

        if (x is null || n is null)
        {
            Assert.All(viaDataset.Estimates, e => Assert.Equal(EstimateStatus.MissingInput, e.Status));
            return;
        }

        var scalar = Proportions.Wilson(x.Value, n.Value, Standard, multiplier);
        Matches(row, scalar, tolerance, what + " (scalar)", "value", PairColumns);
        Assert.Equal(viaDataset.Estimates, scalar);

        var batch = new IntervalEstimate[2];
        Proportions.Wilson([x.Value], [n.Value], Standard, batch, multiplier);
        Assert.Equal(scalar, batch);
    }
}
