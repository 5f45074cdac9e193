using EEiC.Datasets;
using EEiC.Ethnicity;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Need;
using EEiC.Statistics.Standardisation;
using EEiC.Statistics.Validation;
using FsCheck;
using FsCheck.Fluent;
using static EEiC.Statistics.Tests.Standardisation.StandardisationFixtures;

namespace EEiC.Statistics.Tests.Need;

/// <summary>
/// Expected versus observed activity with group-specific reference rates: the PHEindicatormethods ISR oracle (when every
/// group has the same reference rates the method is an indirectly standardised ratio), hand-worked examples with limits
/// computed by bisection on the Poisson distribution, and properties.
/// </summary>
public sealed class ExpectedVersusObservedTests
{
    private const double OracleTolerance = 1e-12;

    private static readonly ConfidenceLevel[] Standard = [.. ConfidenceLevel.Standard];

    public static TheoryData<int> RatioOracleRows() =>
        [.. Enumerable.Range(0, Load("oracle_runs/isr__oracle.csv").Rows.Count)
            .Where(i => Load("oracle_runs/isr__oracle.csv").Rows[i].Text("call")!.StartsWith("calculate_ISRatio", StringComparison.Ordinal)
                && Load("oracle_runs/isr__oracle.csv").Rows[i].Text("confidence") == "95%, 99.8%")];

    [Fact]
    public void The_oracle_has_six_ratio_rows_at_both_levels() => Assert.Equal(6, RatioOracleRows().Count);

    /// <summary>
    /// The three areas of the multi-area fixture become three groups of one area, each given the reference's band rates
    /// (refcount / refpop) as its own rates: E, O/E and both limits at both levels must match R to 1e-12.
    /// </summary>
    [Theory]
    [MemberData(nameof(RatioOracleRows))]
    public void Oracle_row_with_the_reference_rates_as_every_groups_rates(int index)
    {
        var row = Load("oracle_runs/isr__oracle.csv").Rows[index];
        var refValue = row.Text("statistic")!.EndsWith("x 100", StringComparison.Ordinal) ? 100 : 1;
        var data = MultiArea();
        var (_, refCounts, refPopulations) = Reference();
        var bandRates = refCounts.Select((c, b) => c / refPopulations[b]).ToArray();
        var rates = Enumerable.Repeat(bandRates, data.Groups.Length).SelectMany(r => r).ToArray();
        var observed = Enumerable.Range(0, data.Groups.Length).Select(g => data.CountsOf(g).ToArray().Sum()).ToArray();
        var results = new IndirectlyStandardisedEstimate[data.Groups.Length * 2];
        var overall = new IndirectlyStandardisedEstimate[2];
        ExpectedVersusObserved.Ratios(observed, rates, data.Populations, data.Groups.Length, Standard, results, overall);

        var g = data.IndexOf(row.Text("area")!);
        var what = $"isr__oracle row {index + 1} ({row.Text("area")}, x {refValue})";
        Tolerance.Equal(row.Required("observed"), results[g * 2].Observed, 0, what + " observed");
        Tolerance.Equal(row.Required("expected"), results[g * 2].Expected, OracleTolerance, what + " expected");
        var e95 = results[g * 2].Estimate.Scale(refValue);
        var e998 = results[(g * 2) + 1].Estimate.Scale(refValue);
        Tolerance.Equal(row.Required("value"), e95.Value, OracleTolerance, what + " value");
        Tolerance.Equal(row.Required("lower95_0cl"), e95.Lower, OracleTolerance, what + " lower 95%");
        Tolerance.Equal(row.Required("upper95_0cl"), e95.Upper, OracleTolerance, what + " upper 95%");
        Tolerance.Equal(row.Required("lower99_8cl"), e998.Lower, OracleTolerance, what + " lower 99.8%");
        Tolerance.Equal(row.Required("upper99_8cl"), e998.Upper, OracleTolerance, what + " upper 99.8%");
        Assert.Equal(row.Text("method") == "Exact" ? EstimationMethod.ExactPoisson : EstimationMethod.Byar, e95.Method);
    }

