using System.Globalization;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Standardisation;
using static EEiC.Statistics.Tests.Standardisation.StandardisationFixtures;

namespace EEiC.Statistics.Tests.Standardisation;

/// <summary>
/// Every row of PHEindicatormethods' ISR fixture (dsr_isr__testresults_ISR.csv) and of the exact R oracle
/// (oracle_runs/isr__oracle.csv), on every row of the inputs (multi-area data, reference, observed totals, err2).
/// </summary>
public sealed class IndirectStandardisationFixtureTests
{
    private const double OracleTolerance = 1e-12;

    /// <summary>The xlsx-derived cells (17 significant digits) are within a few 1e-15 of the oracle.</summary>
    private const double FixtureTolerance = 1e-12;

    public static TheoryData<int> FixtureRows() => [.. Enumerable.Range(0, Load("dsr_isr__testresults_ISR.csv").Rows.Count)];

    public static TheoryData<int> OracleRows() => [.. Enumerable.Range(0, Load("oracle_runs/isr__oracle.csv").Rows.Count)];

    [Fact]
    public void Fixture_files_have_the_expected_number_of_rows()
    {
        Assert.Equal(16, Load("dsr_isr__testresults_ISR.csv").Rows.Count);
        Assert.Equal(19, Load("oracle_runs/isr__oracle.csv").Rows.Count);
        Assert.Equal(57, Load("dsr_isr__testdata_multiarea_isr.csv").Rows.Count);
        Assert.Equal(19, Load("dsr_isr__refdata.csv").Rows.Count);
        Assert.Equal(3, Load("dsr_isr__testdata_multiarea_lookup.csv").Rows.Count);
        Assert.Equal(38, Load("dsr_isr__testdata_err2.csv").Rows.Count);
    }

