using System.Globalization;
using EEiC.Datasets;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Standardisation;
using EEiC.Statistics.Validation;

namespace EEiC.Statistics.Need;

/// <summary>
/// Expected versus observed activity by ethnic group: reference rates that vary by ethnic group and age band (for
/// example national prevalence of coronary heart disease by ethnic group and age, or national procedure rates) applied
/// to a local population by group and age band give the activity each group would see if its use matched its need;
/// the ratio of the observed activity to that expectation, with its Poisson interval, shows where use falls short.
/// </summary>
/// <remarks>
/// <para><b>Source.</b> The EEiC study describes commissioners combining national survey data on the level of heart
/// disease by ethnic group (Health Survey for England 2004) with local population profiles and in-patient activity to
/// find likely inequalities in access to revascularisation (seed 001 line 121; seed 000 line 167; domain notes
/// <c>seed-000-001.md</c> §6 line 594, method S6, and line 595, S7 for uptake). The sources give no formula; this class implements the
/// method they describe as indirect standardisation with group-specific reference rates.</para>
/// <para><b>Method.</b> For group g with local population n<sub>g,b</sub> in age band b and reference rate
/// r<sub>g,b</sub> (events per person), the expected count is E<sub>g</sub> = Σ<sub>b</sub> r<sub>g,b</sub>·n<sub>g,b</sub>,
/// and the ratio is O<sub>g</sub>/E<sub>g</sub>. The overall ratio is ΣO/ΣE over the groups of the area. The limits
/// are those of an indirectly standardised ratio (<see cref="IndirectStandardisation"/>, whose kernel computes them):
/// the Poisson limits of O divided by E, exact (Garwood) when O &lt; 10 and Byar's otherwise. E is treated as known:
/// when the reference rates come from a survey (as the Health Survey for England prevalences do) their own sampling
/// error is not in the interval, which is then too narrow.</para>
/// <para><b>Reading the ratio.</b> When the reference rates are rates of the activity itself (national procedures per
/// person by group and age), O/E below 1 means less activity than the national pattern predicts. When they are rates
/// of need (prevalence), O/E is activity per expected case, and groups are compared by their ratios to one another or
/// to the overall ratio. The share of activity against the share of need, (O<sub>g</sub>/ΣO)/(E<sub>g</sub>/ΣE), is the
/// representation ratio of <see cref="RepresentationRatios"/> with the expected counts as the reference (see
/// <see cref="ExpectedCounts"/>).</para>
/// <para><b>Undefined estimates.</b> E = 0 (no population where the reference has events) gives status
/// <see cref="EstimateStatus.ZeroDenominator"/> and no value.</para>
/// <para><b>Input rules.</b> Observed counts, reference rates and populations finite and ≥ 0; at least one group, band
/// and area; at least one valid confidence level. A batch is checked whole and every problem is reported in one
/// <see cref="StatisticsInputException"/>.</para>
/// <para>References: Breslow NE, Day NE. Statistical Methods in Cancer Research, Vol. II. Lyon: IARC; 1987, ch. 2–3
/// (indirect standardisation; Byar's approximation p. 69). Garwood F. Biometrika 1936;28:437–442 (exact limits).</para>
/// </remarks>
public static class ExpectedVersusObserved
{
    /// <summary>The <see cref="StratifiedRow.Group"/> of the rows that carry the ratio over all groups of an area or stratum.</summary>
    public const string AllGroupsLabel = "All groups";

    /// <summary>
    /// The expected count of every group in every area: E[a, g] = Σ<sub>b</sub> referenceRates[g, b] × populations[a, g, b].
    /// </summary>
    /// <param name="referenceRates">The reference rate (events per person) of every group in every band, group by group: <c>referenceRates[g × bands + b]</c>.</param>
    /// <param name="populations">The local population of every area, group and band: <c>populations[(a × groups + g) × bands + b]</c>.</param>
    /// <param name="groups">The number of groups (&gt; 0); the number of bands is <c>referenceRates.Length / groups</c>.</param>
    /// <param name="destination">Receives E[a, g] at <c>destination[a × groups + g]</c>.</param>
    /// <remarks>Breslow NE, Day NE. IARC 1987, ch. 2–3. Method S6 of the domain notes (seed 001 line 121; seed 000 line 167).</remarks>
    /// <exception cref="StatisticsInputException">The input breaks a rule of <see cref="ExpectedVersusObserved"/>; every bad value is listed.</exception>
    public static void ExpectedCounts(ReadOnlySpan<double> referenceRates, ReadOnlySpan<double> populations, int groups, Span<double> destination)
    {
        var checks = default(InputChecks);
        var (bands, areas) = CheckShape(referenceRates, populations, groups, [], hasObserved: false, ref checks);
        checks.DestinationLength(nameof(destination), destination.Length, areas * groups);
        checks.ThrowIfAny();
        for (var cell = 0; cell < areas * groups; cell++)
        {
            destination[cell] = Expected(referenceRates.Slice(cell % groups * bands, bands), populations.Slice(cell * bands, bands));
        }
    }

