using System.Globalization;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Standardisation;
using static EEiC.Statistics.Tests.Standardisation.StandardisationFixtures;

namespace EEiC.Statistics.Tests.Standardisation;

/// <summary>
/// Every row of PHEindicatormethods' DSR fixtures (dsr_isr__testresults_DSR.csv, to its printed precision) and of
/// the exact R oracle (oracle_runs/dsr__oracle.csv, 1e-12 relative), on every row of the inputs they come from.
/// </summary>
public sealed class DirectStandardisationFixtureTests
{
    /// <summary>The oracle holds R's doubles; we agree to within a few ulps of summation order.</summary>
    private const double OracleTolerance = 1e-12;

    /// <summary>The xlsx-derived cells of the upstream fixture are within 5.6e-12 of R (README); rows 9–12 are rounded to 8 decimals.</summary>
    private const double FixtureTolerance = 1e-11;

    public static TheoryData<int> FixtureRows() => [.. Enumerable.Range(0, Load("dsr_isr__testresults_DSR.csv").Rows.Count)];

    public static TheoryData<int> OracleRows() => [.. Enumerable.Range(0, Load("oracle_runs/dsr__oracle.csv").Rows.Count)];

    [Fact]
    public void Fixture_files_have_the_expected_number_of_rows()
    {
        Assert.Equal(12, Load("dsr_isr__testresults_DSR.csv").Rows.Count);
        Assert.Equal(16, Load("oracle_runs/dsr__oracle.csv").Rows.Count);
        Assert.Equal(57, Load("dsr_isr__testdata_multiarea.csv").Rows.Count);
        Assert.Equal(18, Load("dsr_isr__testdata_1976.csv").Rows.Count);
        Assert.Equal(76, Load("dsr_isr__testdata_nonindepe.csv").Rows.Count);
        Assert.Equal(247, Load("oracle_runs/dsr__nonindependent_input_long.csv").Rows.Count);
    }

    [Theory]
    [MemberData(nameof(FixtureRows))]
    public void Upstream_fixture_row(int index)
    {
        var row = Load("dsr_isr__testresults_DSR.csv").Rows[index];
        var area = row.Text("area")!;
        var statistic = row.Text("statistic")!;
        var method = row.Text("method")!;
        var multiplier = Multiplier(statistic, index < 4 ? 10_000 : 100_000);
        var results = Compute(area, method, multiplier);
        var what = $"testresults_DSR row {index + 1} ({area}, {statistic})";

        // Rows 4 and 8 (the 1976 data): only total_count … upper95_0cl are tested upstream; the 99.8% cells are
        // wrong by a factor of 10 in the source spreadsheet (see the fixture README), so they are checked against the oracle instead.
        var nonIndependent = method.Contains("non-independent", StringComparison.Ordinal);
        var tolerance = (double? e) => nonIndependent ? Decimals(e, 8) : FixtureTolerance;
        var columns = area == "testdata_1976"
            ? new[] { ("value", 0, 'v'), ("lower95_0cl", 0, 'l'), ("upper95_0cl", 0, 'u') }
            : new[] { ("value", 0, 'v'), ("lower95_0cl", 0, 'l'), ("upper95_0cl", 0, 'u'), ("lower99_8cl", 1, 'l'), ("upper99_8cl", 1, 'u') };
        Assert.Equal(row.Required("total_count"), results[0].TotalCount);
        Assert.Equal(row.Required("total_pop"), results[0].TotalPopulation);
        foreach (var (column, level, part) in columns)
        {
            var expected = row.Number(column);
            Tolerance.Equal(expected, Part(results[level].Estimate, part), tolerance(expected), $"{what}, {column}");
        }

        CheckMetadata(statistic, method, results, what);
    }

