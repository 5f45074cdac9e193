using System.Globalization;
using EEiC.Datasets;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Validation;

namespace EEiC.Statistics.Standardisation;

/// <summary>
/// Indirectly standardised ratios (standardised mortality or morbidity ratios, SMRs) and rates, as England's public
/// health indicators compute them (PHEindicatormethods <c>calculate_ISRatio</c> and <c>calculate_ISRate</c>): a
/// group's observed events compared with the events it would have had at the reference population's rates.
/// </summary>
/// <remarks>
/// <para>With the group's populations nᵦ and the reference's counts Xᵦ and populations Nᵦ by band, the expected
/// count is E = Σ (Xᵦ/Nᵦ)·nᵦ and the observed count O = Σ xᵦ (or a given total). The ratio is O/E × reference value
/// (1, or 100 for the "SMR × 100" convention) and the rate is O/E × (ΣXᵦ/ΣNᵦ × multiplier), the crude rate of the
/// reference over the same bands. Their limits are the Poisson limits of O divided by E, times the same factor:
/// exact (chi-square) limits when O &lt; 10 and Byar's approximation otherwise.</para>
/// <para><b>Undefined estimates.</b> When E = 0 (the group has no population in any band where the reference has
/// events) there is no estimate: status <see cref="EstimateStatus.ZeroDenominator"/>.</para>
/// <para><b>Input rules.</b> Counts and populations finite and ≥ 0 (a population may be 0; give missing values as 0, as the
/// reference implementation treats NA), reference counts finite and ≥ 0, reference populations finite and &gt; 0,
/// reference value or multiplier finite and &gt; 0, at least one confidence level. A batch is checked whole and every
/// problem is reported in one <see cref="StatisticsInputException"/>.</para>
/// <para>References: Breslow NE, Day NE. Statistical Methods in Cancer Research, Vol. II: The Design and Analysis
/// of Cohort Studies. Lyon: IARC; 1987 (the SMR, ch. 2–3; Byar's approximation, p. 69). Garwood F. Fiducial limits
/// for the Poisson distribution. Biometrika 1936;28:437–442 (exact limits).</para>
/// </remarks>
public static class IndirectStandardisation
{
    /// <summary>Expected counts by stratum: the reference rate of each band times the population of that band, for every group.</summary>
    /// <param name="populations">The populations of every group in every band, group by group: <c>populations[g × bands + b]</c>.</param>
    /// <param name="referenceCounts">The reference population's events in each band (the number of bands is its length).</param>
    /// <param name="referencePopulations">The reference population in each band, parallel to <paramref name="referenceCounts"/>.</param>
    /// <param name="destination">Receives <c>(referenceCounts[b] / referencePopulations[b]) × populations[g × bands + b]</c>, laid out like <paramref name="populations"/>; summed over a group's bands it is the group's expected count E.</param>
    /// <remarks>Breslow NE, Day NE. Statistical Methods in Cancer Research, Vol. II. Lyon: IARC; 1987, ch. 2–3.</remarks>
    /// <exception cref="StatisticsInputException">The input breaks a rule of <see cref="IndirectStandardisation"/>; every bad value is listed.</exception>
    public static void ExpectedCounts(
        ReadOnlySpan<double> populations,
        ReadOnlySpan<double> referenceCounts,
        ReadOnlySpan<double> referencePopulations,
        Span<double> destination)
    {
        var checks = default(InputChecks);
        CheckReference(referenceCounts, referencePopulations, ref checks);
        var bands = referenceCounts.Length;
        CheckGroups(default, populations, bands, checkCounts: false, single: false, ref checks);
        checks.DestinationLength(nameof(destination), destination.Length, populations.Length);
        checks.ThrowIfAny();

        for (var i = 0; i < populations.Length; i++)
        {
            var b = i % bands;
            destination[i] = referenceCounts[b] / referencePopulations[b] * populations[i];
        }
    }

