using System.Globalization;
using EEiC.Datasets;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Validation;

namespace EEiC.Statistics.Standardisation;

/// <summary>
/// Directly standardised rates (DSRs) with Dobson's confidence intervals, as England's public health indicators
/// compute them (PHEindicatormethods <c>calculate_dsr</c>): the rate a group would have if it had the age
/// structure of a <see cref="StandardPopulation"/>.
/// </summary>
/// <remarks>
/// <para>For one group with counts xᵢ and populations nᵢ in the bands of a standard with weights wᵢ:
/// DSR = Σ(xᵢ·wᵢ/nᵢ) / Σwᵢ × multiplier, with variance v = Σ(xᵢ·(wᵢ/nᵢ)²) / (Σwᵢ)². With X = Σxᵢ and Byar's
/// limits X_L, X_U for X, the limits are DSR + √(v/X)·(X_L − X)·multiplier and DSR + √(v/X)·(X_U − X)·multiplier
/// (Dobson's method always uses Byar's limits for X here; there is no exact branch).</para>
/// <para><b>Minimum count.</b> When X &lt; 10 the rate is not published: the estimate has status
/// <see cref="EstimateStatus.SmallCount"/> and no value or limits, while the totals are still reported.</para>
/// <para><b>Input rules.</b> Counts finite and ≥ 0 (give a missing count as 0, as the reference implementation
/// treats NA), populations finite and &gt; 0 in every band, multiplier finite and &gt; 0, at least one confidence
/// level. A batch is checked whole and every problem is reported in one <see cref="StatisticsInputException"/>.</para>
/// <para>References: Dobson AJ, Kuulasmaa K, Eberle E, Scherer J. Confidence intervals for weighted sums of Poisson
/// parameters. Stat Med 1991;10:457–462. Breslow NE, Day NE. Statistical Methods in Cancer Research, Vol. II: The
/// Design and Analysis of Cohort Studies. Lyon: IARC; 1987 (Byar's approximation, p. 69).</para>
/// </remarks>
public static class DirectStandardisation
{
    /// <summary>Total counts below this give no rate (the published minimum-count convention).</summary>
    private const double MinimumCount = 10;

    /// <summary>The directly standardised rate of one group at one confidence level.</summary>
    /// <param name="counts">The number of events in each band of <paramref name="standard"/>, in its order.</param>
    /// <param name="populations">The population (or person-time) in each band, parallel to <paramref name="counts"/>.</param>
    /// <param name="standard">The standard population, for example <see cref="StandardPopulation.European2013"/>.</param>
    /// <param name="level">The confidence level.</param>
    /// <param name="multiplier">The rate is per this many people (default 100,000).</param>
    /// <returns>The rate with its interval (method <see cref="EstimationMethod.Dobson"/>) and the total count and population.</returns>
    /// <remarks>Dobson AJ et al. Stat Med 1991;10:457–462, with Byar's limits (Breslow and Day 1987); see <see cref="DirectStandardisation"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="standard"/> is null.</exception>
    /// <exception cref="StatisticsInputException">The input breaks a rule (see <see cref="DirectStandardisation"/>), including a standard with a different number of bands from <paramref name="counts"/>.</exception>
    public static StandardisedRate Rate(
        ReadOnlySpan<double> counts,
        ReadOnlySpan<double> populations,
        StandardPopulation standard,
        ConfidenceLevel level,
        double multiplier = 100_000)
    {
        ArgumentNullException.ThrowIfNull(standard);
        var result = default(StandardisedRate);
        Compute(counts, populations, standard, new ReadOnlySpan<ConfidenceLevel>(in level), new Span<StandardisedRate>(ref result), multiplier, single: true);
        return result;
    }