    [Fact]
    public void Overall_ratio_is_total_observed_over_total_expected_with_Byars_limits()
    {
        var data = MultiArea();
        var (_, refCounts, refPopulations) = Reference();
        var rates = Enumerable.Repeat(refCounts.Select((c, b) => c / refPopulations[b]), 3).SelectMany(r => r).ToArray();
        var observed = Enumerable.Range(0, 3).Select(g => data.CountsOf(g).ToArray().Sum()).ToArray();
        var results = new IndirectlyStandardisedEstimate[6];
        var overall = new IndirectlyStandardisedEstimate[2];
        ExpectedVersusObserved.Ratios(observed, rates, data.Populations, 3, Standard, results, overall);

        // The oracle gives each area's expected count (835.88 for all three); O = 895 + 91 + 9 = 995.
        var expected = Load("oracle_runs/isr__oracle.csv").Rows.Take(3).Sum(r => r.Required("expected"));
        Assert.Equal(995, overall[0].Observed);
        Tolerance.Equal(expected, overall[0].Expected, OracleTolerance, "total expected");
        foreach (var (estimate, level) in new[] { (overall[0], 0.95), (overall[1], 0.998) })
        {
            var (lower, upper) = IndependentLimits.Byar(995, level);
            Tolerance.Equal(995 / expected, estimate.Estimate.Value, 1e-12, "overall O/E");
            Tolerance.Equal(lower / expected, estimate.Estimate.Lower, 1e-12, "overall lower");
            Tolerance.Equal(upper / expected, estimate.Estimate.Upper, 1e-12, "overall upper");
            Assert.Equal(EstimationMethod.Byar, estimate.Estimate.Method);
        }
    }

    /// <summary>
    /// Two groups with their own rates, worked by hand. Group 1: rates 0.01 and 0.05 on 1,000 and 200 people, E = 10 + 10
    /// = 20, O = 12: O/E = 0.6 with Byar's limits. Group 2: rates 0.02 and 0.10 on 100 and 20 people, E = 2 + 2 = 4, O = 3:
    /// O/E = 0.75 with exact limits. Overall: 15/24 = 0.625.
    /// </summary>
    [Fact]
    public void Group_specific_rates_worked_by_hand()
    {
        double[] rates = [0.01, 0.05, 0.02, 0.10];
        double[] populations = [1000, 200, 100, 20];
        double[] observed = [12, 3];
        var results = new IndirectlyStandardisedEstimate[4];
        var overall = new IndirectlyStandardisedEstimate[2];
        ExpectedVersusObserved.Ratios(observed, rates, populations, 2, Standard, results, overall);

        Tolerance.Equal(20, results[0].Expected, 1e-14, "E group 1");
        Tolerance.Equal(4, results[2].Expected, 1e-14, "E group 2");
        Tolerance.Equal(0.6, results[0].Estimate.Value, 1e-14, "O/E group 1");
        Tolerance.Equal(0.75, results[2].Estimate.Value, 1e-14, "O/E group 2");
        Tolerance.Equal(0.625, overall[0].Estimate.Value, 1e-14, "overall");
        for (var l = 0; l < 2; l++)
        {
            var level = Standard[l].Value;
            var (byarLower, byarUpper) = IndependentLimits.Byar(12, level);
            Tolerance.Equal(byarLower / 20, results[l].Estimate.Lower, 1e-12, $"group 1 lower at {level}");
            Tolerance.Equal(byarUpper / 20, results[l].Estimate.Upper, 1e-12, $"group 1 upper at {level}");
            var (exactLower, exactUpper) = IndependentLimits.ExactPoisson(3, level);
            Tolerance.Equal(exactLower / 4, results[2 + l].Estimate.Lower, 1e-9, $"group 2 lower at {level}");
            Tolerance.Equal(exactUpper / 4, results[2 + l].Estimate.Upper, 1e-9, $"group 2 upper at {level}");
            Assert.Equal(EstimationMethod.ExactPoisson, results[2 + l].Estimate.Method);
        }

        var scalar = ExpectedVersusObserved.Ratio(3, [0.02, 0.10], [100, 20], ConfidenceLevel.Percent95);
        Assert.Equal(results[2], scalar);
        var expected = new double[2];
        ExpectedVersusObserved.ExpectedCounts(rates, populations, 2, expected);
        Assert.Equal([20.0, 4.0], expected);
    }