    /// <summary>The crude rate of the reference population over its bands, ΣX / ΣN × multiplier: the factor an indirectly standardised rate applies to O/E.</summary>
    /// <param name="referenceCounts">The reference population's events in each band.</param>
    /// <param name="referencePopulations">The reference population in each band.</param>
    /// <param name="multiplier">The rate is per this many people (default 100,000).</param>
    /// <returns>The reference rate per <paramref name="multiplier"/>.</returns>
    /// <remarks>Breslow NE, Day NE. Statistical Methods in Cancer Research, Vol. II. Lyon: IARC; 1987.</remarks>
    /// <exception cref="StatisticsInputException">The input breaks a rule of <see cref="IndirectStandardisation"/>.</exception>
    public static double ReferenceRate(ReadOnlySpan<double> referenceCounts, ReadOnlySpan<double> referencePopulations, double multiplier = 100_000)
    {
        var checks = default(InputChecks);
        CheckReference(referenceCounts, referencePopulations, ref checks);
        checks.Positive(null, nameof(multiplier), multiplier);
        checks.ThrowIfAny();
        return CrudeRate(referenceCounts, referencePopulations, multiplier);
    }

    /// <summary>The indirectly standardised ratio (SMR) of one group at one confidence level.</summary>
    /// <param name="counts">The group's events in each band of the reference.</param>
    /// <param name="populations">The group's population in each band (0 allowed).</param>
    /// <param name="referenceCounts">The reference population's events in each band.</param>
    /// <param name="referencePopulations">The reference population in each band.</param>
    /// <param name="level">The confidence level.</param>
    /// <param name="referenceValue">The ratio is O/E times this: 1 (default) or 100.</param>
    /// <returns>The ratio with its interval (method <see cref="EstimationMethod.ExactPoisson"/> when O &lt; 10, else <see cref="EstimationMethod.Byar"/>) and O and E.</returns>
    /// <remarks>Breslow NE, Day NE. IARC 1987 (SMR; Byar's approximation); Garwood F. Biometrika 1936;28:437–442 (exact limits). See <see cref="IndirectStandardisation"/>.</remarks>
    /// <exception cref="StatisticsInputException">The input breaks a rule; every bad value is listed.</exception>
    public static IndirectlyStandardisedEstimate Ratio(
        ReadOnlySpan<double> counts,
        ReadOnlySpan<double> populations,
        ReadOnlySpan<double> referenceCounts,
        ReadOnlySpan<double> referencePopulations,
        ConfidenceLevel level,
        double referenceValue = 1)
    {
        var result = default(IndirectlyStandardisedEstimate);
        Compute(counts, populations, referenceCounts, referencePopulations, new ReadOnlySpan<ConfidenceLevel>(in level),
            new Span<IndirectlyStandardisedEstimate>(ref result), referenceValue, nameof(referenceValue), isRate: false, single: true);
        return result;
    }

    /// <summary>Indirectly standardised ratios of many groups against one reference, at any number of confidence levels, allocating nothing per group.</summary>
    /// <param name="counts">The events of every group in every band, group by group: <c>counts[g × bands + b]</c>, bands in the order of the reference.</param>
    /// <param name="populations">The populations, laid out like <paramref name="counts"/>.</param>
    /// <param name="referenceCounts">The reference population's events in each band, shared by all groups.</param>
    /// <param name="referencePopulations">The reference population in each band.</param>
    /// <param name="levels">The confidence levels.</param>
    /// <param name="destination">Receives the results: <c>destination[g × levels.Length + l]</c>.</param>
    /// <param name="referenceValue">The ratios are O/E times this: 1 (default) or 100.</param>
    /// <remarks>Breslow NE, Day NE. IARC 1987; Garwood F. Biometrika 1936;28:437–442. See <see cref="IndirectStandardisation"/>.</remarks>
    /// <exception cref="StatisticsInputException">The input breaks a rule; every bad value is listed.</exception>
    public static void Ratios(
        ReadOnlySpan<double> counts,
        ReadOnlySpan<double> populations,
        ReadOnlySpan<double> referenceCounts,
        ReadOnlySpan<double> referencePopulations,
        ReadOnlySpan<ConfidenceLevel> levels,
        Span<IndirectlyStandardisedEstimate> destination,
        double referenceValue = 1) =>
        Compute(counts, populations, referenceCounts, referencePopulations, levels, destination, referenceValue, nameof(referenceValue), isRate: false, single: false);