    [Fact]
    public void Per_row_reference_columns_repeat_the_reference_vector_and_the_counts_the_DSR_input()
    {
        // R's refpoptype "field" and "vector" give the same here because every row of testdata_multiarea_isr
        // carries the reference value of its band (NA reference count read as 0, as R does).
        var (bands, refCounts, refPopulations) = Reference();
        var isr = Banded.From(Load("dsr_isr__testdata_multiarea_isr.csv"), "area", "ageband", "count", "pop");
        var dsr = MultiArea();
        Assert.Equal(dsr.Groups, isr.Groups);
        Assert.Equal(bands, isr.Bands);
        var rows = Load("dsr_isr__testdata_multiarea_isr.csv").Rows;
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(refCounts[i % 19], rows[i].Number("refcount") ?? 0);
            Assert.Equal(refPopulations[i % 19], rows[i].Required("refpop"));
            Assert.Equal(dsr.Counts[i], isr.Counts[i]);
            if (rows[i].Number("pop") is null)
            {
                // The one NA population (tiny, 10-14) is read as 0, as R does for n in the expected count.
                Assert.Equal(("testdata_tiny", "10-14"), (rows[i].Text("area"), rows[i].Text("ageband")));
                Assert.Equal(0, isr.Populations[i]);
            }
            else
            {
                Assert.Equal(dsr.Populations[i], isr.Populations[i]);
            }
        }
    }

    [Theory]
    [MemberData(nameof(FixtureRows))]
    public void Upstream_fixture_row(int index)
    {
        var row = Load("dsr_isr__testresults_ISR.csv").Rows[index];
        var area = row.Text("area")!;
        var statistic = row.Text("statistic")!;
        var single = area.StartsWith("Area", StringComparison.Ordinal); // rows 13–16: testdata_err2, one 95% CI in the 95% columns
        var levels = single ? [ConfidenceLevel.Percent95] : ConfidenceLevel.Standard.ToArray();
        var results = Compute(area, statistic, observedTotals: false, levels);
        Check(row, statistic, results, FixtureTolerance, single ? ("lower95_0cl", "upper95_0cl") : null, $"testresults_ISR row {index + 1} ({area}, {statistic})");
    }

    [Theory]
    [MemberData(nameof(OracleRows))]
    public void Oracle_row(int index)
    {
        var row = Load("oracle_runs/isr__oracle.csv").Rows[index];
        var area = row.Text("area")!;
        var statistic = row.Text("statistic")!;
        var call = row.Text("call")!;
        var single = row.Text("confidence") == "95%";
        Assert.Equal(single ? "95%" : "95%, 99.8%", row.Text("confidence"));
        var levels = single ? [ConfidenceLevel.Percent95] : ConfidenceLevel.Standard.ToArray();
        var results = Compute(area, statistic, call.Contains("observed_totals", StringComparison.Ordinal), levels);
        Check(row, statistic, results, OracleTolerance, single ? ("lowercl", "uppercl") : null, $"isr__oracle row {index + 1} ({area}, {call})");
    }

    [Fact]
    public void Expected_counts_by_stratum_sum_to_the_expected_count_of_each_group()
    {
        var (_, refCounts, refPopulations) = Reference();
        var data = MultiArea();
        var byStratum = new double[data.Populations.Length];
        IndirectStandardisation.ExpectedCounts(data.Populations, refCounts, refPopulations, byStratum);
        for (var i = 0; i < byStratum.Length; i++)
        {
            Assert.Equal(refCounts[i % 19] / refPopulations[i % 19] * data.Populations[i], byStratum[i]);
        }

        var oracle = Load("oracle_runs/isr__oracle.csv").Rows;
        for (var g = 0; g < 3; g++)
        {
            Tolerance.Equal(oracle[g].Required("expected"), byStratum.AsSpan(g * 19, 19).ToArray().Sum(), OracleTolerance, $"expected of {data.Groups[g]}");
        }
    }

    [Fact]
    public void Dataset_overloads_match_the_span_methods()
    {
        var levels = ConfidenceLevel.Standard.ToArray();
        var (_, refCounts, refPopulations) = Reference();
        var data = MultiArea();
        var ratios = IndirectStandardisation.Ratios(MultiAreaDataset(), ReferenceDataset(), levels, 100);
        var rates = IndirectStandardisation.Rates(MultiAreaDataset(), ReferenceDataset(), levels, 1000);
        var spanRatios = new IndirectlyStandardisedEstimate[6];
        var spanRates = new IndirectlyStandardisedEstimate[6];
        IndirectStandardisation.Ratios(data.Counts, data.Populations, refCounts, refPopulations, levels, spanRatios, 100);
        IndirectStandardisation.Rates(data.Counts, data.Populations, refCounts, refPopulations, levels, spanRates, 1000);
        for (var g = 0; g < 3; g++)
        {
            Assert.Equal(data.Groups[g], ratios[g].Row.Group);
            Assert.Null(ratios[g].Row.AgeBand);
            Assert.Equal(spanRatios[g * 2].Observed, ratios[g].Row.Numerator);
            Assert.Equal(spanRatios[g * 2].Expected, ratios[g].Row.Denominator);
            Assert.Equal(spanRatios.Skip(g * 2).Take(2).Select(r => r.Estimate), ratios[g].Estimates);
            Assert.Equal(spanRates.Skip(g * 2).Take(2).Select(r => r.Estimate), rates[g].Estimates);
        }
    }

    private static IndirectlyStandardisedEstimate[] Compute(string area, string statistic, bool observedTotals, ConfidenceLevel[] levels)
    {
        var (_, refCounts, refPopulations) = Reference();
        var data = area.StartsWith("Area", StringComparison.Ordinal)
            ? Banded.From(Load("dsr_isr__testdata_err2.csv"), "area", null, "count", "pop") // matched to the reference by position
            : MultiArea();
        var g = data.IndexOf(area);
        var counts = data.CountsOf(g).ToArray();
        var populations = data.PopulationsOf(g).ToArray();
        var results = new IndirectlyStandardisedEstimate[levels.Length];
        if (statistic.StartsWith("indirectly standardised rate per ", StringComparison.Ordinal))
        {
            var multiplier = double.Parse(statistic["indirectly standardised rate per ".Length..], CultureInfo.InvariantCulture);
            if (observedTotals)
            {
                var observed = Load("dsr_isr__testdata_multiarea_lookup.csv").Rows.Single(r => r.Text("area") == area).Required("total_count");
                var byStratum = new double[populations.Length];
                IndirectStandardisation.ExpectedCounts(populations, refCounts, refPopulations, byStratum);
                var referenceRate = IndirectStandardisation.ReferenceRate(refCounts, refPopulations, multiplier);
                return levels.Select(l => IndirectStandardisation.Rate(observed, byStratum.Sum(), referenceRate, l)).ToArray();
            }

            IndirectStandardisation.Rates(counts, populations, refCounts, refPopulations, levels, results, multiplier);
            for (var l = 0; l < levels.Length; l++)
            {
                Assert.Equal(results[l], IndirectStandardisation.Rate(counts, populations, refCounts, refPopulations, levels[l], multiplier));
            }
        }
        else
        {
            Assert.StartsWith("indirectly standardised ratio x ", statistic, StringComparison.Ordinal);
            var referenceValue = double.Parse(statistic["indirectly standardised ratio x ".Length..], CultureInfo.InvariantCulture);
            IndirectStandardisation.Ratios(counts, populations, refCounts, refPopulations, levels, results, referenceValue);
            var totals = new IndirectlyStandardisedEstimate[levels.Length];
            IndirectStandardisation.Ratios([results[0].Observed], [results[0].Expected], levels, totals, referenceValue);
            Assert.Equal(results, totals);
            for (var l = 0; l < levels.Length; l++)
            {
                Assert.Equal(results[l], IndirectStandardisation.Ratio(counts, populations, refCounts, refPopulations, levels[l], referenceValue));
                Assert.Equal(results[l], IndirectStandardisation.Ratio(results[0].Observed, results[0].Expected, levels[l], referenceValue));
            }
        }

        return results;
    }

    private static void Check(FixtureTable.Row row, string statistic, IndirectlyStandardisedEstimate[] results, double tolerance, (string Lower, string Upper)? singleColumns, string what)
    {
        Tolerance.Equal(row.Required("observed"), results[0].Observed, 0, $"{what}, observed");
        Tolerance.Equal(row.Required("expected"), results[0].Expected, tolerance, $"{what}, expected");
        if (row.Number("ref_rate") is { } referenceRate)
        {
            var multiplier = double.Parse(statistic["indirectly standardised rate per ".Length..], CultureInfo.InvariantCulture);
            var (_, refCounts, refPopulations) = Reference();
            Tolerance.Equal(referenceRate, IndirectStandardisation.ReferenceRate(refCounts, refPopulations, multiplier), tolerance, $"{what}, ref_rate");
        }

        Tolerance.Equal(row.Number("value"), results[0].Estimate.Value, tolerance, $"{what}, value");
        if (singleColumns is var (lower, upper))
        {
            Assert.Single(results);
            Tolerance.Equal(row.Number(lower), results[0].Estimate.Lower, tolerance, $"{what}, {lower}");
            Tolerance.Equal(row.Number(upper), results[0].Estimate.Upper, tolerance, $"{what}, {upper}");
        }
        else
        {
            Assert.Equal(2, results.Length);
            Tolerance.Equal(row.Number("lower95_0cl"), results[0].Estimate.Lower, tolerance, $"{what}, lower95_0cl");
            Tolerance.Equal(row.Number("upper95_0cl"), results[0].Estimate.Upper, tolerance, $"{what}, upper95_0cl");
            Tolerance.Equal(row.Number("lower99_8cl"), results[1].Estimate.Lower, tolerance, $"{what}, lower99_8cl");
            Tolerance.Equal(row.Number("upper99_8cl"), results[1].Estimate.Upper, tolerance, $"{what}, upper99_8cl");
        }

        var method = row.Text("method") switch
        {
            "Byars" => EstimationMethod.Byar,
            "Exact" => EstimationMethod.ExactPoisson,
            var other => throw new InvalidOperationException($"unexpected method {other}"),
        };
        Assert.All(results, r => Assert.Equal(method, r.Estimate.Method));
        Assert.All(results, r => Assert.Equal(EstimateStatus.Ok, r.Estimate.Status));
        Assert.Equal(method == EstimationMethod.ExactPoisson, results[0].Observed < 10);
    }
}