    [Fact]
    public void No_expected_activity_gives_no_value()
    {
        var e = ExpectedVersusObserved.Ratio(2, [0.5, 0.0], [0, 100], ConfidenceLevel.Percent95);
        Assert.Equal(0, e.Expected);
        Assert.Equal(EstimateStatus.ZeroDenominator, e.Estimate.Status);
        Assert.Null(e.Estimate.Value);
    }

    [Fact]
    public void Batch_over_many_areas_equals_the_scalar_for_every_cell_and_expected_counts_match_a_naive_loop()
    {
        const int areas = 7, groups = 4, bands = 5;
        var random = new Random(11);
        var rates = Enumerable.Range(0, groups * bands).Select(_ => random.NextDouble() * 0.05).ToArray();
        var populations = Enumerable.Range(0, areas * groups * bands).Select(_ => (double)random.Next(0, 3000)).ToArray();
        var observed = Enumerable.Range(0, areas * groups).Select(_ => (double)random.Next(0, 60)).ToArray();
        var results = new IndirectlyStandardisedEstimate[areas * groups * 2];
        var overall = new IndirectlyStandardisedEstimate[areas * 2];
        ExpectedVersusObserved.Ratios(observed, rates, populations, groups, Standard, results, overall);
        var expected = new double[areas * groups];
        ExpectedVersusObserved.ExpectedCounts(rates, populations, groups, expected);

        for (var a = 0; a < areas; a++)
        {
            double o = 0, e = 0;
            for (var g = 0; g < groups; g++)
            {
                double naive = 0;
                for (var b = 0; b < bands; b++)
                {
                    naive += rates[(g * bands) + b] * populations[(((a * groups) + g) * bands) + b];
                }

                Tolerance.Equal(naive, expected[(a * groups) + g], 1e-13, $"E area {a} group {g}");
                for (var l = 0; l < 2; l++)
                {
                    var scalar = ExpectedVersusObserved.Ratio(observed[(a * groups) + g], rates.AsSpan(g * bands, bands),
                        populations.AsSpan(((a * groups) + g) * bands, bands), Standard[l]);
                    Assert.Equal(scalar, results[((((a * groups) + g) * 2) + l)]);
                }

                o += observed[(a * groups) + g];
                e += expected[(a * groups) + g];
            }

            Assert.Equal(IndirectStandardisation.Ratio(o, e, Standard[1]), overall[(a * 2) + 1]);
        }

        // Without the overall span the group results are the same.
        var alone = new IndirectlyStandardisedEstimate[results.Length];
        ExpectedVersusObserved.Ratios(observed, rates, populations, groups, Standard, alone, []);
        Assert.Equal(results, alone);
    }