    /// <summary>
    /// Directly standardised rates of many groups at any number of confidence levels, allocating nothing per group.
    /// </summary>
    /// <param name="counts">The events of every group in every band, group by group: <c>counts[g × bands + b]</c>, with bands in the order of <paramref name="standard"/>.</param>
    /// <param name="populations">The populations, laid out like <paramref name="counts"/>.</param>
    /// <param name="standard">The standard population; its number of bands fixes how <paramref name="counts"/> is split into groups.</param>
    /// <param name="levels">The confidence levels, for example <see cref="ConfidenceLevel.Standard"/> (95% and 99.8%).</param>
    /// <param name="destination">Receives the results group by group: <c>destination[g × levels.Length + l]</c>; at least groups × levels long.</param>
    /// <param name="multiplier">The rates are per this many people (default 100,000).</param>
    /// <remarks>Dobson AJ et al. Stat Med 1991;10:457–462, with Byar's limits (Breslow and Day 1987); see <see cref="DirectStandardisation"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="standard"/> is null.</exception>
    /// <exception cref="StatisticsInputException">The input breaks a rule; every bad value is listed.</exception>
    public static void Rates(
        ReadOnlySpan<double> counts,
        ReadOnlySpan<double> populations,
        StandardPopulation standard,
        ReadOnlySpan<ConfidenceLevel> levels,
        Span<StandardisedRate> destination,
        double multiplier = 100_000)
    {
        ArgumentNullException.ThrowIfNull(standard);
        Compute(counts, populations, standard, levels, destination, multiplier, single: false);
    }

    /// <summary>
    /// The directly standardised rate of one group where people can have more than one event, with the confidence
    /// interval widened for the non-independence of their events.
    /// </summary>
    /// <param name="persons">The number of people with each event frequency in each band: <c>persons[b × frequencies + f]</c> is the number of people in band b who had <c>eventFrequencies[f]</c> events.</param>
    /// <param name="eventFrequencies">The event frequencies (for example 1, 2, 3, 4), each finite and &gt; 0.</param>
    /// <param name="populations">The population in each band of <paramref name="standard"/>.</param>
    /// <param name="standard">The standard population.</param>
    /// <param name="level">The confidence level.</param>
    /// <param name="multiplier">The rate is per this many people (default 100,000).</param>
    /// <returns>The rate of events with its interval (method <see cref="EstimationMethod.DobsonNonIndependentEvents"/>) and the total number of events (Σ frequency × persons) and population.</returns>
    /// <remarks>
    /// <para>The events in band b are eᵦ = Σ_f f·p_bf; the rate and the total count use them. The variance is
    /// replaced by Σ_f f²·v_f, where v_f = Σᵦ p_bf·(wᵦ/nᵦ)² / (Σw)² is the Dobson variance of the people with f events,
    /// so that a person's repeated events are not counted as independent. The same minimum-count rule applies to
    /// the total number of events.</para>
    /// <para>Dobson AJ et al. Stat Med 1991;10:457–462; the adjustment for non-independent events is the one of
    /// England's public health indicator methods (OHID Fingertips technical guidance; PHEindicatormethods 2.0
    /// <c>calculate_dsr(independent_events = FALSE)</c>).</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="standard"/> is null.</exception>
    /// <exception cref="StatisticsInputException">The input breaks a rule; every bad value is listed.</exception>
    public static StandardisedRate RateForNonIndependentEvents(
        ReadOnlySpan<double> persons,
        ReadOnlySpan<double> eventFrequencies,
        ReadOnlySpan<double> populations,
        StandardPopulation standard,
        ConfidenceLevel level,
        double multiplier = 100_000)
    {
        ArgumentNullException.ThrowIfNull(standard);
        var result = default(StandardisedRate);
        ComputeNonIndependent(persons, eventFrequencies, populations, standard, new ReadOnlySpan<ConfidenceLevel>(in level), new Span<StandardisedRate>(ref result), multiplier, single: true);
        return result;
    }

