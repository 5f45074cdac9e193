using EEiC.Statistics.Inequality;
using EEiC.Statistics.Intervals;

namespace EEiC.Statistics.Tests.Inequality;

/// <summary>
/// The blocks of <c>sii__testdata_SII.csv</c> (PHEindicatormethods <c>testdata_SII.xlsx</c>) with the call each was
/// made with. The calls are those of the package's <c>testSII.R</c>: the fixture's own Confidence column does not
/// record the 98% levels of the transformation blocks, so the levels are stated here from the test descriptions.
/// </summary>
internal static class SiiFixture
{
    public static readonly FixtureTable Table = FixtureTable.Load("pheindicatormethods/sii__testdata_SII.csv");

    /// <summary>Every scenario that has expected outputs, keyed by its TestDescription.</summary>
    public static readonly IReadOnlyDictionary<string, Scenario> Scenarios = new Dictionary<string, Scenario>
    {
        ["default (e.g. life expectancy) - default parameters"] = new(SlopeIndexValueType.Normal, false, 1, [95]),
        ["default - testing 99% confidence"] = new(SlopeIndexValueType.Normal, false, 1, [99]),
        // Expected limits from 10,000 repetitions; testSII.R (and this test) simulate 100,000.
        ["default - testing 10,000 repetitions"] = new(SlopeIndexValueType.Normal, false, 1, [95]),
        ["default - testing quintiles"] = new(SlopeIndexValueType.Normal, false, 1, [95]),
        ["rate (e.g. infant mortality) - default parameters"] = new(SlopeIndexValueType.Rate, false, 1, [95]),
        ["proportion (e.g. child obesity) - default parameters"] = new(SlopeIndexValueType.Proportion, false, 1, [95]),
        ["proportion - testing multiplier (x 100)"] = new(SlopeIndexValueType.Proportion, false, 100, [95]),
        ["proportion - testing multiplier (x -100)"] = new(SlopeIndexValueType.Proportion, false, -100, [95]),
        ["default (e.g. life expectancy) - multiple CIs"] = new(SlopeIndexValueType.Normal, false, 1, [95, 99]),
        ["default (e.g. life expectancy) - intercept"] = new(SlopeIndexValueType.Normal, false, 1, [95]),
        ["rate (e.g. infant mortality) - intercept"] = new(SlopeIndexValueType.Rate, false, 1, [95]),
        // testSII.R runs this proportion block with value_type = 1 (rate); the point estimates do not depend on it.
        ["proportion (e.g. child obesity) - intercept"] = new(SlopeIndexValueType.Proportion, false, 1, [95]),
        ["rate (e.g. infant mortality) - log transform with intercept"] = new(SlopeIndexValueType.Rate, true, 1, [95]),
        ["proportion (e.g. child obesity) - logit transform with intercept"] = new(SlopeIndexValueType.Proportion, true, 1, [95]),
        ["proportion (e.g. child obesity) - logit transform with negative multiplier"] = new(SlopeIndexValueType.Proportion, true, -1, [95]),
        ["rate (e.g. infant mortality) - log transform with multiple Cis (95 and 98)"] = new(SlopeIndexValueType.Rate, true, 1, [95, 98]),
        ["rate (e.g. infant mortality) - log transform with negative multiplier"] = new(SlopeIndexValueType.Rate, true, -1, [95]),
        ["rate (e.g. infant mortality) - log transform with 98% CI"] = new(SlopeIndexValueType.Rate, true, 1, [98]),
        ["rate (e.g. infant mortality) - log transform without rii"] = new(SlopeIndexValueType.Rate, true, 1, [95], RelativeIndexLimits: false),
        ["proportion (e.g. child obesity) - logit transform without rii"] = new(SlopeIndexValueType.Proportion, true, 1, [95], RelativeIndexLimits: false),
        ["proportion (e.g. child obesity) - logit transform with 98% cis"] = new(SlopeIndexValueType.Proportion, true, 1, [98]),
        ["proportion (e.g. child obesity) - logit transform with 95% and 98% cis"] = new(SlopeIndexValueType.Proportion, true, 1, [95, 98]),
    };

    /// <summary>The fixture rows of one description, with their 1-based row numbers (RecordNo).</summary>
    public static IReadOnlyList<FixtureTable.Row> Rows(string description) =>
        Table.Rows.Where(r => r.Text("TestDescription") == description).ToList();

    /// <summary>The rows grouped by Area, in order of first appearance.</summary>
    public static IReadOnlyList<IReadOnlyList<FixtureTable.Row>> Areas(IReadOnlyList<FixtureTable.Row> rows) =>
        rows.GroupBy(r => r.Text("Area")).Select(g => (IReadOnlyList<FixtureTable.Row>)g.ToList()).ToList();

    /// <summary>A row as input, with its standard error or with its 95% limits.</summary>
    public static OrderedQuantileValue Input(FixtureTable.Row row, bool useStandardError) =>
        useStandardError
            ? OrderedQuantileValue.WithStandardError((int)row.Required("Quantile"), row.Number("Population") ?? double.NaN,
                row.Number("Value") ?? double.NaN, row.Number("StandardError") ?? double.NaN)
            : OrderedQuantileValue.WithConfidenceLimits((int)row.Required("Quantile"), row.Number("Population") ?? double.NaN,
                row.Number("Value") ?? double.NaN, row.Number("LowerCL") ?? double.NaN, row.Number("UpperCL") ?? double.NaN);

    public static int RecordNo(FixtureTable.Row row) => (int)row.Required("RecordNo");

    /// <summary>How a block was computed.</summary>
    public sealed record Scenario(SlopeIndexValueType ValueType, bool Transform, double Multiplier, double[] LevelsPercent, bool RelativeIndexLimits = true)
    {
        public SlopeIndexOptions Options => new() { ValueType = ValueType, Transform = Transform, Multiplier = Multiplier, Repetitions = 100_000, RelativeIndexLimits = RelativeIndexLimits };

        public ConfidenceLevel[] Levels => LevelsPercent.Select(ConfidenceLevel.FromPercent).ToArray();
    }
}