    [Fact]
    public void The_1976_rows_of_the_upstream_fixture_have_99_8_percent_cells_ten_times_the_oracle()
    {
        // Documents why rows 4 and 8 are checked against the oracle: if the fixture is ever corrected, this fails.
        var fixture = Load("dsr_isr__testresults_DSR.csv").Rows.Where(r => r.Text("area") == "testdata_1976").ToArray();
        var oracle = Load("oracle_runs/dsr__oracle.csv").Rows.Where(r => r.Text("area") == "testdata_1976").ToArray();
        Assert.Equal(2, fixture.Length);
        foreach (var (f, o) in fixture.Zip(oracle.Reverse()))
        {
            Assert.Equal(f.Text("statistic"), o.Text("statistic"));
            Tolerance.Equal(o.Required("lower99_8cl") * 10, f.Required("lower99_8cl"), 1e-11, "fixture 99.8% lower = 10 × oracle");
            Tolerance.Equal(o.Required("upper99_8cl") * 10, f.Required("upper99_8cl"), 1e-11, "fixture 99.8% upper = 10 × oracle");
        }
    }

    [Theory]
    [MemberData(nameof(OracleRows))]
    public void Oracle_row(int index)
    {
        var row = Load("oracle_runs/dsr__oracle.csv").Rows[index];
        var area = row.Text("area")!;
        var statistic = row.Text("statistic")!;
        var method = row.Text("method")!;
        Assert.Equal("95%, 99.8%", row.Text("confidence"));
        var results = Compute(area, method, Multiplier(statistic, 100_000));
        var what = $"dsr__oracle row {index + 1} ({area}, {statistic}, {method})";
        Assert.Equal(row.Required("total_count"), results[0].TotalCount);
        Assert.Equal(row.Required("total_pop"), results[0].TotalPopulation);
        foreach (var (column, level, part) in new[] { ("value", 0, 'v'), ("lower95_0cl", 0, 'l'), ("upper95_0cl", 0, 'u'), ("lower99_8cl", 1, 'l'), ("upper99_8cl", 1, 'u') })
        {
            Tolerance.Equal(row.Number(column), Part(results[level].Estimate, part), OracleTolerance, $"{what}, {column}");
        }

        CheckMetadata(statistic, method, results, what);
    }

    [Fact]
    public void Esp2013_dataset_is_the_built_in_standard_row_by_row()
    {
        var table = Load("dataset__esp2013.csv");
        var esp = StandardPopulation.European2013;
        Assert.Equal(table.Rows.Count, esp.BandCount);
        for (var i = 0; i < table.Rows.Count; i++)
        {
            Assert.Equal(i + 1, table.Rows[i].Required("ageband_index"));
            Assert.Equal(table.Rows[i].Text("ageband"), esp.Bands[i]);
            Assert.Equal(table.Rows[i].Required("esp2013"), esp.Weights[i]);
        }

        Assert.Equal(100_000, esp.Total);
    }

    [Fact]
    public void Esp1976_column_is_the_built_in_standard_row_by_row()
    {
        var table = Load("dsr_isr__testdata_1976.csv");
        var esp = StandardPopulation.European1976;
        Assert.Equal(table.Rows.Count, esp.BandCount);
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var label = table.Rows[i].Text("Age Band")!;
            Assert.Equal(table.Rows[i].Required("esp1976"), esp.Weights[i]);
            Assert.Equal(label == TypoBand ? "55-59" : label, esp.Bands[i]); // the fixture mislabels 55-59
        }