    /// <summary>The observed/expected ratio of one group in one area, at one confidence level.</summary>
    /// <param name="observed">The group's observed count O (for example revascularisations), finite and ≥ 0.</param>
    /// <param name="referenceRates">The group's reference rate (events per person) in each band.</param>
    /// <param name="populations">The group's local population in each band, parallel to <paramref name="referenceRates"/>.</param>
    /// <param name="level">The confidence level.</param>
    /// <returns>O, E and O/E with its interval (<see cref="EstimationMethod.ExactPoisson"/> when O &lt; 10, else <see cref="EstimationMethod.Byar"/>).</returns>
    /// <remarks>Breslow NE, Day NE. IARC 1987; Garwood F. Biometrika 1936;28:437–442. See <see cref="ExpectedVersusObserved"/>.</remarks>
    /// <exception cref="StatisticsInputException">The input breaks a rule; every bad value is listed.</exception>
    public static IndirectlyStandardisedEstimate Ratio(double observed, ReadOnlySpan<double> referenceRates, ReadOnlySpan<double> populations, ConfidenceLevel level)
    {
        var result = default(IndirectlyStandardisedEstimate);
        Ratios(new ReadOnlySpan<double>(in observed), referenceRates, populations, 1, new ReadOnlySpan<ConfidenceLevel>(in level),
            new Span<IndirectlyStandardisedEstimate>(ref result), []);
        return result;
    }

    /// <summary>
    /// Observed/expected ratios of every group in every area against group-specific reference rates, and each area's
    /// overall ratio, at any number of confidence levels, allocating nothing.
    /// </summary>
    /// <param name="observed">The observed count of every area and group: <c>observed[a × groups + g]</c>; the number of areas is <c>observed.Length / groups</c>.</param>
    /// <param name="referenceRates">The reference rate (events per person) of every group in every band, shared by all areas: <c>referenceRates[g × bands + b]</c>.</param>
    /// <param name="populations">The local population of every area, group and band: <c>populations[(a × groups + g) × bands + b]</c>.</param>
    /// <param name="groups">The number of groups (&gt; 0).</param>
    /// <param name="levels">The confidence levels.</param>
    /// <param name="destination">Receives the ratio of area a, group g at level l in <c>destination[(a × groups + g) × levels.Length + l]</c>.</param>
    /// <param name="overall">Receives the overall ratio ΣO/ΣE of area a at level l in <c>overall[a × levels.Length + l]</c>; pass an empty span when it is not wanted.</param>
    /// <remarks>Breslow NE, Day NE. IARC 1987; Garwood F. Biometrika 1936;28:437–442. Every element equals the scalar
    /// <see cref="Ratio(double, ReadOnlySpan{double}, ReadOnlySpan{double}, ConfidenceLevel)"/> exactly. See <see cref="ExpectedVersusObserved"/>.</remarks>
    /// <exception cref="StatisticsInputException">The input breaks a rule; every bad value is listed and nothing is written.</exception>
    public static void Ratios(
        ReadOnlySpan<double> observed,
        ReadOnlySpan<double> referenceRates,
        ReadOnlySpan<double> populations,
        int groups,
        ReadOnlySpan<ConfidenceLevel> levels,
        Span<IndirectlyStandardisedEstimate> destination,
        Span<IndirectlyStandardisedEstimate> overall)
    {
        var checks = default(InputChecks);
        var (bands, areas) = CheckShape(referenceRates, populations, groups, observed, hasObserved: true, ref checks);
        DirectStandardisation.CheckLevelsAndMultiplier(levels, 1, ref checks);
        var k = levels.Length;
        checks.DestinationLength(nameof(destination), destination.Length, areas * groups * k);
        if (!overall.IsEmpty)
        {
            checks.DestinationLength(nameof(overall), overall.Length, areas * k);
        }

        checks.ThrowIfAny();

        Span<double> exact = k * IndirectStandardisation.ExactCachePerLevel <= 256
            ? stackalloc double[k * IndirectStandardisation.ExactCachePerLevel]
            : new double[k * IndirectStandardisation.ExactCachePerLevel];
        exact.Fill(double.NaN);
        for (var a = 0; a < areas; a++)
        {
            double totalObserved = 0, totalExpected = 0;
            for (var g = 0; g < groups; g++)
            {
                var cell = (a * groups) + g;
                var o = observed[cell];
                var e = Expected(referenceRates.Slice(g * bands, bands), populations.Slice(cell * bands, bands));
                totalObserved += o;
                totalExpected += e;
                IndirectStandardisation.Fill(o, e, 1, levels, destination.Slice(cell * k, k), exact);
            }

            if (!overall.IsEmpty)
            {
                IndirectStandardisation.Fill(totalObserved, totalExpected, 1, levels, overall.Slice(a * k, k), exact);
            }
        }
    }

