using EEiC.Datasets;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Rates;
using static EEiC.Statistics.Tests.Rates.RatesFixtures;

namespace EEiC.Statistics.Tests.Rates;

/// <summary><c>phe_rate</c> parity: every row of the upstream fixtures and of the oracle runs.</summary>
public sealed class RateFixtureTests
{
    private const string RateFile = "rate__testdata_Rate.csv";
    private const string RateGroupedFile = "rate__testdata_Rate_g.csv";
    private const string OracleFile = "oracle_runs/rate__oracle.csv";
    private const string GroupedOracleFile = "oracle_runs/rate__grouped_oracle.csv";

    public static TheoryData<int> RateRows() => RowsOf(RateFile);

    public static TheoryData<int> RateGroupedRows() => RowsOf(RateGroupedFile);

    public static TheoryData<int> OracleRows() => RowsOf(OracleFile);

    public static TheoryData<int> GroupedOracleRows() => RowsOf(GroupedOracleFile);

    [Fact]
    public void Fixtures_have_the_documented_number_of_rows()
    {
        Assert.Equal(20, Load(RateFile).Rows.Count);
        Assert.Equal(12, Load(RateGroupedFile).Rows.Count);
        Assert.Equal(40, Load(OracleFile).Rows.Count);
        Assert.Equal(8, Load(GroupedOracleFile).Rows.Count);
    }

    [Theory]
    [MemberData(nameof(RateRows))]
    public void Upstream_fixture_row_matches(int index)
    {
        var row = Load(RateFile).Rows[index];
        var multiplier = row.Required("multiplier");
        Assert.Equal("rate per " + multiplier.ToString("0", System.Globalization.CultureInfo.InvariantCulture), row.Text("statistic"));
        CheckRow(row, multiplier, Fixture, $"{RateFile} row {index + 1} ({row.Text("Area")})");
    }

    [Theory]
    [MemberData(nameof(OracleRows))]
    public void Oracle_row_matches(int index)
    {
        var row = Load(OracleFile).Rows[index];
        Assert.Equal("95%, 99.8%", row.Text("confidence"));
        var multiplier = row.Text("statistic") switch
        {
            "rate per 100000" => 100000.0,
            "rate per 100" => 100.0,
            var other => throw new InvalidOperationException($"unexpected statistic '{other}'"),
        };
        CheckRow(row, multiplier, Oracle, $"{OracleFile} row {index + 1} ({row.Text("Area")})");
    }

    [Theory]
    [MemberData(nameof(RateGroupedRows))]
    public void Upstream_grouped_fixture_row_matches_the_totals_per_group(int index)
    {
        // Rate_g is testdata_Rate grouped by Area: rows 1-8 and 9-16 hold the same counts (multipliers 100 and
        // 100000), so each of those areas sums two rows; Area09-12 have one row each.
        var expected = Load(RateGroupedFile).Rows[index];
        var inputs = Load(RateFile).Rows.Select(r => new StratifiedRow(r.Text("Area")!,
            Period: "multiplier " + r.Text("multiplier"), Numerator: r.Number("Numerator"), Denominator: r.Number("Denominator"))).ToArray();
        var results = CrudeRates.Estimate(Dataset(DatasetMeasure.Rate, inputs), Only95, expected.Required("multiplier"), totalPerGroup: true);

        Assert.Equal(12, results.Count);
        var result = Assert.Single(results, r => r.Row.Group == expected.Text("Area"));
        Assert.Equal(expected.Number("Numerator"), result.Row.Numerator);
        Assert.Equal(expected.Number("Denominator"), result.Row.Denominator);
        Assert.Equal("95%", expected.Text("confidence"));
        Matches(expected, result.Estimates, Fixture, $"{RateGroupedFile} row {index + 1}", "value", SingleColumns);
        Assert.All(result.Estimates, e => Assert.Equal(MethodOf(expected.Text("method")), e.Method));
    }

