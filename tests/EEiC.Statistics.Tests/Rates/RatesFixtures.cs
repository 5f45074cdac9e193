using EEiC.Datasets;
using EEiC.Statistics.Intervals;

namespace EEiC.Statistics.Tests.Rates;

/// <summary>Shared plumbing for the PHEindicatormethods fixtures of proportions, rates and means.</summary>
internal static class RatesFixtures
{
    /// <summary>Against <c>oracle_runs/</c> (exact R doubles).</summary>
    public const double Oracle = 1e-12;

    /// <summary>Against the upstream xlsx fixtures (Excel arithmetic, ≤ 2.1e-14 from R as measured by the fixture notes).</summary>
    public const double Fixture = 1e-11;

    public static readonly ConfidenceLevel[] Standard = [ConfidenceLevel.Percent95, ConfidenceLevel.Percent99Point8];

    public static readonly ConfidenceLevel[] Only95 = [ConfidenceLevel.Percent95];

    public static FixtureTable Load(string name) => FixtureTable.Load("pheindicatormethods/" + name);

    /// <summary>Row indices of a fixture file, so that a theory has one case per row.</summary>
    public static TheoryData<int> RowsOf(string name)
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Load(name).Rows.Count; i++)
        {
            data.Add(i);
        }

        return data;
    }

    public static ConfidenceLevel LevelFromText(string? text) => text switch
    {
        "95%" => ConfidenceLevel.Percent95,
        "99.8%" => ConfidenceLevel.Percent99Point8,
        _ => throw new InvalidOperationException($"unexpected confidence '{text}'"),
    };

    public static double? Absent(double value) => double.IsNaN(value) ? null : value;

    public static StratifiedDataset Dataset(DatasetMeasure measure, params StratifiedRow[] rows) =>
        new(GroupDimension.Other("area"), measure, rows);

    /// <summary>Checks value and limits of the estimates (one per level, in column order) against a fixture row.</summary>
    public static void Matches(FixtureTable.Row row, IReadOnlyList<IntervalEstimate> estimates, double tolerance, string what,
        string valueColumn, params (string Lower, string Upper)[] limitColumns)
    {
        Assert.Equal(limitColumns.Length, estimates.Count);
        var expectedValue = row.Number(valueColumn);
        for (var l = 0; l < limitColumns.Length; l++)
        {
            var estimate = estimates[l];
            var at = $"{what} at {estimate.Level}";
            Tolerance.Equal(expectedValue, estimate.Value, tolerance, at + " value");
            Tolerance.Equal(row.Number(limitColumns[l].Lower), estimate.Lower, tolerance, at + " lower");
            Tolerance.Equal(row.Number(limitColumns[l].Upper), estimate.Upper, tolerance, at + " upper");
            Assert.True(expectedValue is null == (estimate.Status != EstimateStatus.Ok), $"{at}: status {estimate.Status} with expected value {expectedValue}");
        }
    }

    public static readonly (string, string)[] PairColumns = [("lower95_0cl", "upper95_0cl"), ("lower99_8cl", "upper99_8cl")];

    public static readonly (string, string)[] SingleColumns = [("lowercl", "uppercl")];
}