    /// <summary>
    /// Observed/expected ratios for every group of a local dataset against group-specific reference rates, and the
    /// overall ratio of each combination of the other strata (area, sex, period, deprivation quantile).
    /// </summary>
    /// <param name="dataset">A <see cref="DatasetMeasure.Rate"/> dataset by group and <see cref="StratifiedRow.AgeBand"/> (and optionally area, sex, period, deprivation quantile): numerator = observed activity in the cell, denominator = local population (0 allowed). Every group and stratum must have exactly one row for each band of the reference.</param>
    /// <param name="reference">A <see cref="DatasetMeasure.Rate"/> dataset with one row per group and age band: the reference rate is numerator ÷ denominator (for example national cases and population, or a prevalence with denominator 1). Every reference group must give every band, and its group column must use the same scheme as <paramref name="dataset"/>'s.</param>
    /// <param name="levels">The confidence levels.</param>
    /// <returns>Per group and stratum, in order of first appearance, a row without the age band with O as numerator and E as denominator and its ratios; and per stratum a row with group <see cref="AllGroupsLabel"/> and the overall ratio.</returns>
    /// <remarks>Breslow NE, Day NE. IARC 1987; Garwood F. Biometrika 1936;28:437–442. Age bands match as in <see cref="StandardPopulation"/> (ignoring case, spaces and leading zeros). Groups match by ethnic category code (or exact text for a non-ethnicity dimension). See <see cref="ExpectedVersusObserved"/>.</remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="StatisticsInputException">Either dataset breaks its contract or these rules (including a local group with no reference rates, for example the missing-ethnicity codes); every problem is listed.</exception>
    public static ObservedExpectedTable Ratios(StratifiedDataset dataset, StratifiedDataset reference, IReadOnlyList<ConfidenceLevel> levels)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(levels);
        ConfidenceLevel[] levelArray = [.. levels];
        var checks = default(InputChecks);
        var rates = ReadReference(reference, dataset, ref checks);
        var table = BandedTable.Build(dataset, nameof(dataset), rates.Bands, rates.BandIndex, "the reference", positiveDenominator: false, ref checks);
        DirectStandardisation.CheckLevelsAndMultiplier(levelArray, 1, ref checks);

        var bands = rates.Bands.Count;
        var groupRates = new double[table.GroupCount * bands];
        for (var t = 0; t < table.GroupCount; t++)
        {
            var template = table.Templates[t];
            if (!rates.GroupIndex.TryGetValue(GroupKey(dataset, template), out var g))
            {
                checks.Add(null, $"{nameof(dataset)}.group", $"'{template.Group}'",
                    "must have rates in the reference (rows with missing ethnicity, such as 'Z' or '99', have none: analyse them with MissingEthnicitySensitivity)", template.Group);
                continue;
            }

            rates.Rates.AsSpan(g * bands, bands).CopyTo(groupRates.AsSpan(t * bands, bands));
        }

        checks.ThrowIfAny();

