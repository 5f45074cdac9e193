using EEiC.Datasets;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Standardisation;
using EEiC.Statistics.Validation;
using static EEiC.Statistics.Tests.Standardisation.StandardisationFixtures;

namespace EEiC.Statistics.Tests.Standardisation;

/// <summary>Directly standardised rates: the dataset overload, batch layout, and every rule on bad input (including the upstream error fixtures).</summary>
public sealed class DirectStandardisationTests
{
    private static readonly ConfidenceLevel[] Both = [.. ConfidenceLevel.Standard];

    [Fact]
    public void Batch_of_all_groups_equals_one_call_per_group()
    {
        var data = MultiArea();
        var results = new StandardisedRate[data.Groups.Length * 2];
        DirectStandardisation.Rates(data.Counts, data.Populations, StandardPopulation.European2013, Both, results);
        for (var g = 0; g < data.Groups.Length; g++)
        {
            var single = new StandardisedRate[2];
            DirectStandardisation.Rates(data.CountsOf(g), data.PopulationsOf(g), StandardPopulation.European2013, Both, single);
            Assert.Equal(single, results.AsSpan(g * 2, 2).ToArray());
        }
    }

    [Fact]
    public void Dataset_overload_matches_the_oracle_with_a_custom_standard_carrying_the_fixture_labels()
    {
        // The fixture labels the 55-59 band "55-69"; a custom standard with the fixture's own labels and the
        // esp2013 weights matches it by label.
        var data = MultiArea();
        var standard = new StandardPopulation("ESP2013 (fixture labels)", data.Bands, Esp2013Weights());
        var estimates = DirectStandardisation.Rates(MultiAreaDataset(), standard, Both);

        var oracle = Load("oracle_runs/dsr__oracle.csv").Rows.Take(3).ToArray(); // multiarea, multiplier 1e5
        Assert.Equal(3, estimates.Count);
        for (var g = 0; g < 3; g++)
        {
            var row = estimates[g].Row;
            Assert.Equal(oracle[g].Text("area"), row.Group);
            Assert.Null(row.AgeBand);
            Assert.Equal(oracle[g].Required("total_count"), row.Numerator);
            Assert.Equal(oracle[g].Required("total_pop"), row.Denominator);
            Assert.Equal(2, estimates[g].Estimates.Count);
            Tolerance.Equal(oracle[g].Number("value"), estimates[g].Estimates[0].Value, 1e-12, "value");
            Tolerance.Equal(oracle[g].Number("lower95_0cl"), estimates[g].Estimates[0].Lower, 1e-12, "lower 95%");
            Tolerance.Equal(oracle[g].Number("upper99_8cl"), estimates[g].Estimates[1].Upper, 1e-12, "upper 99.8%");
        }

        Assert.Equal(EstimateStatus.SmallCount, estimates[2].Estimates[0].Status);
    }

    [Fact]
    public void Dataset_overload_groups_by_every_stratum_other_than_age_band_and_matches_labels_loosely()
    {
        var esp = StandardPopulation.European2013;
        var rows = new List<StratifiedRow>();
        foreach (var sex in new[] { "F", "M" })
        {
            for (var b = 0; b < esp.BandCount; b++)
            {
                // "00-04", "05-09", … and "90 +" are read as the standard's "0-4", "5-9", … "90+".
                var label = esp.Bands[b] == "90+" ? "90 +" : string.Join('-', esp.Bands[b].Split('-').Select(p => p.PadLeft(2, '0')));
                rows.Add(new StratifiedRow("A", AgeBand: label, Sex: sex, Numerator: sex == "F" ? b : 2 * b, Denominator: 1000 + b));
            }
        }

        var dataset = new StratifiedDataset(GroupDimension.Other("group"), DatasetMeasure.Rate, rows);
        var estimates = DirectStandardisation.Rates(dataset, esp, [ConfidenceLevel.Percent95], 1000);
        Assert.Equal(["F", "M"], estimates.Select(e => e.Row.Sex));
        var counts = Enumerable.Range(0, esp.BandCount).Select(b => (double)b).ToArray();
        var populations = Enumerable.Range(0, esp.BandCount).Select(b => 1000.0 + b).ToArray();
        var female = DirectStandardisation.Rate(counts, populations, esp, ConfidenceLevel.Percent95, 1000);
        Assert.Equal(female.Estimate, estimates[0].Estimates[0]);
        Assert.Equal(female.TotalCount, estimates[0].Row.Numerator);
        Assert.Equal(2 * female.Estimate.Value!.Value, estimates[1].Estimates[0].Value!.Value, 12);
    }