    /// <summary>The indirectly standardised ratio from an observed and an expected count (for example observed totals from another source and E from <see cref="ExpectedCounts"/>).</summary>
    /// <param name="observed">The observed count O, finite and ≥ 0.</param>
    /// <param name="expected">The expected count E, finite and ≥ 0 (0 gives <see cref="EstimateStatus.ZeroDenominator"/>).</param>
    /// <param name="level">The confidence level.</param>
    /// <param name="referenceValue">The ratio is O/E times this: 1 (default) or 100.</param>
    /// <returns>The ratio with its interval.</returns>
    /// <remarks>Breslow NE, Day NE. IARC 1987; Garwood F. Biometrika 1936;28:437–442. See <see cref="IndirectStandardisation"/>.</remarks>
    /// <exception cref="StatisticsInputException">The input breaks a rule.</exception>
    public static IndirectlyStandardisedEstimate Ratio(double observed, double expected, ConfidenceLevel level, double referenceValue = 1)
    {
        var result = default(IndirectlyStandardisedEstimate);
        FromTotals(new ReadOnlySpan<double>(in observed), new ReadOnlySpan<double>(in expected), new ReadOnlySpan<ConfidenceLevel>(in level),
            new Span<IndirectlyStandardisedEstimate>(ref result), referenceValue, nameof(referenceValue), single: true);
        return result;
    }

    /// <summary>Indirectly standardised ratios of many groups from their observed and expected counts, allocating nothing per group.</summary>
    /// <param name="observed">The observed count O of each group.</param>
    /// <param name="expected">The expected count E of each group, parallel to <paramref name="observed"/>.</param>
    /// <param name="levels">The confidence levels.</param>
    /// <param name="destination">Receives the results: <c>destination[g × levels.Length + l]</c>.</param>
    /// <param name="referenceValue">The ratios are O/E times this: 1 (default) or 100.</param>
    /// <remarks>Breslow NE, Day NE. IARC 1987; Garwood F. Biometrika 1936;28:437–442. See <see cref="IndirectStandardisation"/>.</remarks>
    /// <exception cref="StatisticsInputException">The input breaks a rule; every bad value is listed.</exception>
    public static void Ratios(
        ReadOnlySpan<double> observed,
        ReadOnlySpan<double> expected,
        ReadOnlySpan<ConfidenceLevel> levels,
        Span<IndirectlyStandardisedEstimate> destination,
        double referenceValue = 1) =>
        FromTotals(observed, expected, levels, destination, referenceValue, nameof(referenceValue), single: false);

    /// <summary>The indirectly standardised rate of one group at one confidence level: O/E times the reference's crude rate.</summary>
    /// <param name="counts">The group's events in each band of the reference.</param>
    /// <param name="populations">The group's population in each band (0 allowed).</param>
    /// <param name="referenceCounts">The reference population's events in each band.</param>
    /// <param name="referencePopulations">The reference population in each band.</param>
    /// <param name="level">The confidence level.</param>
    /// <param name="multiplier">The rate is per this many people (default 100,000).</param>
    /// <returns>The rate with its interval and O and E.</returns>
    /// <remarks>Breslow NE, Day NE. IARC 1987; Garwood F. Biometrika 1936;28:437–442. See <see cref="IndirectStandardisation"/>.</remarks>
    /// <exception cref="StatisticsInputException">The input breaks a rule; every bad value is listed.</exception>
    public static IndirectlyStandardisedEstimate Rate(
        ReadOnlySpan<double> counts,
        ReadOnlySpan<double> populations,
        ReadOnlySpan<double> referenceCounts,
        ReadOnlySpan<double> referencePopulations,
        ConfidenceLevel level,
        double multiplier = 100_000)
    {
        var result = default(IndirectlyStandardisedEstimate);
        Compute(counts, populations, referenceCounts, referencePopulations, new ReadOnlySpan<ConfidenceLevel>(in level),
            new Span<IndirectlyStandardisedEstimate>(ref result), multiplier, nameof(multiplier), isRate: true, single: true);
        return result;
    }

