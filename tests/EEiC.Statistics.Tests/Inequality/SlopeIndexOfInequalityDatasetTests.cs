using EEiC.Datasets;
using EEiC.Statistics.Inequality;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Validation;

namespace EEiC.Statistics.Tests.Inequality;

/// <summary>The overload over a <see cref="StratifiedDataset"/>: the SII across deprivation quantiles within each group and strata.</summary>
public sealed class SlopeIndexOfInequalityDatasetTests
{
    private static readonly ConfidenceLevel[] Levels = [ConfidenceLevel.Percent95, ConfidenceLevel.Percent99Point8];

    [Fact]
    public void Each_ethnic_group_gets_its_own_sii_across_deprivation_deciles()
    {
        // The fixture's two areas become two ethnic groups (NHS codes A and H) of one area; rows shuffled.
        var rows = SiiFixture.Rows("default (e.g. life expectancy) - default parameters");
        var dataset = new StratifiedDataset(
            GroupDimension.Ethnicity(),
            DatasetMeasure.Estimate,
            rows.Select(r => new StratifiedRow(
                    r.Text("Area") == "area1" ? "A" : "H",
                    Area: "E06000001",
                    DeprivationQuantile: (int)r.Required("Quantile"),
                    Value: r.Required("Value"),
                    StandardError: r.Required("StandardError"),
                    Population: r.Required("Population")))
                .Reverse()
                .ToList());

        var results = SlopeIndexOfInequality.Calculate(dataset, Levels, seed: 3);

        Assert.Equal(["H", "A"], results.Select(r => r.Row.Group)); // order of first appearance
        Assert.All(results, r => Assert.Equal(("E06000001", (int?)null), (r.Row.Area, r.Row.DeprivationQuantile)));
        Tolerance.Equal(rows.Where(r => r.Text("Area") == "area2").Sum(r => r.Required("Population")), results[0].Row.Population, 1e-15, "population");
        Tolerance.Equal(rows[10].Required("sii"), results[0].Estimates[0].SlopeIndex.Value, 1e-9, "H sii");
        Tolerance.Equal(rows[0].Required("sii"), results[1].Estimates[0].SlopeIndex.Value, 1e-9, "A sii");
        Assert.Equal(Levels, results[1].Estimates.Select(e => e.SlopeIndex.Level));

        // The same numbers as the span batch with the groups in that order.
        var values = rows.Skip(10).Concat(rows.Take(10)).Select(r => SiiFixture.Input(r, true)).ToArray();
        var batch = new SlopeIndexEstimate[4];
        SlopeIndexOfInequality.Calculate(values, [10, 10], 10, Levels, batch, seed: 3);
        Assert.Equal(batch, results.SelectMany(r => r.Estimates));
    }

    [Fact]
    public void Rows_without_what_the_sii_needs_are_all_reported_by_row()
    {
        var dataset = new StratifiedDataset(GroupDimension.Ethnicity(), DatasetMeasure.Proportion,
        [
            new StratifiedRow("A", DeprivationQuantile: 1, Value: 1, StandardError: 1, Population: 10),
            new StratifiedRow("A", Value: 1, Population: 10),
            new StratifiedRow("A", DeprivationQuantile: 3, StandardError: 1, Population: -10),
        ]);

        var problems = Assert.Throws<StatisticsInputException>(() => SlopeIndexOfInequality.Calculate(dataset, Levels, 1)).Problems;

        Assert.Equal(
            [("dataset.Measure", (int?)null), ("DeprivationQuantile", 1), ("StandardError", 1), ("Value", 2)],
            problems.Select(p => (p.Argument, p.Index)).ToArray());
    }

    [Fact]
    public void Value_problems_name_the_dataset_row_and_group()
    {
        var rows = Enumerable.Range(1, 5).Select(q => new StratifiedRow("A", Area: "X", DeprivationQuantile: q, Value: 70 + q, StandardError: 1, Population: 100)).ToList();
        rows.Insert(0, new StratifiedRow("B", Area: "X", DeprivationQuantile: 1, Value: 70, StandardError: -1, Population: 100));
        var dataset = new StratifiedDataset(GroupDimension.Ethnicity(), DatasetMeasure.Estimate, rows);

        var problem = Assert.Single(Assert.Throws<StatisticsInputException>(() => SlopeIndexOfInequality.Calculate(dataset, Levels, 1)).Problems);

        Assert.Equal(("values.StandardError", 0, "B/X"), (problem.Argument, problem.Index!.Value, problem.Group));
    }

    [Fact]
    public void A_group_lacking_a_quantile_gets_missing_input()
    {
        var rows = Enumerable.Range(1, 5).Select(q => new StratifiedRow("A", DeprivationQuantile: q, Value: 70 + q, StandardError: 1, Population: 100))
            .Concat(Enumerable.Range(1, 4).Select(q => new StratifiedRow("B", DeprivationQuantile: q, Value: 70 + q, StandardError: 1, Population: 100)))
            .ToList();
        var results = SlopeIndexOfInequality.Calculate(new StratifiedDataset(GroupDimension.Ethnicity(), DatasetMeasure.Estimate, rows), Levels, 1);
        Assert.Equal([EstimateStatus.Ok, EstimateStatus.MissingInput], results.Select(r => r.Estimates[0].Status));
    }
}
