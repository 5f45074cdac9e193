using EEiC.Datasets;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Standardisation;
using EEiC.Statistics.Validation;
using static EEiC.Statistics.Tests.Standardisation.StandardisationFixtures;

namespace EEiC.Statistics.Tests.Standardisation;

/// <summary>Indirect standardisation: undefined estimates and every rule on bad input, including the upstream error fixtures.</summary>
public sealed class IndirectStandardisationTests
{
    private static readonly ConfidenceLevel[] Both = [.. ConfidenceLevel.Standard];

    [Fact]
    public void Err1_negative_count_is_reported()
    {
        var (_, refCounts, refPopulations) = Reference();
        var rows = Load("dsr_isr__testdata_err1.csv").Rows;
        var error = Assert.Throws<StatisticsInputException>(() => IndirectStandardisation.Ratio(
            rows.Select(r => r.Required("count")).ToArray(), rows.Select(r => r.Required("pop")).ToArray(), refCounts, refPopulations, ConfidenceLevel.Percent95));
        var problem = Assert.Single(error.Problems);
        Assert.Equal(("counts", 5, "-26"), (problem.Argument, problem.Index!.Value, problem.Value));
        Assert.Contains("(band 5)", problem.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Err3_negative_population_is_reported_but_err2_zero_population_is_allowed()
    {
        var (_, refCounts, refPopulations) = Reference();
        var rows = Load("dsr_isr__testdata_err3.csv").Rows;
        var error = Assert.Throws<StatisticsInputException>(() => IndirectStandardisation.Rate(
            rows.Select(r => r.Required("count")).ToArray(), rows.Select(r => r.Required("pop")).ToArray(), refCounts, refPopulations, ConfidenceLevel.Percent95));
        var problem = Assert.Single(error.Problems);
        Assert.Equal(("populations", 1, "-558"), (problem.Argument, problem.Index!.Value, problem.Value));

        var err2 = Banded.From(Load("dsr_isr__testdata_err2.csv"), "area", null, "count", "pop");
        Assert.Equal(0, err2.Populations[1]);
        var results = new IndirectlyStandardisedEstimate[4];
        IndirectStandardisation.Ratios(err2.Counts, err2.Populations, refCounts, refPopulations, Both, results);
        Assert.All(results, r => Assert.Equal(EstimateStatus.Ok, r.Estimate.Status));
    }

    [Fact]
    public void Zero_expected_count_gives_no_estimate()
    {
        var result = IndirectStandardisation.Ratio([3, 0], [0, 100], [5, 0], [1000, 1000], ConfidenceLevel.Percent95);
        Assert.Equal(0, result.Expected);
        Assert.Equal(3, result.Observed);
        Assert.Equal(EstimateStatus.ZeroDenominator, result.Estimate.Status);
        Assert.Null(result.Estimate.Value);
        Assert.Equal(EstimationMethod.ExactPoisson, result.Estimate.Method);
    }

    [Fact]
    public void No_observed_events_give_a_zero_ratio_with_an_exact_upper_limit()
    {
        var result = IndirectStandardisation.Ratio(0, 2, ConfidenceLevel.Percent95);
        Assert.Equal(0, result.Estimate.Value);
        Assert.Equal(0, result.Estimate.Lower);
        Assert.Equal(3.688879454113936 / 2, result.Estimate.Upper!.Value, 12); // qchisq(0.975, 2) / 2 / E
    }

    [Fact]
    public void Reference_of_the_wrong_shape_is_named_with_both_lengths()
    {
        var (_, refCounts, refPopulations) = Reference();
        var data = MultiArea();
        var error = Assert.Throws<StatisticsInputException>(() =>
            IndirectStandardisation.Ratio(data.CountsOf(0), data.PopulationsOf(0), refCounts[..18], refPopulations[..18], ConfidenceLevel.Percent95));
        var problem = Assert.Single(error.Problems);
        Assert.Equal("referenceCounts", problem.Argument);
        Assert.Equal("18 bands", problem.Value);
        Assert.Contains("(19)", problem.Rule, StringComparison.Ordinal);

        var batch = Assert.Throws<StatisticsInputException>(() =>
            IndirectStandardisation.Ratios(data.Counts, data.Populations, refCounts[..18], refPopulations[..17], Both, new IndirectlyStandardisedEstimate[6]));
        Assert.Contains(batch.Problems, p => p.Argument == "referencePopulations" && p.Rule.Contains("(18)", StringComparison.Ordinal));
        Assert.Contains(batch.Problems, p => p.Argument == "referenceCounts" && p.Value == "18 bands" && p.Rule.Contains("(57", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_bad_value_is_reported_at_once()
    {
        var error = Assert.Throws<StatisticsInputException>(() => IndirectStandardisation.Rates(
            [1, double.NaN, 3, 4], [10, 10, -1, 10], [1, -2], [100, 0], [], new IndirectlyStandardisedEstimate[1], multiplier: double.PositiveInfinity));
        Assert.Equal(
            ["referenceCounts", "referencePopulations", "counts", "populations", "levels", "multiplier"],
            error.Problems.Select(p => p.Argument));
        Assert.Equal([1, 1, 1, 2, null, null], error.Problems.Select(p => p.Index));
    }

    [Fact]
    public void Observed_and_expected_totals_are_checked()
    {
        var error = Assert.Throws<StatisticsInputException>(() => IndirectStandardisation.Rate(-1, double.NaN, 0, default));
        Assert.Equal(["observed", "expected", "levels", "referenceRate"], error.Problems.Select(p => p.Argument));
    }

    [Fact]
    public void Reference_dataset_problems_are_reported_with_the_data_problems()
    {
        var reference = new StratifiedDataset(GroupDimension.Other("reference"), DatasetMeasure.Rate,
        [
            new StratifiedRow("England", AgeBand: "0-4", Numerator: 10, Denominator: 1000),
            new StratifiedRow("England", AgeBand: "00-04", Numerator: 10, Denominator: 1000),
            new StratifiedRow("England", AgeBand: "5-9", Numerator: 10, Denominator: 0),
            new StratifiedRow("England", AgeBand: null, Numerator: 10, Denominator: 1000),
        ]);
        var dataset = new StratifiedDataset(GroupDimension.Other("area"), DatasetMeasure.Rate,
        [
            new StratifiedRow("X", AgeBand: "0-4", Numerator: 1, Denominator: 0),
            new StratifiedRow("X", AgeBand: "10-14", Numerator: 1, Denominator: 10),
        ]);
        var error = Assert.Throws<StatisticsInputException>(() => IndirectStandardisation.Ratios(dataset, reference, Both));
        Assert.Equal(
            [("reference.age_band", (int?)1), ("reference.denominator", 2), ("reference.age_band", 3), ("dataset.age_band", 1), ("dataset", null)],
            error.Problems.Select(p => (p.Argument, p.Index)));
        Assert.Equal("no row for '5-9'", error.Problems[^1].Value);
    }
}
