using EEiC.Statistics.Intervals;
using EEiC.Statistics.Rates;
using static EEiC.Statistics.Tests.Rates.RatesFixtures;

namespace EEiC.Statistics.Tests.Rates;

/// <summary><c>phe_mean</c> parity: every row of the upstream results and of the oracle run, per area and ungrouped.</summary>
public sealed class MeanFixtureTests
{
    private const string InputFile = "mean__testdata_Mean.csv";
    private const string ResultsFile = "mean__testdata_Mean_results.csv";
    private const string OracleFile = "oracle_runs/mean__oracle.csv";

    public static TheoryData<int> ResultRows() => RowsOf(ResultsFile);

    public static TheoryData<int> OracleRows() => RowsOf(OracleFile);

    [Fact]
    public void Fixtures_have_the_documented_number_of_rows()
    {
        Assert.Equal(26, Load(InputFile).Rows.Count);
        Assert.Equal(3, Load(ResultsFile).Rows.Count);
        Assert.Equal(3, Load(OracleFile).Rows.Count);
    }

    [Theory]
    [MemberData(nameof(ResultRows))]
    public void Upstream_result_row_matches(int index) =>
        CheckRow(Load(ResultsFile).Rows[index], Fixture, $"{ResultsFile} row {index + 1}");

    [Theory]
    [MemberData(nameof(OracleRows))]
    public void Oracle_row_matches(int index)
    {
        var row = Load(OracleFile).Rows[index];
        Assert.Equal("95%, 99.8%", row.Text("confidence"));
        CheckRow(row, Oracle, $"{OracleFile} row {index + 1}");
    }

    [Fact]
    public void Grouped_batch_equals_each_group_on_its_own()
    {
        var inputs = Load(InputFile).Rows;
        var values = inputs.Select(r => r.Required("values")).ToArray();
        var area1 = inputs.Count(r => r.Text("area") == "Area1");
        Assert.True(inputs.Take(area1).All(r => r.Text("area") == "Area1"), "the fixture lists Area1 first");
        var destination = new IntervalEstimate[4];

        Means.StudentT(values, [area1, values.Length - area1], Standard, destination);

        Assert.Equal(Means.StudentT(values.AsSpan(0, area1), Standard).Estimates, destination[..2]);
        Assert.Equal(Means.StudentT(values.AsSpan(area1), Standard).Estimates, destination[2..]);
        Assert.Equal(Means.StudentT(values.AsSpan(area1), ConfidenceLevel.Percent99Point8), destination[3]);
    }

    private static void CheckRow(FixtureTable.Row row, double tolerance, string what)
    {
        var area = row.Text("area");
        var values = Load(InputFile).Rows
            .Where(r => area == "No grouping" || r.Text("area") == area)
            .Select(r => r.Required("values")).ToArray();

        var result = Means.StudentT(values, Standard);

        Assert.Equal(row.Required("value_count"), result.Count);
        Tolerance.Equal(row.Number("value_sum"), result.Sum, tolerance, what + " value_sum");
        Tolerance.Equal(row.Number("stdev"), result.StandardDeviation, tolerance, what + " stdev");
        Tolerance.Equal(row.Number("value"), result.Mean, tolerance, what + " mean");
        Matches(row, result.Estimates, tolerance, what, "value", PairColumns);
        Assert.All(result.Estimates, e => Assert.Equal(EstimationMethod.StudentT, e.Method));
        Assert.Equal("Student's t-distribution", row.Text("method"));
        Assert.Equal("mean", row.Text("statistic"));
    }

    /// <summary>
    /// Far tails with few degrees of freedom, where MathNet's inverse gives up, against the closed forms of the t
    /// quantile: with a the one-sided tail (1 − c)/2: df 1 (Cauchy) t = cot(π·a), df 2 t = (1 − 2a)/√(2a(1 − a)).
    /// </summary>
    [Theory]
    [InlineData(0.9999)]
    [InlineData(0.999999)]
    [InlineData(0.9999999999)]
    public void Far_tail_levels_with_one_or_two_degrees_of_freedom_match_the_closed_forms(double confidence)
    {
        var level = new ConfidenceLevel(confidence);
        var a = level.TailProbability;

        // [1, 3]: mean 2, sd √2, n 2 → half-width t·√2/√2 = t (1 df).
        var one = Means.StudentT([1.0, 3.0], level);
        Tolerance.Equal(1 / Math.Tan(Math.PI * a), one.Upper - 2, 1e-9, "df 1 half-width");

        // [1, 2, 3]: mean 2, sd 1, n 3 → half-width t/√3 (2 df).
        var two = Means.StudentT([1.0, 2.0, 3.0], level);
        Tolerance.Equal((1 - (2 * a)) / Math.Sqrt(2 * a * (1 - a)) / Math.Sqrt(3), two.Upper - 2, 1e-9, "df 2 half-width");
    }
}
