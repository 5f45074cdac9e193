using System.Globalization;
using EEiC.Datasets;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Validation;

namespace EEiC.Statistics.Standardisation;

/// <summary>
/// The rows of a <see cref="StratifiedDataset"/> laid out for the span methods: one group per combination of
/// group and strata other than the age band, in order of first appearance, and within each group one value per
/// band, at <c>[group × bands + band]</c>. Building it records every problem (unknown or absent bands, repeated
/// bands, groups missing a band, rows breaking the dataset contract) instead of stopping at the first.
/// </summary>
internal sealed class BandedTable
{
    private BandedTable(List<StratifiedRow> templates, double[] counts, double[] populations)
    {
        Templates = templates;
        Counts = counts;
        Populations = populations;
    }

    /// <summary>The first row of each group, whose group and strata name it.</summary>
    public List<StratifiedRow> Templates { get; }

    public double[] Counts { get; }

    public double[] Populations { get; }

    public int GroupCount => Templates.Count;

    /// <param name="dataset">The dataset.</param>
    /// <param name="argument">The parameter name to report problems under.</param>
    /// <param name="bands">The band labels, in order.</param>
    /// <param name="bandIndex">Finds a label's position in <paramref name="bands"/>, or −1.</param>
    /// <param name="bandsName">What the bands belong to, for messages (for example the standard's name).</param>
    /// <param name="positiveDenominator">Whether a zero denominator is a problem (it is for direct standardisation).</param>
    /// <param name="checks">Where problems are recorded.</param>
    /// <param name="rowsNotToReportAsUnknownGroups">0-based rows whose unknown group code the caller reports itself (as a code of another scheme).</param>
    internal static BandedTable Build(
        StratifiedDataset dataset,
        string argument,
        IReadOnlyList<string> bands,
        Func<string, int> bandIndex,
        string bandsName,
        bool positiveDenominator,
        ref InputChecks checks,
        IReadOnlySet<int>? rowsNotToReportAsUnknownGroups = null)
    {
        AddDatasetProblems(dataset, argument, ref checks, rowsNotToReportAsUnknownGroups);
        var bandCount = bands.Count;
        var templates = new List<StratifiedRow>();
        var rowOfBand = new List<int[]>();
        var groups = new Dictionary<GroupKey, int>();
        var rows = dataset.Rows ?? [];
        var counts = new List<double>();
        var populations = new List<double>();
        var bandOfLabel = new Dictionary<string, int>(StringComparer.Ordinal); // labels repeat: match each spelling once
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row is null)
            {
                continue; // reported by the dataset contract
            }

            var key = GroupKey.Of(dataset, row);
            if (!groups.TryGetValue(key, out var g))
            {
                g = templates.Count;
                groups.Add(key, g);
                templates.Add(row);
                rowOfBand.Add(Enumerable.Repeat(-1, bandCount).ToArray());
                counts.AddRange(Enumerable.Repeat(0.0, bandCount));
                populations.AddRange(Enumerable.Repeat(0.0, bandCount));
            }

            var b = -1;
            if (row.AgeBand is not null && !bandOfLabel.TryGetValue(row.AgeBand, out b))
            {
                b = bandIndex(row.AgeBand);
                bandOfLabel.Add(row.AgeBand, b);
            }

            if (row.AgeBand is null)
            {
                checks.Add(i, $"{argument}.age_band", "absent", $"must name a band of {bandsName}", Describe(row));
            }
            else if (b < 0)
            {
                checks.Add(i, $"{argument}.age_band", $"'{row.AgeBand}'",
                    $"must be a band of {bandsName} ({string.Join(", ", bands.Select(s => $"'{s}'"))})", Describe(row));
            }
            else if (rowOfBand[g][b] >= 0)
            {
                var first = rowOfBand[g][b];
                checks.Add(i, $"{argument}.age_band", $"'{row.AgeBand}'",
                    string.Create(CultureInfo.InvariantCulture,
                        $"must appear once per group and strata, but the row at index {first} ('{rows[first]!.AgeBand}') already gives band '{bands[b]}'"),
                    Describe(row));
            }
            else
            {
                rowOfBand[g][b] = i;
                counts[(g * bandCount) + b] = row.Numerator ?? double.NaN;
                populations[(g * bandCount) + b] = row.Denominator ?? double.NaN;
            }