        Assert.Equal(100_000, esp.Total);
    }

    [Fact]
    public void Long_non_independent_input_is_the_wide_fixture_pivoted_row_by_row()
    {
        // Every row of the long file is f<freq> of the same area and band in the wide file, with the same
        // population and the esp2013 weight of the band; frequency 4 is dropped for all but the big area, where
        // the wide file holds only NA or 0 for it.
        var wide = Load("dsr_isr__testdata_nonindepe.csv").Rows;
        var esp = StandardPopulation.European2013;
        var seen = new HashSet<(string, string, int)>();
        foreach (var row in Load("oracle_runs/dsr__nonindependent_input_long.csv").Rows)
        {
            var area = row.Text("area")!;
            var band = row.Text("ageband")!;
            var freq = (int)row.Required("freq");
            var source = wide.Single(w => w.Text("area") == area && w.Text("ageband") == band);
            Assert.Equal(source.Number("f" + freq.ToString(CultureInfo.InvariantCulture)), row.Number("persons"));
            Assert.Equal(source.Required("pop"), row.Required("pop"));
            var b = esp.IndexOf(band == TypoBand ? "55-59" : band);
            Assert.True(b >= 0, $"band {band} is not an ESP2013 band");
            Assert.Equal(esp.Weights[b], row.Required("esp2013"));
            Assert.True(seen.Add((area, band, freq)));
        }

        foreach (var w in wide)
        {
            for (var f = 1; f <= 4; f++)
            {
                if (!seen.Contains((w.Text("area")!, w.Text("ageband")!, f)))
                {
                    Assert.Equal(4, f);
                    Assert.True(w.Number("f4") is null or 0, $"dropped f4 of {w.Text("area")} {w.Text("ageband")} is not empty");
                }
            }
        }
    }

    [Fact]
    public void Non_independent_results_from_the_wide_and_the_long_layouts_agree()
    {
        foreach (var area in new[] { "testdata_nonind_big", "testdata_nonind_dummy", "testdata_nonind_small", "testdata_nonind_tiny" })
        {
            var fromWide = NonIndependentFromWide(area, 100_000);
            var fromLong = NonIndependentFromLong(area, 100_000);
            Assert.Equal(fromLong, fromWide);
        }
    }

    private static StandardisedRate[] Compute(string area, string method, double multiplier)
    {
        if (method.Contains("independent_events = TRUE", StringComparison.Ordinal))
        {
            return IndependentOverLongRows(area, multiplier);
        }

        if (method.Contains("non-independent", StringComparison.Ordinal))
        {
            return NonIndependentFromLong(area, multiplier);
        }

        if (area == "testdata_1976")
        {
            var table = Load("dsr_isr__testdata_1976.csv");
            var counts = table.Rows.Select(r => r.Required("count")).ToArray();
            var populations = table.Rows.Select(r => r.Required("pop")).ToArray();
            return Batch(counts, populations, StandardPopulation.European1976, multiplier);
        }

        var data = MultiArea();
        var g = data.IndexOf(area);
        Assert.Equal(Esp2013Weights(), StandardPopulation.European2013.Weights); // the tests append esp2013 by position
        return Batch(data.CountsOf(g).ToArray(), data.PopulationsOf(g).ToArray(), StandardPopulation.European2013, multiplier);
    }

    private static StandardisedRate[] Batch(double[] counts, double[] populations, StandardPopulation standard, double multiplier)
    {
        var results = new StandardisedRate[2];
        DirectStandardisation.Rates(counts, populations, standard, [.. ConfidenceLevel.Standard], results, multiplier);

        // The scalar method gives the same as the batch at each level.
        for (var l = 0; l < 2; l++)
        {
            Assert.Equal(results[l], DirectStandardisation.Rate(counts, populations, standard, ConfidenceLevel.Standard[l], multiplier));
        }

        return results;
    }

    /// <summary>The non-independent method on the long layout: persons by band and frequency.</summary>
    private static StandardisedRate[] NonIndependentFromLong(string area, double multiplier)
    {
        var rows = Load("oracle_runs/dsr__nonindependent_input_long.csv").Rows.Where(r => r.Text("area") == area).ToArray();
        var bands = rows.Select(r => r.Text("ageband")!).Distinct().ToArray();
        var frequencies = rows.Select(r => r.Required("freq")).Distinct().Order().ToArray();
        var persons = new double[bands.Length * frequencies.Length];
        var populations = new double[bands.Length];
        var esp = StandardPopulation.European2013;
        foreach (var row in rows)
        {
            var b = Array.IndexOf(bands, row.Text("ageband"));
            var f = Array.IndexOf(frequencies, row.Required("freq"));
            persons[(b * frequencies.Length) + f] = row.Number("persons") ?? 0;
            populations[b] = row.Required("pop");
            Assert.Equal(esp.Weights[b], row.Required("esp2013")); // bands in ESP2013 order
        }

        return NonIndependent(persons, frequencies, populations, multiplier);
    }

    /// <summary>The non-independent method on the wide fixture (f1…f4, NA as 0).</summary>
    private static StandardisedRate[] NonIndependentFromWide(string area, double multiplier)
    {
        var rows = Load("dsr_isr__testdata_nonindepe.csv").Rows.Where(r => r.Text("area") == area).ToArray();
        double[] frequencies = [1, 2, 3, 4];
        var persons = rows.SelectMany(r => frequencies.Select(f => r.Number("f" + f.ToString(CultureInfo.InvariantCulture)) ?? 0)).ToArray();
        var populations = rows.Select(r => r.Required("pop")).ToArray();
        return NonIndependent(persons, frequencies, populations, multiplier);
    }

    private static StandardisedRate[] NonIndependent(double[] persons, double[] frequencies, double[] populations, double multiplier)
    {
        var results = new StandardisedRate[2];
        DirectStandardisation.RatesForNonIndependentEvents(persons, frequencies, populations, StandardPopulation.European2013, [.. ConfidenceLevel.Standard], results, multiplier);
        for (var l = 0; l < 2; l++)
        {
            Assert.Equal(results[l], DirectStandardisation.RateForNonIndependentEvents(persons, frequencies, populations, StandardPopulation.European2013, ConfidenceLevel.Standard[l], multiplier));
        }

        return results;
    }

    /// <summary>
    /// The oracle's contrast rows: R given the long data with independent_events = TRUE treats every (band, frequency)
    /// row as a stratum with its own standard weight. A custom standard with one band per row reproduces that.
    /// </summary>
    private static StandardisedRate[] IndependentOverLongRows(string area, double multiplier)
    {
        var rows = Load("oracle_runs/dsr__nonindependent_input_long.csv").Rows.Where(r => r.Text("area") == area).ToArray();
        var standard = new StandardPopulation(
            "ESP2013 repeated per event frequency",
            rows.Select(r => $"{r.Text("ageband")} f{r.Required("freq")}").ToArray(),
            rows.Select(r => r.Required("esp2013")).ToArray());
        return Batch(rows.Select(r => r.Number("persons") ?? 0).ToArray(), rows.Select(r => r.Required("pop")).ToArray(), standard, multiplier);
    }

    private static double Multiplier(string statistic, double whenAbsent) =>
        statistic.StartsWith("dsr per ", StringComparison.Ordinal)
            ? double.Parse(statistic["dsr per ".Length..], CultureInfo.InvariantCulture)
            : whenAbsent; // "dsr NA for total count < 10": no values, so the multiplier does not matter

    private static double? Part(IntervalEstimate estimate, char part) => part switch
    {
        'v' => estimate.Value,
        'l' => estimate.Lower,
        _ => estimate.Upper,
    };

    private static void CheckMetadata(string statistic, string method, StandardisedRate[] results, string what)
    {
        var expectedMethod = method.StartsWith("Dobson, with confidence adjusted for non-independent events", StringComparison.Ordinal)
            ? EstimationMethod.DobsonNonIndependentEvents
            : EstimationMethod.Dobson;
        var smallCount = statistic == "dsr NA for total count < 10";
        for (var l = 0; l < results.Length; l++)
        {
            var estimate = results[l].Estimate;
            Assert.Equal(ConfidenceLevel.Standard[l], estimate.Level);
            Assert.True(expectedMethod == estimate.Method, $"{what}: method {estimate.Method}");
            Assert.True((smallCount ? EstimateStatus.SmallCount : EstimateStatus.Ok) == estimate.Status, $"{what}: status {estimate.Status}");
            Assert.Equal(smallCount, results[l].TotalCount < 10);
        }
    }
}