        var k = levelArray.Length;
        var results = new IndirectlyStandardisedEstimate[table.GroupCount * k];
        var strata = new Dictionary<(string?, string?, string?, int?), int>();
        var strataRows = new List<StratifiedRow>();
        var strataTotals = new List<(double Observed, double Expected)>();
        Span<double> exact = new double[k * IndirectStandardisation.ExactCachePerLevel];
        exact.Fill(double.NaN);
        for (var t = 0; t < table.GroupCount; t++)
        {
            double o = 0;
            foreach (var count in table.Counts.AsSpan(t * bands, bands))
            {
                o += count;
            }

            var e = Expected(groupRates.AsSpan(t * bands, bands), table.Populations.AsSpan(t * bands, bands));
            IndirectStandardisation.Fill(o, e, 1, levelArray, results.AsSpan(t * k, k), exact);
            var row = table.Templates[t];
            var key = (row.Sex, row.Area, row.Period, row.DeprivationQuantile);
            if (!strata.TryGetValue(key, out var s))
            {
                s = strataRows.Count;
                strata.Add(key, s);
                strataRows.Add(row);
                strataTotals.Add((0, 0));
            }

            strataTotals[s] = (strataTotals[s].Observed + o, strataTotals[s].Expected + e);
        }

        var groupEstimates = BandedTable.ToGroupEstimates<IndirectlyStandardisedEstimate>(table, results, k, r => r.Estimate, r => (r.Observed, r.Expected));
        var overall = new List<GroupEstimate>(strataRows.Count);
        var buffer = new IndirectlyStandardisedEstimate[k];
        for (var s = 0; s < strataRows.Count; s++)
        {
            var (o, e) = strataTotals[s];
            IndirectStandardisation.Fill(o, e, 1, levelArray, buffer, exact);
            var row = strataRows[s] with
            {
                Group = AllGroupsLabel,
                AgeBand = null,
                Numerator = o,
                Denominator = e,
                Value = null,
                StandardError = null,
                Population = null,
            };
            overall.Add(new GroupEstimate(row, buffer.Select(r => r.Estimate).ToArray()));
        }