    [Fact]
    public void Observed_equal_to_expected_gives_one_and_an_interval_containing_one() =>
        Prop.ForAll(
            (from groups in Gen.Choose(1, 5)
             from bands in Gen.Choose(1, 6)
             from rates in Gen.ArrayOf(Gen.Choose(0, 1000).Select(r => r / 10_000.0), groups * bands)
             from pops in Gen.ArrayOf(Gen.Choose(0, 50_000).Select(p => (double)p), groups * bands)
             select (groups, bands, rates, pops)).ToArbitrary(),
            c =>
            {
                // Local rates equal to the reference rates: observed activity is Σ rate × population in each group.
                var observed = Enumerable.Range(0, c.groups)
                    .Select(g => Enumerable.Range(0, c.bands).Sum(b => c.rates[(g * c.bands) + b] * c.pops[(g * c.bands) + b])).ToArray();
                var results = new IndirectlyStandardisedEstimate[c.groups];
                var overall = new IndirectlyStandardisedEstimate[1];
                ExpectedVersusObserved.Ratios(observed, c.rates, c.pops, c.groups, [ConfidenceLevel.Percent95], results, overall);
                return results.Append(overall[0]).All(r => r.Expected == 0
                    ? r.Estimate.Status == EstimateStatus.ZeroDenominator
                    : Math.Abs(r.Estimate.Value!.Value - 1) < 1e-12 && (r.Estimate.Lower ?? 0) <= 1 && r.Estimate.Upper >= 1);
            }).QuickCheckThrowOnFailure();

    [Fact]
    public void Share_of_activity_over_share_of_need_is_each_ratio_over_the_overall_ratio()
    {
        double[] observed = [120, 14, 9, 30];
        double[] expected = [100, 25, 10, 40];
        var shares = new IntervalEstimate[4];
        RepresentationRatios.Ratios(observed, expected, [ConfidenceLevel.Percent95], shares);
        var overall = observed.Sum() / expected.Sum();
        for (var g = 0; g < 4; g++)
        {
            Tolerance.Equal(observed[g] / expected[g] / overall, shares[g].Value, 1e-14, $"group {g}");
        }
    }

