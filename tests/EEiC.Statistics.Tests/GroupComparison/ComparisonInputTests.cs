using EEiC.Datasets;
using EEiC.Ethnicity;
using EEiC.Statistics.GroupComparison;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Standardisation;
using EEiC.Statistics.Validation;

namespace EEiC.Statistics.Tests.GroupComparison;

/// <summary>Bad input gives one clear error listing every problem; datasets are read set by set, with nothing dropped.</summary>
public sealed class ComparisonInputTests
{
    private static readonly ConfidenceLevel[] Level95 = [ConfidenceLevel.Percent95];

    [Fact]
    public void A_single_group_is_an_error()
    {
        var error = Assert.Throws<StatisticsInputException>(() => ReferenceGroupComparison.CompareRates(["White British"], [10], [1_000], Level95));
        var problem = Assert.Single(error.Problems);
        Assert.Equal("groups", problem.Argument);
        Assert.Contains("at least two groups", problem.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void An_absent_reference_group_is_named_with_the_groups_present()
    {
        var error = Assert.Throws<StatisticsInputException>(() => ReferenceGroupComparison.CompareProportions(
            ["Indian", "Pakistani"], [10, 20], [100, 200], Level95, new ComparisonOptions { ReferenceGroup = "White British" }));
        var problem = Assert.Single(error.Problems);
        Assert.Equal("options.ReferenceGroup", problem.Argument);
        Assert.Equal("'White British'", problem.Value);
        Assert.Contains("'Indian', 'Pakistani'", problem.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_bad_count_is_listed_with_its_group()
    {
        var error = Assert.Throws<StatisticsInputException>(() => ReferenceGroupComparison.CompareProportions(
            ["A", "B", "C", "A "], [-1, 30, 5, 1], [10, 20, -3, 2], Level95, new ComparisonOptions { SmallNumberThreshold = -1 }, multiplier: 0));
        Assert.Contains(error.Problems, p => p is { Argument: "numerators", Index: 0, Value: "-1", Group: "A" });
        Assert.Contains(error.Problems, p => p is { Argument: "numerators", Index: 1, Group: "B" } && p.Rule.Contains("denominators", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p is { Argument: "denominators", Index: 2, Value: "-3", Group: "C" });
        Assert.Contains(error.Problems, p => p is { Argument: "groups", Index: 3 } && p.Rule.Contains("unique", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Argument == "options.SmallNumberThreshold");
        Assert.Contains(error.Problems, p => p.Argument == "multiplier");
    }

    [Fact]
    public void Batch_layout_and_destination_errors_leave_the_destination_unchanged()
    {
        var destination = new ComparisonEstimate[3];
        var error = Assert.Throws<StatisticsInputException>(() => ReferenceGroupComparison.CompareRates(
            ["A", "B"], [1, 2, 3], [10, 20], Level95, destination));
        Assert.Contains(error.Problems, p => p.Argument == "events" && p.Rule.Contains("multiple of 2", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Argument == "personTime");
        Assert.All(destination, d => Assert.Equal(default, d));
    }

    [Fact]
    public void A_zero_denominator_is_a_status_not_an_error()
    {
        var c = ReferenceGroupComparison.CompareRates(["A", "B"], [0, 10], [0, 1_000], Level95)[0].Estimates[0];
        Assert.Equal(EstimateStatus.ZeroDenominator, c.Ratio.Status);
        Assert.Equal(EstimateStatus.ZeroDenominator, c.Difference.Status);
        Assert.Null(c.PValue);
    }

    private static StratifiedDataset Rates(GroupDimension dimension, params StratifiedRow[] rows) => new(dimension, DatasetMeasure.Rate, rows);

    [Fact]
    public void Dataset_rows_are_summed_over_age_bands_within_each_area_with_the_reference_chosen_per_area()
    {
        var dataset = Rates(GroupDimension.Ethnicity(),
            new StratifiedRow("A", AgeBand: "0-49", Area: "E1", Numerator: 100, Denominator: 50_000),
            new StratifiedRow("A", AgeBand: "50+", Area: "E1", Numerator: 300, Denominator: 30_000),
            new StratifiedRow("N", AgeBand: "0-49", Area: "E1", Numerator: 20, Denominator: 5_000),
            new StratifiedRow("N", AgeBand: "50+", Area: "E1", Numerator: 10, Denominator: 1_000),
            new StratifiedRow("Z", AgeBand: "0-49", Area: "E1", Numerator: 400, Denominator: 900_000),
            new StratifiedRow("A", Area: "E2", Numerator: 10, Denominator: 1_000),
            new StratifiedRow("h", Area: "E2", Numerator: 90, Denominator: 9_000));
        var results = ReferenceGroupComparison.CompareRates(dataset, Level95);
        Assert.Equal(5, results.Count);

        // E1: "Z" (not stated) is larger but a missing-ethnicity code, so White British (A) is the reference.
        Assert.All(results.Take(3), r => Assert.Equal("A", r.ReferenceGroup));
        var black = results[1];
        Assert.Equal(("N", "E1", 30.0, 6_000.0), (black.Row.Group, black.Row.Area, black.Row.Numerator!.Value, black.Row.Denominator!.Value));
        Assert.Null(black.Row.AgeBand);
        Tolerance.Equal(30.0 / 6_000 / (400.0 / 80_000), black.Estimates[0].Ratio.Value, 1e-12, "crude RR over age bands");

        // E2: Indian (h, codes compared ignoring case) is the larger group.
        Assert.All(results.Skip(3), r => Assert.Equal("h", r.ReferenceGroup));

        // Naming the reference by its label works too (and the name must be present in every set: E1 has no Indian group).
        Assert.Throws<StatisticsInputException>(() => ReferenceGroupComparison.CompareRates(dataset, Level95, new ComparisonOptions { ReferenceGroup = "Indian" }));
        var e2 = dataset with { Rows = [.. dataset.Rows.Where(r => r.Area == "E2")] };
        var byLabel = ReferenceGroupComparison.CompareRates(e2, Level95, new ComparisonOptions { ReferenceGroup = "Indian" });
        Assert.Contains(byLabel, r => r.Row.Area == "E2" && r.IsReference && r.Row.Group == "h");
    }

    [Fact]
    public void Dataset_problems_are_all_listed_set_by_set()
    {
        var dataset = Rates(GroupDimension.Ethnicity(),
            new StratifiedRow("A", Area: "E1", Numerator: 10, Denominator: 1_000),
            new StratifiedRow("H", Area: "E1", Numerator: -2, Denominator: 1_000),
            new StratifiedRow("A", Area: "E2", Numerator: 10, Denominator: 1_000),
            new StratifiedRow("J", Area: "E3", Numerator: 1, Denominator: 100),
            new StratifiedRow("K", Area: "E3", Numerator: 1, Denominator: 100));
        var error = Assert.Throws<StatisticsInputException>(() => ReferenceGroupComparison.CompareRates(dataset, Level95, new ComparisonOptions { ReferenceGroup = "H" }));
        Assert.Contains(error.Problems, p => p is { Index: 1, Argument: "dataset.numerator" });
        Assert.Contains(error.Problems, p => p is { Index: 2, Argument: "dataset.group" } && p.Rule.Contains("area 'E2'", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p is { Index: 3, Argument: "options.ReferenceGroup" } && p.Rule.Contains("'J', 'K'", StringComparison.Ordinal));
    }

    [Fact]
    public void Mixed_classification_schemes_in_an_ethnicity_column_are_an_error_naming_rows_and_schemes()
    {
        var dataset = Rates(GroupDimension.Ethnicity(),
            new StratifiedRow("A", Numerator: 10, Denominator: 1_000),
            new StratifiedRow("C", Numerator: 10, Denominator: 1_000),
            new StratifiedRow("Roma", Numerator: 3, Denominator: 200),
            new StratifiedRow("Arab", Numerator: 3, Denominator: 200));
        var error = Assert.Throws<StatisticsInputException>(() => ReferenceGroupComparison.CompareRates(dataset, Level95));
        var roma = Assert.Single(error.Problems, p => p.Index == 2);
        Assert.Equal("dataset.group", roma.Argument);
        Assert.Contains("Census2021", roma.Rule, StringComparison.Ordinal);
        Assert.Contains("NhsEthnicCategory", roma.Rule, StringComparison.Ordinal);
        Assert.Contains("mixes classification schemes", roma.Rule, StringComparison.Ordinal);
        var arab = Assert.Single(error.Problems, p => p.Index == 3);
        Assert.Contains("Census2011", arab.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Mixed_classification_schemes_are_found_in_a_column_without_a_declared_scheme()
    {
        // Census 2021 labels and NHS codes in one free-text column: "J" is only an NHS code, "Roma" only a 2021 category.
        var dataset = Rates(GroupDimension.Other("ethnic group"),
            new StratifiedRow("J", Numerator: 10, Denominator: 1_000),
            new StratifiedRow("K", Numerator: 10, Denominator: 1_000),
            new StratifiedRow("H", Numerator: 10, Denominator: 1_000),
            new StratifiedRow("Roma", Numerator: 3, Denominator: 200));
        var error = Assert.Throws<StatisticsInputException>(() => DeprivationAdjustedComparison.CompareRates(
            dataset with { Rows = [.. dataset.Rows.Select(r => r with { DeprivationQuantile = 1 })] }, Level95));
        var problem = Assert.Single(error.Problems);
        Assert.Equal(3, problem.Index);
        Assert.Contains("Census2021", problem.Rule, StringComparison.Ordinal);

        // A column of one scheme's labels, and a column that is not about ethnicity, pass.
        var labels = Rates(GroupDimension.Other("ethnic group"),
            new StratifiedRow("Indian", Numerator: 10, Denominator: 1_000),
            new StratifiedRow("Pakistani", Numerator: 10, Denominator: 1_000),
            new StratifiedRow("Roma", Numerator: 3, Denominator: 200));
        Assert.Equal(3, ReferenceGroupComparison.CompareRates(labels, Level95).Count);
        var providers = Rates(GroupDimension.Other("provider"),
            new StratifiedRow("Trust 1", Numerator: 10, Denominator: 1_000),
            new StratifiedRow("Trust 2", Numerator: 10, Denominator: 1_000));
        Assert.Equal(2, ReferenceGroupComparison.CompareRates(providers, Level95).Count);
    }

    [Fact]
    public void Standardised_dataset_comparison_checks_bands_schemes_and_sets()
    {
        var standard = new StandardPopulation("two", ["0-49", "50+"], [60_000, 40_000]);
        var good = Rates(GroupDimension.Ethnicity(),
            new StratifiedRow("A", AgeBand: "0-49", Numerator: 100, Denominator: 50_000),
            new StratifiedRow("A", AgeBand: "50+", Numerator: 300, Denominator: 30_000),
            new StratifiedRow("N", AgeBand: "0-49", Numerator: 20, Denominator: 5_000),
            new StratifiedRow("N", AgeBand: "50+", Numerator: 10, Denominator: 1_000));
        var results = ReferenceGroupComparison.CompareStandardisedRates(good, standard, Level95);
        var spans = ReferenceGroupComparison.CompareStandardisedRates(["A", "N"], [100, 300, 20, 10], [50_000, 30_000, 5_000, 1_000], standard, Level95);
        Assert.Equal(spans[1].Estimates, results[1].Estimates);
        Assert.Equal(30, results[1].Row.Numerator);

        var bad = Rates(GroupDimension.Ethnicity(),
            new StratifiedRow("A", AgeBand: "0-49", Numerator: 100, Denominator: 50_000),
            new StratifiedRow("A", AgeBand: "50+", Numerator: 300, Denominator: 30_000),
            new StratifiedRow("Roma", AgeBand: "0-49", Numerator: 2, Denominator: 500),
            new StratifiedRow("Roma", AgeBand: "50+", Numerator: 1, Denominator: 100),
            new StratifiedRow("N", AgeBand: "0-49", Area: "E9", Numerator: 20, Denominator: 5_000));
        var error = Assert.Throws<StatisticsInputException>(() => ReferenceGroupComparison.CompareStandardisedRates(bad, standard, Level95));
        Assert.Contains(error.Problems, p => p.Index == 2 && p.Rule.Contains("Census2021", StringComparison.Ordinal));
        Assert.DoesNotContain(error.Problems, p => p.Index == 2 && p.Rule.Contains("known-group-code", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Value.Contains("'50+'", StringComparison.Ordinal) && p.Group == "N (area 'E9')");
        Assert.Contains(error.Problems, p => p is { Index: 4, Argument: "dataset.group" } && p.Rule.Contains("two groups", StringComparison.Ordinal));
    }

    [Fact]
    public void The_scheme_detector_knows_which_schemes_a_value_belongs_to()
    {
        Assert.Equal([EthnicityScheme.NhsEthnicCategory], ComparisonDataset.SchemesOf("J"));
        Assert.Equal([EthnicityScheme.Census2021], ComparisonDataset.SchemesOf("Roma"));
        Assert.Contains(EthnicityScheme.Census2011, ComparisonDataset.SchemesOf("Arab"));
        Assert.DoesNotContain(EthnicityScheme.NhsEthnicCategory, ComparisonDataset.SchemesOf("Arab"));
        Assert.Empty(ComparisonDataset.SchemesOf("Trust 1"));
    }
}