    [Fact]
    public void Dataset_with_the_fixture_typo_against_ESP2013_reports_every_unknown_row_and_every_incomplete_group()
    {
        var error = Assert.Throws<StatisticsInputException>(() => DirectStandardisation.Rates(MultiAreaDataset(), StandardPopulation.European2013, Both));
        var unknown = error.Problems.Where(p => p.Argument == "dataset.age_band").ToArray();
        Assert.Equal([11, 30, 49], unknown.Select(p => p.Index!.Value));
        Assert.All(unknown, p => Assert.Equal("'55-69'", p.Value));
        Assert.All(unknown, p => Assert.Contains("European Standard Population 2013", p.Rule, StringComparison.Ordinal));
        var incomplete = error.Problems.Where(p => p.Argument == "dataset").ToArray();
        Assert.Equal(["testdata_big", "testdata_small", "testdata_tiny"], incomplete.Select(p => p.Group));
        Assert.All(incomplete, p => Assert.Equal("no row for '55-59'", p.Value));
        Assert.Equal(6, error.Problems.Count);
    }

    [Fact]
    public void Dataset_problems_are_all_reported_together()
    {
        var esp = StandardPopulation.European2013;
        var rows = new List<StratifiedRow>();
        for (var b = 0; b < esp.BandCount; b++)
        {
            rows.Add(new StratifiedRow("A", AgeBand: esp.Bands[b], Numerator: b == 3 ? -1 : 5, Denominator: b == 4 ? 0 : 100));
        }

        rows.Add(new StratifiedRow("A", AgeBand: "0 - 4", Numerator: 1, Denominator: 10));   // repeats 0-4 under another spelling
        rows.Add(new StratifiedRow("B", AgeBand: null, Numerator: 1, Denominator: 10));      // no age band, and B lacks every band
        var dataset = new StratifiedDataset(GroupDimension.Other("group"), DatasetMeasure.Rate, rows);
        var error = Assert.Throws<StatisticsInputException>(() => DirectStandardisation.Rates(dataset, esp, Both));

        Assert.Contains(error.Problems, p => p.Argument == "dataset.numerator" && p.Index == 3 && p.Value == "-1");
        Assert.Contains(error.Problems, p => p.Argument == "dataset.denominator" && p.Index == 4);
        Assert.Contains(error.Problems, p => p.Argument == "dataset.age_band" && p.Index == 19 && p.Rule.Contains("the row at index 0", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Argument == "dataset.age_band" && p.Index == 20 && p.Value == "absent");
        Assert.Contains(error.Problems, p => p.Argument == "dataset" && p.Group == "B" && p.Value.StartsWith("no row for '0-4', '5-9'", StringComparison.Ordinal));
        Assert.Equal(5, error.Problems.Count);
    }

    [Fact]
    public void Dataset_must_measure_rates()
    {
        var rows = StandardPopulation.European2013.Bands.Select(b => new StratifiedRow("A", AgeBand: b, Numerator: 1, Denominator: 10)).ToList();
        var dataset = new StratifiedDataset(GroupDimension.Other("group"), DatasetMeasure.Proportion, rows);
        var error = Assert.Throws<StatisticsInputException>(() => DirectStandardisation.Rates(dataset, StandardPopulation.European2013, Both));
        var problem = Assert.Single(error.Problems);
        Assert.Equal("dataset.Measure", problem.Argument);
        Assert.Equal("Proportion", problem.Value);
    }

    [Fact]
    public void Standard_with_a_different_number_of_bands_is_named_with_both_lengths()
    {
        var data = MultiArea();
        var error = Assert.Throws<StatisticsInputException>(() =>
            DirectStandardisation.Rate(data.CountsOf(0), data.PopulationsOf(0), StandardPopulation.European1976, ConfidenceLevel.Percent95));
        var problem = Assert.Single(error.Problems);
        Assert.Equal("standard", problem.Argument);
        Assert.Equal("standard", error.ParamName);
        Assert.Contains("18 bands", problem.Value, StringComparison.Ordinal);
        Assert.Contains("(19)", problem.Rule, StringComparison.Ordinal);

        var batch = Assert.Throws<StatisticsInputException>(() =>
            DirectStandardisation.Rates(data.Counts, data.Populations, StandardPopulation.European1976, Both, new StandardisedRate[10]));
        Assert.Contains(batch.Problems, p => p.Argument == "standard" && p.Value.Contains("18 bands", StringComparison.Ordinal) && p.Rule.Contains("(57", StringComparison.Ordinal));
    }

    [Fact]
    public void Err1_negative_count_is_reported_with_its_band()
    {
        var (counts, populations, weights) = ErrorFixture("dsr_isr__testdata_err1.csv");
        var standard = new StandardPopulation("err1 stdpop", Load("dsr_isr__testdata_err1.csv").Rows.Select(r => r.Text("Age Band")!).ToArray(), weights);
        var error = Assert.Throws<StatisticsInputException>(() => DirectStandardisation.Rate(counts, populations, standard, ConfidenceLevel.Percent95));
        var problem = Assert.Single(error.Problems);
        Assert.Equal(("counts", 5, "-26"), (problem.Argument, problem.Index!.Value, problem.Value));
        Assert.Contains("band '25-29'", problem.Rule, StringComparison.Ordinal);
        Assert.Contains(">= 0", problem.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Err2_zero_population_is_reported_for_its_group_and_band()
    {
        var data = Banded.From(Load("dsr_isr__testdata_err2.csv"), "area", null, "count", "pop");
        Assert.Equal(["Area1", "Area2"], data.Groups);
        var error = Assert.Throws<StatisticsInputException>(() =>
            DirectStandardisation.Rates(data.Counts, data.Populations, StandardPopulation.European2013, Both, new StandardisedRate[4]));
        var problem = Assert.Single(error.Problems);
        Assert.Equal(("populations", 1, "0"), (problem.Argument, problem.Index!.Value, problem.Value));
        Assert.Contains("group 0, band '5-9'", problem.Rule, StringComparison.Ordinal);
        Assert.Contains("> 0", problem.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Err3_negative_population_is_reported()
    {
        var (counts, populations, weights) = ErrorFixture("dsr_isr__testdata_err3.csv");
        var error = Assert.Throws<StatisticsInputException>(() =>
            DirectStandardisation.Rate(counts, populations, new StandardPopulation("err3", StandardPopulation.European2013.Bands, weights), ConfidenceLevel.Percent95));
        var problem = Assert.Single(error.Problems);
        Assert.Equal(("populations", 1, "-558"), (problem.Argument, problem.Index!.Value, problem.Value));
    }

    [Fact]
    public void Err4_negative_standard_population_is_refused_by_the_standard()
    {
        var (_, _, weights) = ErrorFixture("dsr_isr__testdata_err4.csv");
        var error = Assert.Throws<StatisticsInputException>(() => new StandardPopulation("err4", StandardPopulation.European2013.Bands, weights));
        var problem = Assert.Single(error.Problems);
        Assert.Equal(("weights", 5, "-6000"), (problem.Argument, problem.Index!.Value, problem.Value));
    }

    [Fact]
    public void Every_bad_value_of_a_batch_is_reported_at_once()
    {
        var (counts1, _, _) = ErrorFixture("dsr_isr__testdata_err1.csv");
        var (_, populations3, _) = ErrorFixture("dsr_isr__testdata_err3.csv");
        var counts = counts1.Concat(counts1).ToArray();
        var populations = populations3.Concat(populations3).ToArray();
        populations[30] = double.NaN;
        counts[33] = double.PositiveInfinity;
        var error = Assert.Throws<StatisticsInputException>(() =>
            DirectStandardisation.Rates(counts, populations, StandardPopulation.European2013, [ConfidenceLevel.Percent95, default], new StandardisedRate[3], multiplier: 0));
        Assert.Equal(
            ["levels[1]", "multiplier", "destination", "counts[5]", "counts[24]", "counts[33]", "populations[1]", "populations[20]", "populations[30]"],
            error.Problems.Select(p => p.Index is { } i && p.Argument is "counts" or "populations" or "levels" ? $"{p.Argument}[{i}]" : p.Argument));
        Assert.Contains("9 bad inputs", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_independent_input_of_the_wrong_shape_is_refused()
    {
        var esp = StandardPopulation.European2013;
        var populations = Enumerable.Repeat(100.0, esp.BandCount).ToArray();
        var error = Assert.Throws<StatisticsInputException>(() =>
            DirectStandardisation.RateForNonIndependentEvents(new double[esp.BandCount * 2], [1, 2, 0], populations, esp, ConfidenceLevel.Percent95));
        Assert.Contains(error.Problems, p => p.Argument == "persons" && p.Rule.Contains("(19) times the number of event frequencies (3) = 57", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Argument == "eventFrequencies" && p.Index == 2);
        Assert.Equal(2, error.Problems.Count);
    }

    [Fact]
    public void Fewer_than_ten_events_give_no_rate_but_keep_the_totals()
    {
        var esp = StandardPopulation.European2013;
        var counts = new double[esp.BandCount];
        counts[3] = 9.5;
        var populations = Enumerable.Repeat(50.0, esp.BandCount).ToArray();
        var result = DirectStandardisation.Rate(counts, populations, esp, ConfidenceLevel.Percent95);
        Assert.Equal(EstimateStatus.SmallCount, result.Estimate.Status);
        Assert.Null(result.Estimate.Value);
        Assert.Null(result.Estimate.Lower);
        Assert.Equal(9.5, result.TotalCount);
        Assert.Equal(950, result.TotalPopulation);

        counts[3] = 10; // the rule is strict: exactly 10 gives a rate
        Assert.Equal(EstimateStatus.Ok, DirectStandardisation.Rate(counts, populations, esp, ConfidenceLevel.Percent95).Estimate.Status);
    }

    /// <summary>An error fixture with an "Age Band", count, pop, stdpop layout (one area of 19 bands).</summary>
    private static (double[] Counts, double[] Populations, double[] Weights) ErrorFixture(string file)
    {
        var rows = Load(file).Rows;
        return (rows.Select(r => r.Required("count")).ToArray(), rows.Select(r => r.Required("pop")).ToArray(), rows.Select(r => r.Required("stdpop")).ToArray());
    }
}