    /// <summary>Indirectly standardised rates of many groups against one reference, allocating nothing per group.</summary>
    /// <param name="counts">The events of every group in every band: <c>counts[g × bands + b]</c>.</param>
    /// <param name="populations">The populations, laid out like <paramref name="counts"/>.</param>
    /// <param name="referenceCounts">The reference population's events in each band.</param>
    /// <param name="referencePopulations">The reference population in each band.</param>
    /// <param name="levels">The confidence levels.</param>
    /// <param name="destination">Receives the results: <c>destination[g × levels.Length + l]</c>.</param>
    /// <param name="multiplier">The rates are per this many people (default 100,000).</param>
    /// <remarks>Breslow NE, Day NE. IARC 1987; Garwood F. Biometrika 1936;28:437–442. See <see cref="IndirectStandardisation"/>.</remarks>
    /// <exception cref="StatisticsInputException">The input breaks a rule; every bad value is listed.</exception>
    public static void Rates(
        ReadOnlySpan<double> counts,
        ReadOnlySpan<double> populations,
        ReadOnlySpan<double> referenceCounts,
        ReadOnlySpan<double> referencePopulations,
        ReadOnlySpan<ConfidenceLevel> levels,
        Span<IndirectlyStandardisedEstimate> destination,
        double multiplier = 100_000) =>
        Compute(counts, populations, referenceCounts, referencePopulations, levels, destination, multiplier, nameof(multiplier), isRate: true, single: false);

    /// <summary>The indirectly standardised rate from an observed and an expected count and the reference rate.</summary>
    /// <param name="observed">The observed count O, finite and ≥ 0.</param>
    /// <param name="expected">The expected count E, finite and ≥ 0 (0 gives <see cref="EstimateStatus.ZeroDenominator"/>).</param>
    /// <param name="referenceRate">The reference's crude rate per the multiplier wanted (see <see cref="ReferenceRate"/>), finite and &gt; 0.</param>
    /// <param name="level">The confidence level.</param>
    /// <returns>The rate O/E × <paramref name="referenceRate"/> with its interval.</returns>
    /// <remarks>Breslow NE, Day NE. IARC 1987; Garwood F. Biometrika 1936;28:437–442. See <see cref="IndirectStandardisation"/>.</remarks>
    /// <exception cref="StatisticsInputException">The input breaks a rule.</exception>
    public static IndirectlyStandardisedEstimate Rate(double observed, double expected, double referenceRate, ConfidenceLevel level)
    {
        var result = default(IndirectlyStandardisedEstimate);
        FromTotals(new ReadOnlySpan<double>(in observed), new ReadOnlySpan<double>(in expected), new ReadOnlySpan<ConfidenceLevel>(in level),
            new Span<IndirectlyStandardisedEstimate>(ref result), referenceRate, nameof(referenceRate), single: true);
        return result;
    }

    /// <summary>
    /// Indirectly standardised ratios for every group of a dataset against a reference dataset: one ratio per
    /// combination of group and strata other than the age band, over the age bands of the reference.
    /// </summary>
    /// <param name="dataset">A <see cref="DatasetMeasure.Rate"/> dataset of events (numerator) and population (denominator, 0 allowed) by <see cref="StratifiedRow.AgeBand"/>; every group must have exactly one row for each band of <paramref name="reference"/>.</param>
    /// <param name="reference">A <see cref="DatasetMeasure.Rate"/> dataset with exactly one row per age band (for example England's deaths and population by age band); its group and other strata are not used. Its age bands are matched to the data's as described in <see cref="StandardPopulation"/>.</param>
    /// <param name="levels">The confidence levels.</param>
    /// <param name="referenceValue">The ratios are O/E times this: 1 (default) or 100.</param>
    /// <returns>One entry per group, in order of first appearance: its row is the group's first row without the age band, with the observed count O as numerator and the expected count E as denominator; its estimates follow <paramref name="levels"/>.</returns>
    /// <remarks>Breslow NE, Day NE. IARC 1987; Garwood F. Biometrika 1936;28:437–442. See <see cref="IndirectStandardisation"/>.</remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="StatisticsInputException">Either dataset breaks its contract or these rules; every problem is listed.</exception>
    public static IReadOnlyList<GroupEstimate> Ratios(
        StratifiedDataset dataset,
        StratifiedDataset reference,
        IReadOnlyList<ConfidenceLevel> levels,
        double referenceValue = 1) =>
        FromDatasets(dataset, reference, levels, referenceValue, nameof(referenceValue), isRate: false);

