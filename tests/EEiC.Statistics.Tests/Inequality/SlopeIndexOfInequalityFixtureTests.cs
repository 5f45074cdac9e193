using EEiC.Statistics.Inequality;
using EEiC.Statistics.Intervals;

namespace EEiC.Statistics.Tests.Inequality;

/// <summary>
/// Every block of <c>sii__testdata_SII.csv</c> with expected outputs: point estimates (SII, RII, intercept) to
/// 1e-9 relative; simulated limits (our random numbers are not R's) with the reference's own test: for each limit
/// column of a block, the mean absolute difference over its areas is at most 5% of the mean absolute expected
/// value (testthat's <c>expect_equal(tolerance = 0.05)</c> on a column), and each single limit within 5%. Each
/// row of a block is an input; the expected outputs sit on the first row of each area. As in the package's own
/// test, every block is simulated with 100,000 repetitions, including the one whose expected limits came from
/// 10,000.
/// </summary>
public sealed class SlopeIndexOfInequalityFixtureTests
{
    private const double PointTolerance = 1e-9;
    private const double ColumnTolerance = 0.05;
    private const double SingleLimitTolerance = 0.05;

    public static TheoryData<string, bool> Blocks()
    {
        var data = new TheoryData<string, bool>();
        foreach (var description in SiiFixture.Scenarios.Keys)
        {
            data.Add(description, true);
            data.Add(description, false);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Block_matches_the_reference(string description, bool useStandardError)
    {
        var scenario = SiiFixture.Scenarios[description];
        var rows = SiiFixture.Rows(description);
        Assert.NotEmpty(rows);
        var areas = SiiFixture.Areas(rows);
        var k = areas[0].Count;
        var values = rows.Select(r => SiiFixture.Input(r, useStandardError)).ToArray();
        var lengths = areas.Select(a => a.Count).ToArray();
        var levels = scenario.Levels;
        var results = new SlopeIndexEstimate[areas.Count * levels.Length];

        SlopeIndexOfInequality.Calculate(values, lengths, k, levels, results, seed: 20240613, scenario.Options);

        var limitColumns = new Dictionary<string, List<(double Expected, double Actual)>>();
        for (var g = 0; g < areas.Count; g++)
        {
            var expected = areas[g][0];
            var where = $"{description} ({(useStandardError ? "se" : "95% limits")}), area {expected.Text("Area")}, RecordNo {SiiFixture.RecordNo(expected)}";
            for (var l = 0; l < levels.Length; l++)
            {
                var actual = results[g * levels.Length + l];
                Assert.Equal(EstimateStatus.Ok, actual.Status);
                Assert.Equal(EstimationMethod.Simulation, actual.SlopeIndex.Method);
                Assert.Equal(levels[l], actual.SlopeIndex.Level);
                Tolerance.Equal(expected.Required("sii"), actual.SlopeIndex.Value, PointTolerance, $"{where}: sii");
                if (expected.Number("Intercept") is { } intercept)
                {
                    Tolerance.Equal(intercept, actual.Intercept, PointTolerance, $"{where}: intercept");
                }

                if (expected.Number("rii") is { } rii)
                {
                    Tolerance.Equal(rii, actual.RelativeIndex.Value, PointTolerance, $"{where}: rii");
                }

                if (!scenario.RelativeIndexLimits)
                {
                    Assert.Equal((null, null), (actual.RelativeIndex.Lower, actual.RelativeIndex.Upper));
                }

                var suffix = (l + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                Collect(limitColumns, expected, "sii_lowercl_" + suffix, actual.SlopeIndex.Lower, where);
                Collect(limitColumns, expected, "sii_uppercl_" + suffix, actual.SlopeIndex.Upper, where);
                Collect(limitColumns, expected, "rii_lowercl_" + suffix, actual.RelativeIndex.Lower, where);
                Collect(limitColumns, expected, "rii_uppercl_" + suffix, actual.RelativeIndex.Upper, where);
            }
        }

        foreach (var (column, pairs) in limitColumns)
        {
            var meanRelative = pairs.Sum(p => Math.Abs(p.Actual - p.Expected)) / pairs.Sum(p => Math.Abs(p.Expected));
            Assert.True(meanRelative <= ColumnTolerance,
                $"{description}: column {column} differs by {meanRelative:P2} on average (> {ColumnTolerance:P0}): "
                + string.Join("; ", pairs.Select(p => $"expected {p.Expected:G6}, got {p.Actual:G6}")));
        }
    }

    [Fact]
    public void Every_fixture_row_is_covered_by_a_scenario_or_an_error_case()
    {
        var covered = SiiFixture.Table.Rows
            .Where(r => SiiFixture.Scenarios.ContainsKey(r.Text("TestDescription")!) || SlopeIndexOfInequalityErrorTests.Descriptions.Contains(r.Text("TestDescription")!))
            .Select(SiiFixture.RecordNo)
            .ToList();
        Assert.Equal(Enumerable.Range(1, 505), covered);
    }

    private static void Collect(Dictionary<string, List<(double, double)>> columns, FixtureTable.Row expected, string column, double? actual, string where)
    {
        if (expected.Number(column) is not { } value)
        {
            return; // the reference did not report this limit for the block
        }

        Assert.True(actual is not null, $"{where}: {column} expected {value}, got no limit");
        Tolerance.Equal(value, actual, SingleLimitTolerance, $"{where}: {column}");
        if (!columns.TryGetValue(column, out var list))
        {
            columns[column] = list = [];
        }

        list.Add((value, actual.Value));
    }
}
