using EEiC.Statistics.Intervals;
using EEiC.Statistics.Rates;
using static EEiC.Statistics.Tests.Rates.RatesFixtures;

namespace EEiC.Statistics.Tests.Rates;

/// <summary>
/// The reference's internal <c>byars_lower/upper</c> and <c>wilson_lower/upper</c>: every row of the upstream
/// fixture and of the oracle run. Byar's rows test the internal <see cref="PoissonLimits"/> (and, for counts of
/// 10 or more, the public count interval: a rate on a denominator of 1); Wilson rows test <see cref="Proportions"/>.
/// </summary>
public sealed class ByarsWilsonFixtureTests
{
    private const string FixtureFile = "byars_wilson__testdata_B_W.csv";
    private const string OracleFile = "oracle_runs/byars_wilson__oracle.csv";

    public static TheoryData<int> FixtureRows() => RowsOf(FixtureFile);

    public static TheoryData<int> OracleRows() => RowsOf(OracleFile);

    [Fact]
    public void Fixtures_have_the_documented_number_of_rows()
    {
        Assert.Equal(13, Load(FixtureFile).Rows.Count);
        Assert.Equal(13, Load(OracleFile).Rows.Count);
    }

    [Theory]
    [MemberData(nameof(FixtureRows))]
    public void Upstream_fixture_row_matches(int index) =>
        CheckRow(Load(FixtureFile).Rows[index], "lowercl", "uppercl", Fixture, $"{FixtureFile} row {index + 1}");

    [Theory]
    [MemberData(nameof(OracleRows))]
    public void Oracle_row_matches(int index) =>
        CheckRow(Load(OracleFile).Rows[index], "oracle_lowercl", "oracle_uppercl", Oracle, $"{OracleFile} row {index + 1}");

    private static void CheckRow(FixtureTable.Row row, string lowerColumn, string upperColumn, double tolerance, string what)
    {
        var x = row.Required("x");
        var level = LevelFromText(row.Text("confidence"));
        var expectedLower = row.Number(lowerColumn);
        var expectedUpper = row.Number(upperColumn);
        switch (row.Text("method"))
        {
            case "Byars":
                Assert.Null(row.Number("n"));
                Tolerance.Equal(expectedLower, Absent(PoissonLimits.ByarLower(x, level.Z)), tolerance, what + " Byar's lower");
                Tolerance.Equal(expectedUpper, Absent(PoissonLimits.ByarUpper(x, level.Z)), tolerance, what + " Byar's upper");
                if (x >= 10)
                {
                    var count = CrudeRates.Estimate(x, 1, level, multiplier: 1);
                    Assert.Equal(EstimationMethod.Byar, count.Method);
                    Assert.Equal(x, count.Value);
                    Tolerance.Equal(expectedLower, count.Lower, tolerance, what + " count lower");
                    Tolerance.Equal(expectedUpper, count.Upper, tolerance, what + " count upper");
                }

                break;
            case "Wilson":
                var n = row.Required("n");
                var estimate = Proportions.Wilson(x, n, level);
                Assert.Equal(EstimationMethod.Wilson, estimate.Method);
                Assert.Equal(EstimateStatus.Ok, estimate.Status);
                Tolerance.Equal(expectedLower, estimate.Lower, tolerance, what + " Wilson lower");
                Tolerance.Equal(expectedUpper, estimate.Upper, tolerance, what + " Wilson upper");
                break;
            default:
                throw new InvalidOperationException($"{what}: unexpected method '{row.Text("method")}'");
        }
    }
}