    /// <summary>
    /// Indirectly standardised rates for every group of a dataset against a reference dataset (see
    /// <see cref="Ratios(StratifiedDataset, StratifiedDataset, IReadOnlyList{ConfidenceLevel}, double)"/>).
    /// </summary>
    /// <param name="dataset">A <see cref="DatasetMeasure.Rate"/> dataset of events and population by age band; every group must have one row for each band of <paramref name="reference"/>.</param>
    /// <param name="reference">A <see cref="DatasetMeasure.Rate"/> dataset with exactly one row per age band.</param>
    /// <param name="levels">The confidence levels.</param>
    /// <param name="multiplier">The rates are per this many people (default 100,000).</param>
    /// <returns>One entry per group, in order of first appearance, with O as numerator and E as denominator of its row.</returns>
    /// <remarks>Breslow NE, Day NE. IARC 1987; Garwood F. Biometrika 1936;28:437–442. See <see cref="IndirectStandardisation"/>.</remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="StatisticsInputException">Either dataset breaks its contract or these rules; every problem is listed.</exception>
    public static IReadOnlyList<GroupEstimate> Rates(
        StratifiedDataset dataset,
        StratifiedDataset reference,
        IReadOnlyList<ConfidenceLevel> levels,
        double multiplier = 100_000) =>
        FromDatasets(dataset, reference, levels, multiplier, nameof(multiplier), isRate: true);

    private static List<GroupEstimate> FromDatasets(
        StratifiedDataset dataset,
        StratifiedDataset reference,
        IReadOnlyList<ConfidenceLevel> levels,
        double factor,
        string factorName,
        bool isRate)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(reference);
        var levelArray = BandedTable.Levels(levels);
        var checks = default(InputChecks);
        var (bands, index, referenceCounts, referencePopulations) = ReadReference(reference, ref checks);
        var table = BandedTable.Build(dataset, nameof(dataset), bands, index, "the reference", positiveDenominator: false, ref checks);
        DirectStandardisation.CheckLevelsAndMultiplier(levelArray, factor, ref checks, factorName);
        checks.ThrowIfAny();

