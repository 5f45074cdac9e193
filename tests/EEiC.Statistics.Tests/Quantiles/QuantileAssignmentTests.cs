using EEiC.Statistics.Intervals;
using EEiC.Statistics.Quantiles;
using EEiC.Statistics.Validation;

namespace EEiC.Statistics.Tests.Quantiles;

/// <summary>
/// Every row of <c>quantiles__testdata_Quantiles.csv</c> (PHEindicatormethods <c>testdata_Quantiles.xlsx</c>):
/// QuantileInGrp, RankinGrp and RowsInGrp. The groupings are those of the package's <c>testQuantiles.R</c>:
/// GroupSet "IndSexReg" = deciles within indicator-and-sex and parent region, order from the polarity;
/// "IndSex" = septiles within indicator-and-sex, order from the polarity; "None" = quartiles of the whole set,
/// highest first (the default). The "BadPolarity" rows mix both polarities in one grouping set, which the package
/// refuses; here the order is given per parent, and the sheet's expected septiles are those of "highest first".
/// </summary>
public sealed class QuantileAssignmentTests
{
    private static readonly FixtureTable Table = FixtureTable.Load("pheindicatormethods/quantiles__testdata_Quantiles.csv");

    public static TheoryData<string> GroupSets() => ["IndSexReg", "IndSex", "None", "BadPolarity"];

    [Theory]
    [MemberData(nameof(GroupSets))]
    public void Every_row_of_the_group_set_matches_the_reference(string groupSet)
    {
        var rows = Table.Rows.Select((r, i) => (Row: r, RowNumber: i + 2)) // line number in the CSV
            .Where(x => groupSet == "BadPolarity" ? x.Row.Text("Test") == "BadPolarity" : x.Row.Text("Test")!.StartsWith("Good", StringComparison.Ordinal) && x.Row.Text("GroupSet") == groupSet)
            .ToList();
        var (quantiles, key, order) = groupSet switch
        {
            "IndSexReg" => (10, (Func<FixtureTable.Row, string>)(r => r.Text("IndSexRef") + "|" + r.Text("ParentCode")), (Func<FixtureTable.Row, QuantileOrder>)OrderOf),
            "IndSex" => (7, r => r.Text("IndSexRef")!, OrderOf),
            "None" => (4, _ => "all", _ => QuantileOrder.HighestFirst),
            _ => (7, _ => "all", _ => QuantileOrder.HighestFirst),
        };

        var parents = rows.GroupBy(x => key(x.Row)).ToList();
        foreach (var parent in parents)
        {
            Assert.Single(parent.Select(x => order(x.Row)).Distinct()); // one order per parent
        }

        var ordered = parents.SelectMany(p => p).ToList();
        var values = ordered.Select(x => x.Row.Number("Value") ?? double.NaN).ToArray();
        var lengths = parents.Select(p => p.Count()).ToArray();
        var orders = parents.Select(p => order(p.First().Row)).ToArray();
        var results = new AssignedQuantile[values.Length];

        QuantileAssignment.Assign(values, lengths, quantiles, orders, results);

        for (var i = 0; i < ordered.Count; i++)
        {
            var (row, line) = ordered[i];
            var what = $"{groupSet}, CSV line {line} ({row.Text("AreaName")}, {row.Text("IndSexRef")}, {row.Text("ParentCode")})";
            var expectedQuantile = (int?)row.Number("QuantileInGrp");
            Assert.True(expectedQuantile == results[i].Quantile, $"{what}: quantile expected {expectedQuantile}, got {results[i].Quantile}");
            Assert.True((int?)row.Number("RankinGrp") == results[i].Rank, $"{what}: rank expected {row.Number("RankinGrp")}, got {results[i].Rank}");
            if (row.Number("RowsInGrp") is { } rowsInGroup)
            {
                Assert.True((int)rowsInGroup == results[i].RankedCount, $"{what}: rows in group expected {rowsInGroup}, got {results[i].RankedCount}");
            }

            var expectedStatus = row.Number("Value") is null ? EstimateStatus.MissingInput
                : expectedQuantile is null ? EstimateStatus.SmallCount
                : EstimateStatus.Ok;
            Assert.True(expectedStatus == results[i].Status, $"{what}: status expected {expectedStatus}, got {results[i].Status}");
        }
    }

    [Fact]
    public void The_group_sets_cover_every_fixture_row()
    {
        Assert.Equal(1017, Table.Rows.Count);
        Assert.All(Table.Rows, r => Assert.True(
            r.Text("Test") == "BadPolarity" || (r.Text("Test")!.StartsWith("Good", StringComparison.Ordinal) && r.Text("GroupSet") is "IndSexReg" or "IndSex" or "None")));
    }

    [Fact]
    public void A_parent_with_fewer_areas_than_quantiles_gets_none_and_missing_values_are_not_ranked()
    {
        var results = new AssignedQuantile[5];
        QuantileAssignment.Assign([3, double.NaN, 1, 2, 4], 5, QuantileOrder.LowestFirst, results);
        Assert.All(results.Where((_, i) => i != 1), r => Assert.Equal((null, EstimateStatus.SmallCount, 4), (r.Quantile, r.Status, r.RankedCount)));
        Assert.Equal(new AssignedQuantile(null, null, 4, EstimateStatus.MissingInput), results[1]);
        Assert.Equal([3, 1, 2, 4], results.Where((_, i) => i != 1).Select(r => r.Rank!.Value));
    }

    [Fact]
    public void Ties_share_the_lowest_rank_and_a_quantile()
    {
        // Ten areas into quintiles, highest first: 9 and 9 tie at rank 2 and share quantile 1.
        double[] values = [10, 9, 9, 7, 6, 5, 4, 3, 2, 1];
        var results = new AssignedQuantile[10];
        QuantileAssignment.Assign(values, 5, QuantileOrder.HighestFirst, results);
        Assert.Equal([1, 2, 2, 4, 5, 6, 7, 8, 9, 10], results.Select(r => r.Rank!.Value));
        Assert.Equal([1, 1, 1, 2, 3, 3, 4, 4, 5, 5], results.Select(r => r.Quantile!.Value));
    }

    [Fact]
    public void Bad_arguments_are_all_reported()
    {
        var problems = Assert.Throws<StatisticsInputException>(() => QuantileAssignment.Assign(
            [1, double.PositiveInfinity, 3], [2], 1, [QuantileOrder.HighestFirst, (QuantileOrder)7], new AssignedQuantile[2])).Problems;
        Assert.Equal(["quantileCount", "orders", "orders", "groupLengths", "values", "destination"], problems.Select(p => p.Argument).ToArray());
    }

    private static QuantileOrder OrderOf(FixtureTable.Row row) => row.Text("Polarity") switch
    {
        "RAG - Low is good" or "TRUE" => QuantileOrder.HighestFirst, // invert = TRUE
        "RAG - High is good" or "FALSE" => QuantileOrder.LowestFirst,
        var other => throw new InvalidOperationException($"unexpected polarity {other}"),
    };
}