    /// <summary>
    /// Directly standardised rates of many groups for non-independent events (see
    /// <see cref="RateForNonIndependentEvents"/>), allocating nothing per group.
    /// </summary>
    /// <param name="persons">People by group, band and event frequency: <c>persons[(g × bands + b) × frequencies + f]</c>.</param>
    /// <param name="eventFrequencies">The event frequencies shared by all groups (give 0 persons for a frequency a group lacks).</param>
    /// <param name="populations">The populations by group and band: <c>populations[g × bands + b]</c>.</param>
    /// <param name="standard">The standard population.</param>
    /// <param name="levels">The confidence levels.</param>
    /// <param name="destination">Receives the results: <c>destination[g × levels.Length + l]</c>.</param>
    /// <param name="multiplier">The rates are per this many people (default 100,000).</param>
    /// <remarks>Dobson AJ et al. Stat Med 1991;10:457–462, adjusted for non-independent events as in <see cref="RateForNonIndependentEvents"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="standard"/> is null.</exception>
    /// <exception cref="StatisticsInputException">The input breaks a rule; every bad value is listed.</exception>
    public static void RatesForNonIndependentEvents(
        ReadOnlySpan<double> persons,
        ReadOnlySpan<double> eventFrequencies,
        ReadOnlySpan<double> populations,
        StandardPopulation standard,
        ReadOnlySpan<ConfidenceLevel> levels,
        Span<StandardisedRate> destination,
        double multiplier = 100_000)
    {
        ArgumentNullException.ThrowIfNull(standard);
        ComputeNonIndependent(persons, eventFrequencies, populations, standard, levels, destination, multiplier, single: false);
    }

    /// <summary>
    /// Directly standardised rates for every group of a dataset: one rate per combination of group and strata
    /// other than the age band (for example per ethnic group and sex), over the age bands of the standard.
    /// </summary>
    /// <param name="dataset">A <see cref="DatasetMeasure.Rate"/> dataset whose rows give events (numerator) and population (denominator, &gt; 0) by <see cref="StratifiedRow.AgeBand"/>; every group must have exactly one row for each band of <paramref name="standard"/>.</param>
    /// <param name="standard">The standard population; its band labels are matched to the rows' age bands as described in <see cref="StandardPopulation"/>.</param>
    /// <param name="levels">The confidence levels.</param>
    /// <param name="multiplier">The rates are per this many people (default 100,000).</param>
    /// <returns>One entry per group, in order of first appearance. Its row is the group's first row without the age band, with the total count as numerator and the total population as denominator; its estimates follow <paramref name="levels"/>.</returns>
    /// <remarks>Dobson AJ et al. Stat Med 1991;10:457–462, with Byar's limits (Breslow and Day 1987); see <see cref="DirectStandardisation"/>.</remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="StatisticsInputException">The dataset breaks its contract or these rules: every row whose age band is absent, unknown or repeated, every zero population and every group missing a band is listed.</exception>
    public static IReadOnlyList<GroupEstimate> Rates(
        StratifiedDataset dataset,
        StandardPopulation standard,
        IReadOnlyList<ConfidenceLevel> levels,
        double multiplier = 100_000)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(standard);
        var levelArray = BandedTable.Levels(levels);
        var checks = default(InputChecks);
        var table = BandedTable.Build(dataset, nameof(dataset), standard.Bands, standard.IndexOf, $"the standard '{standard.Name}'", positiveDenominator: true, ref checks);
        CheckLevelsAndMultiplier(levelArray, multiplier, ref checks);
        checks.ThrowIfAny();