    [Theory]
    [MemberData(nameof(GroupedOracleRows))]
    public void Grouped_oracle_row_matches(int index)
    {
        // The grouped oracle run summed testdata_Rate rows 1-16 (both multiplier blocks) per Area, at 95%, per 100000.
        var expected = Load(GroupedOracleFile).Rows[index];
        var inputs = Load(RateFile).Rows.Take(16).Select(r => new StratifiedRow(r.Text("Area")!,
            Period: "multiplier " + r.Text("multiplier"), Numerator: r.Number("Numerator"), Denominator: r.Number("Denominator"))).ToArray();
        var results = CrudeRates.Estimate(Dataset(DatasetMeasure.Rate, inputs), Only95, 100000, totalPerGroup: true);

        var result = Assert.Single(results, r => r.Row.Group == expected.Text("Area"));
        Assert.Equal(expected.Number("Numerator"), result.Row.Numerator);
        Assert.Equal(expected.Number("Denominator"), result.Row.Denominator);
        Matches(expected, result.Estimates, Oracle, $"{GroupedOracleFile} row {index + 1}", "value", SingleColumns);
        Assert.All(result.Estimates, e => Assert.Equal(MethodOf(expected.Text("method")), e.Method));
    }

    [Fact]
    public void Batch_over_all_fixture_rows_equals_row_by_row()
    {
        var rows = Load(RateFile).Rows.Where(r => r.Number("Numerator") is not null && r.Number("Denominator") is not null).ToArray();
        var x = rows.Select(r => r.Required("Numerator")).ToArray();
        var n = rows.Select(r => r.Required("Denominator")).ToArray();
        var destination = new IntervalEstimate[rows.Length * 2];

        CrudeRates.Estimate(x, n, Standard, destination);

        for (var g = 0; g < rows.Length; g++)
        {
            Assert.Equal(CrudeRates.Estimate(x[g], n[g], ConfidenceLevel.Percent95), destination[2 * g]);
            Assert.Equal(CrudeRates.Estimate(x[g], n[g], ConfidenceLevel.Percent99Point8), destination[(2 * g) + 1]);
        }
    }

    private static EstimationMethod MethodOf(string? text) => text switch
    {
        "Exact" => EstimationMethod.ExactPoisson,
        "Byars" => EstimationMethod.Byar,
        null => EstimationMethod.None,
        _ => throw new InvalidOperationException($"unexpected method '{text}'"),
    };

    /// <summary>One input row through the dataset path (which handles NA), and, when it has counts, the scalar and batch paths.</summary>
    private static void CheckRow(FixtureTable.Row row, double multiplier, double tolerance, string what)
    {
        var x = row.Number("Numerator");
        var n = row.Number("Denominator");
        var method = MethodOf(row.Text("method"));
        var dataset = Dataset(DatasetMeasure.Rate, new StratifiedRow(row.Text("Area")!, Numerator: x, Denominator: n));
        var viaDataset = Assert.Single(CrudeRates.Estimate(dataset, Standard, multiplier));
        Assert.Same(dataset.Rows[0], viaDataset.Row);
        Matches(row, viaDataset.Estimates, tolerance, what + " (dataset)", "value", PairColumns);
        Assert.All(viaDataset.Estimates, e => Assert.Equal(method, e.Method));

        if (x is null || n is null)
        {
            Assert.All(viaDataset.Estimates, e => Assert.Equal(EstimateStatus.MissingInput, e.Status));
            return;
        }

        var scalar = CrudeRates.Estimate(x.Value, n.Value, Standard, multiplier);
        Matches(row, scalar, tolerance, what + " (scalar)", "value", PairColumns);
        Assert.Equal(viaDataset.Estimates, scalar);

        var batch = new IntervalEstimate[2];
        CrudeRates.Estimate([x.Value], [n.Value], Standard, batch, multiplier);
        Assert.Equal(scalar, batch);
    }
}