    [Fact]
    public void Bad_input_is_reported_whole()
    {
        var error = Assert.Throws<StatisticsInputException>(() => ExpectedVersusObserved.Ratios(
            [5, -1, 3, 2], [0.1, double.NaN, 0.2, 0.3], [10, 10, 10, -10, 10, 10, 10, 10], 2, Standard, new IndirectlyStandardisedEstimate[8], new IndirectlyStandardisedEstimate[3]));
        Assert.Contains(error.Problems, p => p is { Argument: "observed", Index: 1 } && p.Rule.Contains("area 0, group 1", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p is { Argument: "referenceRates", Index: 1 } && p.Rule.Contains("group 0, band 1", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p is { Argument: "populations", Index: 3 } && p.Rule.Contains("area 0, group 1, band 1", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Argument == "overall");

        var shape = Assert.Throws<StatisticsInputException>(() => ExpectedVersusObserved.Ratios(
            [1, 2, 3], [0.1, 0.2], [10, 10, 10], 2, Standard, new IndirectlyStandardisedEstimate[12], []));
        Assert.Contains(shape.Problems, p => p.Argument == "observed");
        Assert.Contains(shape.Problems, p => p.Argument == "populations");
        Assert.Throws<StatisticsInputException>(() => ExpectedVersusObserved.ExpectedCounts([0.1], [1], 0, new double[1]));
    }

    [Fact]
    public void Dataset_overload_matches_the_spans_and_adds_an_overall_row_per_area()
    {
        string[] bands = ["0-44", "45-64", "65+"];
        string[] groups = ["A", "J", "K"];
        var referenceRows = new List<StratifiedRow>();
        var rates = new double[9];
        for (var g = 0; g < 3; g++)
        {
            for (var b = 0; b < 3; b++)
            {
                var events = 10 * (g + 1) * (b + 1) * (b + 1);
                rates[(g * 3) + b] = events / 100_000.0;
                referenceRows.Add(new StratifiedRow(groups[g], AgeBand: bands[b], Numerator: events, Denominator: 100_000));
            }
        }

        var random = new Random(5);
        var localRows = new List<StratifiedRow>();
        var populations = new double[2 * 9];
        var observed = new double[2 * 3];
        for (var a = 0; a < 2; a++)
        {
            for (var g = 0; g < 3; g++)
            {
                for (var b = 0; b < 3; b++)
                {
                    double pop = random.Next(1000, 20000), events = random.Next(0, 8);
                    populations[(((a * 3) + g) * 3) + b] = pop;
                    observed[(a * 3) + g] += events;
                    localRows.Add(new StratifiedRow(groups[g], AgeBand: bands[b], Area: $"E0{a}", Numerator: events, Denominator: pop));
                }
            }
        }

        var dataset = new StratifiedDataset(GroupDimension.Ethnicity(), DatasetMeasure.Rate, localRows);
        var reference = new StratifiedDataset(GroupDimension.Ethnicity(), DatasetMeasure.Rate, referenceRows);
        var table = ExpectedVersusObserved.Ratios(dataset, reference, Standard);
        var spans = new IndirectlyStandardisedEstimate[12];
        var overall = new IndirectlyStandardisedEstimate[4];
        ExpectedVersusObserved.Ratios(observed, rates, populations, 3, Standard, spans, overall);

        Assert.Equal(6, table.Groups.Count);
        Assert.Equal(2, table.Overall.Count);
        for (var i = 0; i < 6; i++)
        {
            Assert.Equal(groups[i % 3], table.Groups[i].Row.Group);
            Assert.Equal($"E0{i / 3}", table.Groups[i].Row.Area);
            Assert.Null(table.Groups[i].Row.AgeBand);
            Assert.Equal(spans[i * 2].Observed, table.Groups[i].Row.Numerator);
            Assert.Equal(spans[i * 2].Expected, table.Groups[i].Row.Denominator);
            Assert.Equal([spans[i * 2].Estimate, spans[(i * 2) + 1].Estimate], table.Groups[i].Estimates);
        }

        for (var a = 0; a < 2; a++)
        {
            Assert.Equal(ExpectedVersusObserved.AllGroupsLabel, table.Overall[a].Row.Group);
            Assert.Equal($"E0{a}", table.Overall[a].Row.Area);
            Assert.Equal([overall[a * 2].Estimate, overall[(a * 2) + 1].Estimate], table.Overall[a].Estimates);
        }
    }

    [Fact]
    public void Dataset_overload_rejects_groups_without_reference_rates_and_another_scheme()
    {
        var reference = new StratifiedDataset(GroupDimension.Ethnicity(), DatasetMeasure.Rate,
            [new StratifiedRow("A", AgeBand: "0-64", Numerator: 1, Denominator: 100), new StratifiedRow("A", AgeBand: "65+", Numerator: 5, Denominator: 100)]);
        var local = new StratifiedDataset(GroupDimension.Ethnicity(), DatasetMeasure.Rate,
        [
            new StratifiedRow("A", AgeBand: "0-64", Numerator: 1, Denominator: 1000), new StratifiedRow("A", AgeBand: "65+", Numerator: 5, Denominator: 100),
            new StratifiedRow("99", AgeBand: "0-64", Numerator: 1, Denominator: 10), new StratifiedRow("99", AgeBand: "65+", Numerator: 0, Denominator: 5),
        ]);
        var error = Assert.Throws<StatisticsInputException>(() => ExpectedVersusObserved.Ratios(local, reference, Standard));
        var problem = Assert.Single(error.Problems);
        Assert.Equal("'99'", problem.Value);
        Assert.Contains("MissingEthnicitySensitivity", problem.Rule, StringComparison.Ordinal);

        var census = reference with { Group = GroupDimension.Ethnicity(EthnicityScheme.Census2011), Rows = [new StratifiedRow("1", AgeBand: "0-64", Numerator: 1, Denominator: 100), new StratifiedRow("1", AgeBand: "65+", Numerator: 1, Denominator: 100)] };
        var scheme = Assert.Throws<StatisticsInputException>(() => ExpectedVersusObserved.Ratios(local with { Rows = local.Rows.Take(2).ToArray() }, census, Standard));
        Assert.Contains(scheme.Problems, p => p.Argument == "reference.Group" && p.Rule.Contains("NhsEthnicCategory", StringComparison.Ordinal));
    }
}