        var results = new StandardisedRate[table.GroupCount * levelArray.Length];
        Rates(table.Counts, table.Populations, standard, levelArray, results, multiplier);
        return BandedTable.ToGroupEstimates<StandardisedRate>(table, results, levelArray.Length, r => r.Estimate, r => (r.TotalCount, r.TotalPopulation));
    }

    private static void Compute(
        ReadOnlySpan<double> counts,
        ReadOnlySpan<double> populations,
        StandardPopulation standard,
        ReadOnlySpan<ConfidenceLevel> levels,
        Span<StandardisedRate> destination,
        double multiplier,
        bool single)
    {
        var bands = standard.BandCount;
        var checks = default(InputChecks);
        var shaped = CheckShape(nameof(counts), counts.Length, standard, single, ref checks);
        checks.SameLength(nameof(populations), populations.Length, nameof(counts), counts.Length);
        CheckLevelsAndMultiplier(levels, multiplier, ref checks);
        var groups = counts.Length / bands;
        checks.DestinationLength(nameof(destination), destination.Length, groups * levels.Length);
        for (var i = 0; i < counts.Length; i++)
        {
            if (!(counts[i] >= 0) || double.IsPositiveInfinity(counts[i]))
            {
                checks.Add(i, nameof(counts), counts[i], "must be a finite number >= 0" + Where(i, standard, single, shaped));
            }
        }

        for (var i = 0; i < populations.Length; i++)
        {
            if (!(populations[i] > 0) || double.IsPositiveInfinity(populations[i]))
            {
                checks.Add(i, nameof(populations), populations[i], "must be a finite number > 0" + Where(i, standard, single, shaped));
            }
        }

        checks.ThrowIfAny();

        var weights = standard.WeightSpan;
        var totalWeight = standard.Total;
        var levelCount = levels.Length;
        for (var g = 0; g < groups; g++)
        {
            Sums(counts.Slice(g * bands, bands), populations.Slice(g * bands, bands), weights, out var totalCount, out var totalPopulation, out var weighted, out var squared);
            Fill(totalCount, totalPopulation, weighted, squared, totalWeight, levels, destination.Slice(g * levelCount, levelCount), multiplier, EstimationMethod.Dobson);
        }
    }

    /// <summary>
    /// The sums one group's rate is made of: total count X = Σxᵢ, total population Σnᵢ, Σxᵢ·wᵢ/nᵢ (the rate is this over
    /// Σw) and Σxᵢ·(wᵢ/nᵢ)² (the Dobson variance is this over (Σw)²). Inputs must be valid. Shared with the comparison
    /// of directly standardised rates (<c>EEiC.Statistics.GroupComparison</c>).
    /// </summary>
    internal static void Sums(ReadOnlySpan<double> x, ReadOnlySpan<double> n, ReadOnlySpan<double> weights, out double totalCount, out double totalPopulation, out double weighted, out double squared)
    {
        totalCount = 0;
        totalPopulation = 0;
        weighted = 0;
        squared = 0;
        for (var b = 0; b < x.Length; b++)
        {
            var ratio = weights[b] / n[b];
            totalCount += x[b];
            totalPopulation += n[b];
            weighted += x[b] * ratio;
            squared += x[b] * ratio * ratio;
        }
    }

    /// <summary>Total counts below this give no published rate.</summary>
    internal const double PublishedMinimumCount = MinimumCount;

    private static void ComputeNonIndependent(
        ReadOnlySpan<double> persons,
        ReadOnlySpan<double> eventFrequencies,
        ReadOnlySpan<double> populations,
        StandardPopulation standard,
        ReadOnlySpan<ConfidenceLevel> levels,
        Span<StandardisedRate> destination,
        double multiplier,
        bool single)
    {
        var bands = standard.BandCount;
        var frequencies = eventFrequencies.Length;
        var checks = default(InputChecks);
        var shaped = CheckShape(nameof(populations), populations.Length, standard, single, ref checks);
        if (frequencies == 0)
        {
            checks.Add(null, nameof(eventFrequencies), "0 values", "must give at least one event frequency");
        }
        else if (persons.Length != populations.Length * frequencies)
        {
            checks.Add(null, nameof(persons), persons.Length.ToString(CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture,
                    $"length must be the length of populations ({populations.Length}) times the number of event frequencies ({frequencies}) = {populations.Length * frequencies}"));
        }

        for (var f = 0; f < frequencies; f++)
        {
            checks.Positive(f, nameof(eventFrequencies), eventFrequencies[f]);
        }

        CheckLevelsAndMultiplier(levels, multiplier, ref checks);
        var groups = populations.Length / bands;
        checks.DestinationLength(nameof(destination), destination.Length, groups * levels.Length);
        for (var i = 0; i < persons.Length; i++)
        {
            if (!(persons[i] >= 0) || double.IsPositiveInfinity(persons[i]))
            {
                checks.Add(i, nameof(persons), persons[i], "must be a finite number >= 0" + Where(i / Math.Max(frequencies, 1), standard, single, shaped));
            }
        }

        for (var i = 0; i < populations.Length; i++)
        {
            if (!(populations[i] > 0) || double.IsPositiveInfinity(populations[i]))
            {
                checks.Add(i, nameof(populations), populations[i], "must be a finite number > 0" + Where(i, standard, single, shaped));
            }
        }

        checks.ThrowIfAny();

        var weights = standard.WeightSpan;
        var totalWeight = standard.Total;
        var levelCount = levels.Length;
        for (var g = 0; g < groups; g++)
        {
            double totalCount = 0, totalPopulation = 0, weighted = 0, squared = 0;
            for (var b = 0; b < bands; b++)
            {
                var cell = (g * bands) + b;
                var p = persons.Slice(cell * frequencies, frequencies);
                double events = 0, frequencySquared = 0;
                for (var f = 0; f < frequencies; f++)
                {
                    events += eventFrequencies[f] * p[f];
                    frequencySquared += eventFrequencies[f] * eventFrequencies[f] * p[f];
                }

                var ratio = weights[b] / populations[cell];
                totalCount += events;
                totalPopulation += populations[cell];
                weighted += events * ratio;
                squared += frequencySquared * ratio * ratio;
            }

            Fill(totalCount, totalPopulation, weighted, squared, totalWeight, levels, destination.Slice(g * levelCount, levelCount), multiplier, EstimationMethod.DobsonNonIndependentEvents);
        }
    }

    private static void Fill(
        double totalCount,
        double totalPopulation,
        double weighted,
        double squared,
        double totalWeight,
        ReadOnlySpan<ConfidenceLevel> levels,
        Span<StandardisedRate> destination,
        double multiplier,
        EstimationMethod method)
    {
        if (totalCount < MinimumCount)
        {
            for (var l = 0; l < levels.Length; l++)
            {
                destination[l] = new StandardisedRate(totalCount, totalPopulation, IntervalEstimate.NotAvailable(EstimateStatus.SmallCount, levels[l], method));
            }

            return;
        }

        var value = weighted / totalWeight * multiplier;
        var variance = squared / (totalWeight * totalWeight);
        var spread = Math.Sqrt(variance / totalCount) * multiplier;
        for (var l = 0; l < levels.Length; l++)
        {
            var z = levels[l].Z;
            var lower = value + (spread * (PoissonLimits.ByarLower(totalCount, z) - totalCount));
            var upper = value + (spread * (PoissonLimits.ByarUpper(totalCount, z) - totalCount));
            destination[l] = new StandardisedRate(totalCount, totalPopulation, new IntervalEstimate(value, lower, upper, levels[l], method, EstimateStatus.Ok));
        }
    }

    private static bool CheckShape(string argument, int length, StandardPopulation standard, bool single, ref InputChecks checks)
    {
        var bands = standard.BandCount;
        if (single ? length != bands : length % bands != 0)
        {
            checks.Add(null, nameof(standard), string.Create(CultureInfo.InvariantCulture, $"'{standard.Name}' with {bands} bands"),
                single
                    ? string.Create(CultureInfo.InvariantCulture, $"must have as many bands as {argument} has values ({length})")
                    : string.Create(CultureInfo.InvariantCulture, $"must have a number of bands that divides the length of {argument} ({length} = groups × bands)"));
            return false;
        }

        return true;
    }

    internal static void CheckLevelsAndMultiplier(ReadOnlySpan<ConfidenceLevel> levels, double multiplier, ref InputChecks checks, string multiplierName = "multiplier")
    {
        if (levels.IsEmpty)
        {
            checks.Add(null, nameof(levels), "0 levels", "must give at least one confidence level");
        }

        for (var l = 0; l < levels.Length; l++)
        {
            if (!(levels[l].Value > 0 && levels[l].Value < 1))
            {
                checks.Add(l, nameof(levels), levels[l].Value, "must be a confidence level strictly between 0 and 1 (default(ConfidenceLevel) is not one)");
            }
        }

        checks.Positive(null, multiplierName, multiplier);
    }

    private static string Where(int cell, StandardPopulation standard, bool single, bool shaped)
    {
        if (!shaped)
        {
            return string.Empty;
        }

        var bands = standard.BandCount;
        var band = standard.Bands[cell % bands];
        return single
            ? $" (band '{band}')"
            : string.Create(CultureInfo.InvariantCulture, $" (group {cell / bands}, band '{band}')");
    }
}