        var results = new IndirectlyStandardisedEstimate[table.GroupCount * levelArray.Length];
        Compute(table.Counts, table.Populations, referenceCounts, referencePopulations, levelArray, results, factor, factorName, isRate, single: false);
        return BandedTable.ToGroupEstimates<IndirectlyStandardisedEstimate>(table, results, levelArray.Length, r => r.Estimate, r => (r.Observed, r.Expected));
    }

    private static (string[] Bands, Func<string, int> Index, double[] Counts, double[] Populations) ReadReference(StratifiedDataset reference, ref InputChecks checks)
    {
        foreach (var error in reference.Validate())
        {
            checks.Add(error.Row - 1, $"{nameof(reference)}.{error.Column}", error.Value ?? "absent",
                $"breaks the dataset rule '{error.Rule}' ({error.Message})");
        }

        if (reference.Measure != DatasetMeasure.Rate)
        {
            checks.Add(null, $"{nameof(reference)}.Measure", reference.Measure.ToString(),
                "must be Rate (counts of events and populations by band) for standardisation");
        }

        var rows = reference.Rows ?? [];
        var bands = new List<string>();
        var counts = new List<double>();
        var populations = new List<double>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
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

            if (!index.TryAdd(BandLabel.Key(row.AgeBand), bands.Count))
            {
                var first = index[BandLabel.Key(row.AgeBand)];
                checks.Add(i, $"{nameof(reference)}.age_band", $"'{row.AgeBand}'",
                    string.Create(CultureInfo.InvariantCulture, $"must appear once in the reference, but band {first} '{bands[first]}' is the same band"), row.Group);
                continue;
            }

            if (row.Denominator is 0)
            {
                checks.Add(i, $"{nameof(reference)}.denominator", 0, "must be > 0 (a reference rate needs a population)", row.Group);
            }

            bands.Add(row.AgeBand);
            counts.Add(row.Numerator ?? double.NaN);
            populations.Add(row.Denominator ?? double.NaN);
        }

        return ([.. bands], label => index.TryGetValue(BandLabel.Key(label), out var b) ? b : -1, [.. counts], [.. populations]);
    }

    private static void Compute(
        ReadOnlySpan<double> counts,
        ReadOnlySpan<double> populations,
        ReadOnlySpan<double> referenceCounts,
        ReadOnlySpan<double> referencePopulations,
        ReadOnlySpan<ConfidenceLevel> levels,
        Span<IndirectlyStandardisedEstimate> destination,
        double factor,
        string factorName,
        bool isRate,
        bool single)
    {
        var checks = default(InputChecks);
        CheckReference(referenceCounts, referencePopulations, ref checks);
        var bands = referenceCounts.Length;
        checks.SameLength(nameof(populations), populations.Length, nameof(counts), counts.Length);
        CheckGroups(counts, populations, bands, checkCounts: true, single, ref checks);
        DirectStandardisation.CheckLevelsAndMultiplier(levels, factor, ref checks, factorName);
        var groups = bands == 0 ? 0 : populations.Length / bands;
        checks.DestinationLength(nameof(destination), destination.Length, groups * levels.Length);
        checks.ThrowIfAny();

        Span<double> rates = bands <= 64 ? stackalloc double[bands] : new double[bands];
        for (var b = 0; b < bands; b++)
        {
            rates[b] = referenceCounts[b] / referencePopulations[b];
        }

        var scale = isRate ? CrudeRate(referenceCounts, referencePopulations, factor) : factor;
        var levelCount = levels.Length;
        for (var g = 0; g < groups; g++)
        {
            var x = counts.Slice(g * bands, bands);
            var n = populations.Slice(g * bands, bands);
            double observed = 0, expected = 0;
            for (var b = 0; b < rates.Length; b++)
            {
                observed += x[b];
                expected += rates[b] * n[b];
            }

            Fill(observed, expected, scale, levels, destination.Slice(g * levelCount, levelCount));
        }
    }

    private static void FromTotals(
        ReadOnlySpan<double> observed,
        ReadOnlySpan<double> expected,
        ReadOnlySpan<ConfidenceLevel> levels,
        Span<IndirectlyStandardisedEstimate> destination,
        double factor,
        string factorName,
        bool single)
    {
        var checks = default(InputChecks);
        checks.SameLength(nameof(expected), expected.Length, nameof(observed), observed.Length);
        for (var i = 0; i < observed.Length; i++)
        {
            checks.NonNegative(single ? null : i, nameof(observed), observed[i]);
        }

        for (var i = 0; i < expected.Length; i++)
        {
            checks.NonNegative(single ? null : i, nameof(expected), expected[i]);
        }

        DirectStandardisation.CheckLevelsAndMultiplier(levels, factor, ref checks, factorName);
        checks.DestinationLength(nameof(destination), destination.Length, observed.Length * levels.Length);
        checks.ThrowIfAny();

        var levelCount = levels.Length;
        for (var g = 0; g < observed.Length; g++)
        {
            Fill(observed[g], expected[g], factor, levels, destination.Slice(g * levelCount, levelCount));
        }
    }

    private static void Fill(double observed, double expected, double scale, ReadOnlySpan<ConfidenceLevel> levels, Span<IndirectlyStandardisedEstimate> destination) =>
        Fill(observed, expected, scale, levels, destination, default);

    /// <summary>The number of doubles <see cref="Fill(double, double, double, ReadOnlySpan{ConfidenceLevel}, Span{IndirectlyStandardisedEstimate}, Span{double})"/> needs per level to cache the exact limits of the whole counts below 10.</summary>
    internal const int ExactCachePerLevel = 2 * (int)PoissonLimits.ExactBelow;

    /// <summary>
    /// The ratio O/E × <paramref name="scale"/> with its conventional Poisson limits (exact below 10, else Byar's) at every
    /// level. With a non-empty <paramref name="exactCache"/> (<see cref="ExactCachePerLevel"/> doubles per level, filled with
    /// NaN by the caller before the first use) the exact limits of whole counts below 10 are computed once and reused: the
    /// same function gives them, so the results are the same bits as without the cache.
    /// </summary>
    internal static void Fill(double observed, double expected, double scale, ReadOnlySpan<ConfidenceLevel> levels, Span<IndirectlyStandardisedEstimate> destination, Span<double> exactCache)
    {
        var cacheable = !exactCache.IsEmpty && observed < PoissonLimits.ExactBelow && observed == Math.Floor(observed);
        for (var l = 0; l < levels.Length; l++)
        {
            double lower, upper;
            EstimationMethod method;
            if (cacheable)
            {
                var cached = exactCache.Slice((l * ExactCachePerLevel) + (2 * (int)observed), 2);
                if (double.IsNaN(cached[0]))
                {
                    cached[0] = PoissonLimits.ExactLower(observed, levels[l]);
                    cached[1] = PoissonLimits.ExactUpper(observed, levels[l]);
                }

                (lower, upper, method) = (cached[0], cached[1], EstimationMethod.ExactPoisson);
            }
            else
            {
                (lower, upper, method) = PoissonLimits.Conventional(observed, levels[l]);
            }

            var estimate = expected > 0
                ? new IntervalEstimate(observed / expected * scale, lower / expected * scale, upper / expected * scale, levels[l], method, EstimateStatus.Ok)
                : IntervalEstimate.NotAvailable(EstimateStatus.ZeroDenominator, levels[l], method);
            destination[l] = new IndirectlyStandardisedEstimate(observed, expected, estimate);
        }
    }

    private static double CrudeRate(ReadOnlySpan<double> referenceCounts, ReadOnlySpan<double> referencePopulations, double multiplier)
    {
        double events = 0, population = 0;
        for (var b = 0; b < referenceCounts.Length; b++)
        {
            events += referenceCounts[b];
            population += referencePopulations[b];
        }

        return events / population * multiplier;
    }

    private static void CheckReference(ReadOnlySpan<double> referenceCounts, ReadOnlySpan<double> referencePopulations, ref InputChecks checks)
    {
        if (referenceCounts.IsEmpty)
        {
            checks.Add(null, nameof(referenceCounts), "0 values", "must give at least one band");
        }

        checks.SameLength(nameof(referencePopulations), referencePopulations.Length, nameof(referenceCounts), referenceCounts.Length);
        for (var b = 0; b < referenceCounts.Length; b++)
        {
            checks.NonNegative(b, nameof(referenceCounts), referenceCounts[b]);
        }

        for (var b = 0; b < referencePopulations.Length; b++)
        {
            checks.Positive(b, nameof(referencePopulations), referencePopulations[b]);
        }
    }

    private static void CheckGroups(ReadOnlySpan<double> counts, ReadOnlySpan<double> populations, int bands, bool checkCounts, bool single, ref InputChecks checks)
    {
        var shaped = bands > 0 && (single ? populations.Length == bands : populations.Length % bands == 0);
        if (bands > 0 && !shaped)
        {
            checks.Add(null, "referenceCounts", string.Create(CultureInfo.InvariantCulture, $"{bands} bands"),
                single
                    ? string.Create(CultureInfo.InvariantCulture, $"must have as many bands as populations has values ({populations.Length})")
                    : string.Create(CultureInfo.InvariantCulture, $"must have a number of bands that divides the length of populations ({populations.Length} = groups × bands)"));
        }

        if (checkCounts)
        {
            for (var i = 0; i < counts.Length; i++)
            {
                if (!(counts[i] >= 0) || double.IsPositiveInfinity(counts[i]))
                {
                    checks.Add(i, nameof(counts), counts[i], "must be a finite number >= 0" + Where(i, bands, single, shaped));
                }
            }
        }

        for (var i = 0; i < populations.Length; i++)
        {
            if (!(populations[i] >= 0) || double.IsPositiveInfinity(populations[i]))
            {
                checks.Add(i, nameof(populations), populations[i], "must be a finite number >= 0" + Where(i, bands, single, shaped));
            }
        }
    }

    private static string Where(int cell, int bands, bool single, bool shaped) =>
        !shaped ? string.Empty
        : single ? string.Create(CultureInfo.InvariantCulture, $" (band {cell})")
        : string.Create(CultureInfo.InvariantCulture, $" (group {cell / bands}, band {cell % bands})");
}