        return new ObservedExpectedTable(groupEstimates, overall);
    }

    private static double Expected(ReadOnlySpan<double> rates, ReadOnlySpan<double> populations)
    {
        double expected = 0;
        for (var b = 0; b < rates.Length; b++)
        {
            expected += rates[b] * populations[b];
        }

        return expected;
    }

    private static (int Bands, int Areas) CheckShape(ReadOnlySpan<double> referenceRates, ReadOnlySpan<double> populations, int groups, ReadOnlySpan<double> observed, bool hasObserved, ref InputChecks checks)
    {
        if (groups <= 0)
        {
            checks.Add(null, nameof(groups), groups.ToString(CultureInfo.InvariantCulture), "must be at least 1");
            return (0, 0);
        }

        if (referenceRates.IsEmpty || referenceRates.Length % groups != 0)
        {
            checks.Add(null, nameof(referenceRates), referenceRates.Length.ToString(CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"length must be a positive multiple of groups ({groups}): groups × bands"));
        }

        var bands = referenceRates.Length / groups;
        int areas;
        if (hasObserved)
        {
            areas = observed.Length / groups;
            if (observed.IsEmpty || observed.Length % groups != 0)
            {
                checks.Add(null, nameof(observed), observed.Length.ToString(CultureInfo.InvariantCulture),
                    string.Create(CultureInfo.InvariantCulture, $"length must be a positive multiple of groups ({groups}): areas × groups"));
            }
        }
        else
        {
            areas = bands == 0 ? 0 : populations.Length / (groups * bands);
        }

        if (bands > 0 && populations.Length != areas * groups * bands)
        {
            checks.Add(null, nameof(populations), populations.Length.ToString(CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"length must be areas × groups × bands = {areas} × {groups} × {bands} = {areas * groups * bands}"));
        }

        if (bands > 0 && areas == 0)
        {
            checks.Add(null, nameof(populations), populations.Length.ToString(CultureInfo.InvariantCulture), "must give at least one area");
        }

        for (var i = 0; i < referenceRates.Length; i++)
        {
            if (!Valid(referenceRates[i]))
            {
                checks.Add(i, nameof(referenceRates), referenceRates[i],
                    "must be a finite number >= 0" + (bands > 0 ? string.Create(CultureInfo.InvariantCulture, $" (group {i / bands}, band {i % bands})") : string.Empty));
            }
        }

        var shaped = bands > 0 && populations.Length == areas * groups * bands;
        for (var i = 0; i < populations.Length; i++)
        {
            if (!Valid(populations[i]))
            {
                checks.Add(i, nameof(populations), populations[i], "must be a finite number >= 0"
                    + (shaped ? string.Create(CultureInfo.InvariantCulture, $" (area {i / bands / groups}, group {i / bands % groups}, band {i % bands})") : string.Empty));
            }
        }

        for (var i = 0; i < observed.Length; i++)
        {
            if (!Valid(observed[i]))
            {
                checks.Add(i, nameof(observed), observed[i], "must be a finite number >= 0"
                    + string.Create(CultureInfo.InvariantCulture, $" (area {i / groups}, group {i % groups})"));
            }
        }

        return (bands, areas);
    }

    private static bool Valid(double value) => value >= 0 && value < double.PositiveInfinity;

    private static string GroupKey(StratifiedDataset dataset, StratifiedRow row) =>
        dataset.CategoryOf(row)?.Code ?? row.Group?.Trim() ?? string.Empty;

    private sealed record ReferenceRates(List<string> Bands, Func<string, int> BandIndex, Dictionary<string, int> GroupIndex, double[] Rates);

    private static ReferenceRates ReadReference(StratifiedDataset reference, StratifiedDataset dataset, ref InputChecks checks)
    {
        foreach (var error in reference.Validate())
        {
            checks.Add(error.Row - 1, $"{nameof(reference)}.{error.Column}", error.Value ?? "absent",
                $"breaks the dataset rule '{error.Rule}' ({error.Message})");
        }

        if (reference.Measure != DatasetMeasure.Rate)
        {
            checks.Add(null, $"{nameof(reference)}.Measure", reference.Measure.ToString(),
                "must be Rate (reference events and population by group and age band)");
        }

        if (reference.Group?.Scheme != dataset.Group?.Scheme)
        {
            checks.Add(null, $"{nameof(reference)}.Group", reference.Group?.Scheme?.ToString() ?? "not ethnicity",
                $"must use the same classification as the dataset ({dataset.Group?.Scheme?.ToString() ?? "not ethnicity"}); cross-walk one of them first (EthnicityCrosswalk)");
        }

        var rows = reference.Rows ?? [];
        var bands = new List<string>();
        var bandIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var groupIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var groupNames = new List<string>();
        var cells = new Dictionary<(int Group, int Band), (int Row, double Rate)>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row is null)
            {
                continue;
            }

            if (row.AgeBand is null)
            {
                checks.Add(i, $"{nameof(reference)}.age_band", "absent", "must name an age band", row.Group);
                continue;
            }

            var bandKey = BandLabel.Key(row.AgeBand);
            if (!bandIndex.TryGetValue(bandKey, out var b))
            {
                b = bands.Count;
                bandIndex.Add(bandKey, b);
                bands.Add(row.AgeBand);
            }

            var groupKey = GroupKey(reference, row);
            if (!groupIndex.TryGetValue(groupKey, out var g))
            {
                g = groupNames.Count;
                groupIndex.Add(groupKey, g);
                groupNames.Add(row.Group ?? string.Empty);
            }

            if (row.Denominator is 0)
            {
                checks.Add(i, $"{nameof(reference)}.denominator", 0, "must be > 0 (a reference rate needs a population)", row.Group);
            }

            var rate = (row.Numerator ?? double.NaN) / (row.Denominator ?? double.NaN);
            if (!cells.TryAdd((g, b), (i, rate)))
            {
                checks.Add(i, $"{nameof(reference)}.age_band", $"'{row.AgeBand}'",
                    string.Create(CultureInfo.InvariantCulture, $"must appear once per group, but the row at index {cells[(g, b)].Row} gives the same band"), row.Group);
            }
        }

        var rates = new double[groupNames.Count * bands.Count];
        for (var g = 0; g < groupNames.Count; g++)
        {
            var missing = new List<string>();
            for (var b = 0; b < bands.Count; b++)
            {
                if (cells.TryGetValue((g, b), out var cell))
                {
                    rates[(g * bands.Count) + b] = cell.Rate;
                }
                else
                {
                    missing.Add($"'{bands[b]}'");
                }
            }

            if (missing.Count > 0)
            {
                checks.Add(null, nameof(reference), "no row for " + string.Join(", ", missing), "must give a rate for every band in each group", groupNames[g]);
            }
        }

        return new ReferenceRates(bands, label => bandIndex.TryGetValue(BandLabel.Key(label), out var b) ? b : -1, groupIndex, rates);
    }
}
