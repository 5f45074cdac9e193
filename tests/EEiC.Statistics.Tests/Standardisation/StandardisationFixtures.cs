using EEiC.Datasets;

namespace EEiC.Statistics.Tests.Standardisation;

/// <summary>The PHEindicatormethods DSR/ISR fixture inputs, read into the layouts the span methods take.</summary>
internal static class StandardisationFixtures
{
    /// <summary>The label the upstream fixtures use for the 55-59 band (a typo kept from the source files).</summary>
    public const string TypoBand = "55-69";

    public static FixtureTable Load(string file) => FixtureTable.Load("pheindicatormethods/" + file);

    /// <summary>Rows grouped by a text column, groups in order of first appearance.</summary>
    public static List<(string Key, List<FixtureTable.Row> Rows)> GroupBy(FixtureTable table, string column)
    {
        var groups = new List<(string Key, List<FixtureTable.Row> Rows)>();
        foreach (var row in table.Rows)
        {
            var key = row.Text(column) ?? throw new InvalidOperationException($"fixture column {column} is NA");
            var i = groups.FindIndex(g => g.Key == key);
            if (i < 0)
            {
                groups.Add((key, [row]));
            }
            else
            {
                groups[i].Rows.Add(row);
            }
        }

        return groups;
    }

    /// <summary>The multi-area DSR input (3 areas × 19 bands): NA counts become 0, as the reference implementation does.</summary>
    public static Banded MultiArea() => Banded.From(Load("dsr_isr__testdata_multiarea.csv"), "area", "ageband", "count", "pop");

    /// <summary>The ISR reference by band (19 bands).</summary>
    public static (string[] Bands, double[] Counts, double[] Populations) Reference()
    {
        var table = Load("dsr_isr__refdata.csv");
        return (table.Rows.Select(r => r.Text("Age Band")!).ToArray(),
            table.Rows.Select(r => r.Required("refcount")).ToArray(),
            table.Rows.Select(r => r.Required("refpop")).ToArray());
    }

    /// <summary>The esp2013 column of dataset__esp2013.csv.</summary>
    public static double[] Esp2013Weights() => Load("dataset__esp2013.csv").Rows.Select(r => r.Required("esp2013")).ToArray();

    /// <summary>A Rate dataset of the multi-area data (group = area), NA read as 0.</summary>
    public static StratifiedDataset MultiAreaDataset() => Dataset(MultiArea());

    public static StratifiedDataset Dataset(Banded data)
    {
        var rows = new List<StratifiedRow>();
        for (var g = 0; g < data.Groups.Length; g++)
        {
            for (var b = 0; b < data.Bands.Length; b++)
            {
                var i = (g * data.Bands.Length) + b;
                rows.Add(new StratifiedRow(data.Groups[g], AgeBand: data.Bands[b], Numerator: data.Counts[i], Denominator: data.Populations[i]));
            }
        }

        return new StratifiedDataset(GroupDimension.Other("area"), DatasetMeasure.Rate, rows);
    }

    public static StratifiedDataset ReferenceDataset()
    {
        var (bands, counts, populations) = Reference();
        var rows = bands.Select((b, i) => new StratifiedRow("England", AgeBand: b, Numerator: counts[i], Denominator: populations[i])).ToList();
        return new StratifiedDataset(GroupDimension.Other("reference"), DatasetMeasure.Rate, rows);
    }

    /// <summary>Relative tolerance equivalent to half a unit in the last of <paramref name="decimals"/> printed decimals.</summary>
    public static double Decimals(double? expected, int decimals) =>
        expected is { } e && e != 0 ? 0.5 * Math.Pow(10, -decimals) * (1 + 1e-6) / Math.Abs(e) : 0;

    /// <summary>Data of several groups over the same bands, laid out [group × bands + band].</summary>
    internal sealed record Banded(string[] Groups, string[] Bands, double[] Counts, double[] Populations)
    {
        /// <param name="bandColumn">The band label column, or null to match bands by position within each group (as R's vector mode does).</param>
        public static Banded From(FixtureTable table, string groupColumn, string? bandColumn, string countColumn, string populationColumn)
        {
            var groups = GroupBy(table, groupColumn);
            string Band(FixtureTable.Row row, int position) => bandColumn is null ? $"band {position + 1}" : row.Text(bandColumn)!;
            var bands = groups[0].Rows.Select(Band).ToArray();
            foreach (var (key, rows) in groups)
            {
                Assert.True(rows.Select(Band).SequenceEqual(bands), $"group {key} has different bands");
            }

            var all = groups.SelectMany(g => g.Rows).ToArray();
            return new Banded(
                groups.Select(g => g.Key).ToArray(),
                bands,
                all.Select(r => r.Number(countColumn) ?? 0).ToArray(),
                all.Select(r => r.Number(populationColumn) ?? 0).ToArray());
        }

        public ReadOnlySpan<double> CountsOf(int group) => Counts.AsSpan(group * Bands.Length, Bands.Length);

        public ReadOnlySpan<double> PopulationsOf(int group) => Populations.AsSpan(group * Bands.Length, Bands.Length);

        public int IndexOf(string group) => Array.IndexOf(Groups, group) is var i and >= 0 ? i : throw new KeyNotFoundException(group);
    }
}