            if (positiveDenominator && row.Denominator is 0)
            {
                checks.Add(i, $"{argument}.denominator", 0, "must be > 0 in every band for a directly standardised rate", Describe(row));
            }
        }

        for (var g = 0; g < templates.Count; g++)
        {
            var missing = new List<string>();
            for (var b = 0; b < bandCount; b++)
            {
                if (rowOfBand[g][b] < 0)
                {
                    missing.Add($"'{bands[b]}'");
                }
            }

            if (missing.Count > 0)
            {
                checks.Add(null, argument, "no row for " + string.Join(", ", missing),
                    $"must have a row for every band of {bandsName} in each group", Describe(templates[g]));
            }
        }

        return new BandedTable(templates, [.. counts], [.. populations]);
    }

    /// <summary>The group's row of totals: the template with the age band removed and the given numerator and denominator.</summary>
    internal StratifiedRow Totals(int group, double numerator, double denominator) =>
        Templates[group] with
        {
            AgeBand = null,
            Numerator = numerator,
            Denominator = denominator,
            Value = null,
            StandardError = null,
            Population = null,
        };

    internal static ConfidenceLevel[] Levels(IReadOnlyList<ConfidenceLevel> levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        return [.. levels];
    }

    internal static List<GroupEstimate> ToGroupEstimates<T>(BandedTable table, ReadOnlySpan<T> results, int levelCount, Func<T, IntervalEstimate> estimate, Func<T, (double Numerator, double Denominator)> totals)
    {
        var list = new List<GroupEstimate>(table.GroupCount);
        for (var g = 0; g < table.GroupCount; g++)
        {
            var estimates = new IntervalEstimate[levelCount];
            for (var l = 0; l < levelCount; l++)
            {
                estimates[l] = estimate(results[(g * levelCount) + l]);
            }

            var (numerator, denominator) = totals(results[g * levelCount]);
            list.Add(new GroupEstimate(table.Totals(g, numerator, denominator), estimates));
        }

        return list;
    }

    private static void AddDatasetProblems(StratifiedDataset dataset, string argument, ref InputChecks checks, IReadOnlySet<int>? rowsNotToReportAsUnknownGroups)
    {
        foreach (var error in dataset.Validate())
        {
            if (rowsNotToReportAsUnknownGroups is not null && error.Rule == "known-group-code" && error.Row is { } number && rowsNotToReportAsUnknownGroups.Contains(number - 1))
            {
                continue; // reported more precisely as a row of another classification scheme
            }

            checks.Add(error.Row - 1, $"{argument}.{error.Column}", error.Value ?? "absent",
                $"breaks the dataset rule '{error.Rule}' ({error.Message})");
        }

        if (dataset.Measure != DatasetMeasure.Rate)
        {
            checks.Add(null, $"{argument}.Measure", dataset.Measure.ToString(),
                "must be Rate (counts of events and populations by band) for standardisation");
        }
    }

    private static string Describe(StratifiedRow row)
    {
        var strata = new List<string>();
        if (row.Sex is not null)
        {
            strata.Add($"sex '{row.Sex}'");
        }

        if (row.Area is not null)
        {
            strata.Add($"area '{row.Area}'");
        }

        if (row.Period is not null)
        {
            strata.Add($"period '{row.Period}'");
        }

        if (row.DeprivationQuantile is { } q)
        {
            strata.Add(string.Create(CultureInfo.InvariantCulture, $"deprivation quantile {q}"));
        }

        return strata.Count == 0 ? row.Group : $"{row.Group} ({string.Join(", ", strata)})";
    }

    private readonly record struct GroupKey(string Group, string? Sex, string? Area, string? Period, int? Quantile)
    {
        public static GroupKey Of(StratifiedDataset dataset, StratifiedRow row) =>
            new(dataset.CategoryOf(row)?.Code ?? row.Group?.Trim() ?? string.Empty, row.Sex, row.Area, row.Period, row.DeprivationQuantile);
    }
}
