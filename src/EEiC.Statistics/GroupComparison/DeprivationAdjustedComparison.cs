using System.Globalization;
using EEiC.Datasets;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Rates;
using EEiC.Statistics.Validation;

namespace EEiC.Statistics.GroupComparison;

/// <summary>
/// Ethnicity with deprivation: rates or proportions by ethnic group within deprivation quantiles, and each group compared
/// with the reference group after adjusting for deprivation by Mantel–Haenszel methods (the comparison a crude ratio
/// would give if the groups lived in equally deprived places). The same methods adjust for any stratifying variable
/// given as strata in the span forms.
/// </summary>
/// <remarks>
/// <para><b>Stratified estimates</b> (<see cref="EstimatesByQuantile"/>): crude rates with the public-health Poisson limits
/// (<see cref="CrudeRates"/>) or proportions with Wilson limits (<see cref="Proportions"/>) per group within each
/// deprivation quantile.</para>
/// <para><b>Person-time</b> (<see cref="CompareRates(StratifiedDataset, IReadOnlyList{ConfidenceLevel}, ComparisonOptions?)"/>).
/// With aᵢ events in T₁ᵢ for the group and bᵢ in T₀ᵢ for the reference in stratum i, Tᵢ = T₁ᵢ + T₀ᵢ and M₁ᵢ = aᵢ + bᵢ:
/// RR_MH = Σaᵢ·T₀ᵢ/Tᵢ / Σbᵢ·T₁ᵢ/Tᵢ (Rothman KJ, Boice JD. Epidemiologic analysis with a programmable calculator. NIH
/// 1979), with var(ln RR_MH) = ΣM₁ᵢT₁ᵢT₀ᵢ/Tᵢ² / (Σaᵢ·T₀ᵢ/Tᵢ · Σbᵢ·T₁ᵢ/Tᵢ) (Greenland S, Robins JM. Estimation of a common
/// effect parameter from sparse follow-up data. Biometrics 1985;41:55–68); the Mantel–Haenszel test
/// χ² = (Σaᵢ − ΣM₁ᵢT₁ᵢ/Tᵢ)² / ΣM₁ᵢT₁ᵢT₀ᵢ/Tᵢ² on 1 degree of freedom (Shore RE, Pasternack BS, Curnen MG. Biometrics
/// 1976;32:319–331); and, as the homogeneity test, the conditional score test that the rate ratio is RR_MH in every stratum,
/// χ² = Σ(aᵢ − M₁ᵢπᵢ)²/(M₁ᵢπᵢ(1 − πᵢ)) with πᵢ = RR_MH·T₁ᵢ/(RR_MH·T₁ᵢ + T₀ᵢ) over the strata with events and person-time on
/// both sides, on (strata − 1) degrees of freedom (Breslow NE, Day NE. Statistical Methods in Cancer Research, vol. II. IARC
/// Sci Publ 82, 1987; Rothman KJ, Greenland S, Lash TL. Modern Epidemiology, 3rd ed. 2008, chapter 15).</para>
/// <para><b>Proportions</b> (<see cref="CompareProportions(StratifiedDataset, IReadOnlyList{ConfidenceLevel}, ComparisonOptions?)"/>).
/// With aᵢ of n₁ᵢ and bᵢ of n₀ᵢ, cᵢ = n₁ᵢ − aᵢ, dᵢ = n₀ᵢ − bᵢ, Nᵢ = n₁ᵢ + n₀ᵢ, M₁ᵢ = aᵢ + bᵢ: the risk ratio
/// RR_MH = Σaᵢn₀ᵢ/Nᵢ / Σbᵢn₁ᵢ/Nᵢ with var(ln RR_MH) = Σ(M₁ᵢn₁ᵢn₀ᵢ/Nᵢ² − aᵢbᵢ/Nᵢ) / (Σaᵢn₀ᵢ/Nᵢ · Σbᵢn₁ᵢ/Nᵢ) (Greenland and
/// Robins 1985); the odds ratio OR_MH = ΣRᵢ/ΣSᵢ with Rᵢ = aᵢdᵢ/Nᵢ, Sᵢ = bᵢcᵢ/Nᵢ (Mantel N, Haenszel W. J Natl Cancer Inst
/// 1959;22:719–748) and var(ln OR_MH) = ΣPᵢRᵢ/(2R²) + Σ(PᵢSᵢ + QᵢRᵢ)/(2RS) + ΣQᵢSᵢ/(2S²), Pᵢ = (aᵢ + dᵢ)/Nᵢ,
/// Qᵢ = (bᵢ + cᵢ)/Nᵢ (Robins J, Breslow N, Greenland S. Biometrics 1986;42:311–323); the Cochran–Mantel–Haenszel test
/// χ² = (Σaᵢ − Σn₁ᵢM₁ᵢ/Nᵢ)² / Σn₁ᵢn₀ᵢM₁ᵢM₀ᵢ/(Nᵢ²(Nᵢ − 1)) without continuity correction; and the Breslow–Day test of a common
/// odds ratio with Tarone's correction (Breslow NE, Day NE. Statistical Methods in Cancer Research, vol. I. IARC Sci Publ
/// 32, 1980, §4.4; Tarone RE. Biometrika 1985;72:91–95) as the homogeneity test.</para>
/// <para><b>Rules.</b> A ratio is undefined (status <see cref="EstimateStatus.Undefined"/>) when its numerator or denominator
/// sum is 0; zero person-time in every stratum of either group gives <see cref="EstimateStatus.ZeroDenominator"/>. Strata in
/// which a group has no person-time contribute nothing (the Mantel–Haenszel weights are 0), as the method defines. A
/// homogeneity p-value needs at least two informative strata. The small-number flag uses the totals over strata. The
/// reference group, multiplicity adjustment and Bonferroni intervals are as in <see cref="ReferenceGroupComparison"/>; the
/// difference is not computed here. Bad input throws <see cref="StatisticsInputException"/> listing every problem, including
/// rows without a deprivation quantile and mixed classification schemes in the group column.</para>
/// </remarks>
public static class DeprivationAdjustedComparison
{
    /// <summary>
    /// The crude rate (a <see cref="DatasetMeasure.Rate"/> dataset) or proportion (a <see cref="DatasetMeasure.Proportion"/>
    /// dataset) of each group within each deprivation quantile, summed over age bands, within each combination of sex,
    /// area and period.
    /// </summary>
    /// <param name="dataset">A dataset whose rows all have a <see cref="StratifiedRow.DeprivationQuantile"/>.</param>
    /// <param name="levels">The confidence levels, at least one.</param>
    /// <param name="multiplier">Rates per this many (default 100,000) or proportions times this (default 1); <see langword="null"/> for the default of the measure.</param>
    /// <returns>One entry per group and quantile (sets in order of first appearance, then groups, then quantiles ascending), whose row carries the group, the quantile and the totals.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="StatisticsInputException">The dataset breaks the rules; every problem is listed.</exception>
    /// <remarks>Garwood F. Biometrika 1936;28:437–442 and Byar's approximation (Breslow NE, Day NE. IARC Sci Publ 82, 1987, p. 69) for rates; Wilson EB. J Am Stat Assoc 1927;22:209–212 for proportions. A group and quantile with a denominator of 0 gets <see cref="EstimateStatus.ZeroDenominator"/>.</remarks>
    public static IReadOnlyList<GroupEstimate> EstimatesByQuantile(StratifiedDataset dataset, IReadOnlyList<ConfidenceLevel> levels, double? multiplier = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(levels);
        var proportions = dataset.Measure == DatasetMeasure.Proportion;
        var scale = multiplier ?? (proportions ? 1 : 100_000);
        var checks = default(InputChecks);
        ComparisonInputs.Output(ref checks, [.. levels], scale, int.MaxValue, 0);
        var sets = ComparisonDataset.Collect(ref checks, dataset, proportions ? DatasetMeasure.Proportion : DatasetMeasure.Rate, byQuantile: true);
        checks.ThrowIfAny();

        var results = new List<GroupEstimate>();
        foreach (var set in sets)
        {
            foreach (var member in set.Members)
            {
                for (var q = 0; q < set.Strata.Length; q++)
                {
                    if (!member.ByStratum.ContainsKey(set.Strata[q]))
                    {
                        continue; // the group has no row in this quantile
                    }

                    double x = member.X[q], n = member.N[q];
                    var estimates = new IntervalEstimate[levels.Count];
                    for (var l = 0; l < estimates.Length; l++)
                    {
                        estimates[l] = n == 0
                            ? IntervalEstimate.NotAvailable(EstimateStatus.ZeroDenominator, levels[l], proportions ? EstimationMethod.Wilson : EstimationMethod.None)
                            : proportions ? Proportions.Wilson(x, n, levels[l], scale) : CrudeRates.Estimate(x, n, levels[l], scale);
                    }

                    var row = ComparisonDataset.Totals(member, byQuantile: true) with { DeprivationQuantile = set.Strata[q], Numerator = x, Denominator = n };
                    results.Add(new GroupEstimate(row, estimates));
                }
            }
        }

        return results;
    }

    /// <summary>
    /// Each group's rate compared with the reference group's, adjusted for deprivation: the Mantel–Haenszel rate ratio over
    /// deprivation quantiles, within each combination of sex, area and period.
    /// </summary>
    /// <param name="dataset">A <see cref="DatasetMeasure.Rate"/> dataset (events and person-time or population) whose rows all have a deprivation quantile; age bands are summed.</param>
    /// <param name="levels">The confidence levels, at least one.</param>
    /// <param name="options">The reference group and adjustments.</param>
    /// <returns>One result per group of each set; the row carries the totals over quantiles.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="StatisticsInputException">The dataset or options break the rules; every problem is listed.</exception>
    /// <remarks>Greenland S, Robins JM. Biometrics 1985;41:55–68; see <see cref="DeprivationAdjustedComparison"/>.</remarks>
    public static IReadOnlyList<GroupComparisonResult> CompareRates(StratifiedDataset dataset, IReadOnlyList<ConfidenceLevel> levels, ComparisonOptions? options = null) =>
        Dataset(proportions: false, dataset, levels, options);

    /// <summary>
    /// Each group's proportion compared with the reference group's, adjusted for deprivation: the Mantel–Haenszel risk ratio
    /// and odds ratio over deprivation quantiles, within each combination of sex, area and period.
    /// </summary>
    /// <param name="dataset">A <see cref="DatasetMeasure.Proportion"/> dataset whose rows all have a deprivation quantile; age bands are summed.</param>
    /// <param name="levels">The confidence levels, at least one.</param>
    /// <param name="options">The reference group and adjustments.</param>
    /// <returns>One result per group of each set; the row carries the totals over quantiles.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="StatisticsInputException">The dataset or options break the rules; every problem is listed.</exception>
    /// <remarks>Greenland S, Robins JM. Biometrics 1985;41:55–68; Robins J, Breslow N, Greenland S. Biometrics 1986;42:311–323; see <see cref="DeprivationAdjustedComparison"/>.</remarks>
    public static IReadOnlyList<GroupComparisonResult> CompareProportions(StratifiedDataset dataset, IReadOnlyList<ConfidenceLevel> levels, ComparisonOptions? options = null) =>
        Dataset(proportions: true, dataset, levels, options);

    /// <summary>
    /// Mantel–Haenszel rate ratios for many sets of the same groups and strata (areas × ethnic groups × deprivation
    /// quintiles, say), each group against its set's reference group, written to a caller's buffer without allocating.
    /// </summary>
    /// <param name="groups">The group names of every set, at least two, unique.</param>
    /// <param name="strata">The number of strata (for example 5 quintiles), at least one.</param>
    /// <param name="events">The events: <c>events[(set × groups.Count + group) × strata + stratum]</c>.</param>
    /// <param name="personTime">The person-time or population, laid out like <paramref name="events"/>.</param>
    /// <param name="levels">The confidence levels, at least one.</param>
    /// <param name="destination">Receives <c>destination[(set × groups.Count + group) × levels.Length + level]</c>.</param>
    /// <param name="options">The reference group (by default the largest total person-time of each set) and adjustments.</param>
    /// <exception cref="ArgumentNullException"><paramref name="groups"/> is null.</exception>
    /// <exception cref="StatisticsInputException">An input breaks the rules; every problem is listed and <paramref name="destination"/> is unchanged.</exception>
    /// <remarks>Greenland S, Robins JM. Biometrics 1985;41:55–68; see <see cref="DeprivationAdjustedComparison"/>.</remarks>
    public static void CompareRates(
        IReadOnlyList<string> groups,
        int strata,
        ReadOnlySpan<double> events,
        ReadOnlySpan<double> personTime,
        ReadOnlySpan<ConfidenceLevel> levels,
        Span<ComparisonEstimate> destination,
        ComparisonOptions? options = null) =>
        Batch(proportions: false, groups, strata, events, personTime, levels, destination, options, nameof(events), nameof(personTime));

    /// <summary>
    /// Mantel–Haenszel risk ratios and odds ratios for many sets of the same groups and strata, each group against its
    /// set's reference group, written to a caller's buffer without allocating.
    /// </summary>
    /// <param name="groups">The group names of every set, at least two, unique.</param>
    /// <param name="strata">The number of strata (for example 5 quintiles), at least one.</param>
    /// <param name="numerators">The people with the outcome: <c>numerators[(set × groups.Count + group) × strata + stratum]</c>.</param>
    /// <param name="denominators">The people eligible, laid out like <paramref name="numerators"/>.</param>
    /// <param name="levels">The confidence levels, at least one.</param>
    /// <param name="destination">Receives <c>destination[(set × groups.Count + group) × levels.Length + level]</c>.</param>
    /// <param name="options">The reference group and adjustments.</param>
    /// <exception cref="ArgumentNullException"><paramref name="groups"/> is null.</exception>
    /// <exception cref="StatisticsInputException">An input breaks the rules; every problem is listed and <paramref name="destination"/> is unchanged.</exception>
    /// <remarks>Greenland S, Robins JM. Biometrics 1985;41:55–68; Robins J, Breslow N, Greenland S. Biometrics 1986;42:311–323; see <see cref="DeprivationAdjustedComparison"/>.</remarks>
    public static void CompareProportions(
        IReadOnlyList<string> groups,
        int strata,
        ReadOnlySpan<double> numerators,
        ReadOnlySpan<double> denominators,
        ReadOnlySpan<ConfidenceLevel> levels,
        Span<ComparisonEstimate> destination,
        ComparisonOptions? options = null) =>
        Batch(proportions: true, groups, strata, numerators, denominators, levels, destination, options, nameof(numerators), nameof(denominators));

    private static void Batch(
        bool proportions,
        IReadOnlyList<string> groups,
        int strata,
        ReadOnlySpan<double> numerators,
        ReadOnlySpan<double> denominators,
        ReadOnlySpan<ConfidenceLevel> levels,
        Span<ComparisonEstimate> destination,
        ComparisonOptions? options,
        string numeratorName,
        string denominatorName)
    {
        ArgumentNullException.ThrowIfNull(groups);
        options ??= ComparisonOptions.Default;
        var checks = default(InputChecks);
        var named = ComparisonInputs.Groups(ref checks, groups, options);
        if (strata < 1)
        {
            checks.Add(null, nameof(strata), strata.ToString(CultureInfo.InvariantCulture), "must be at least 1");
        }

        var sets = strata < 1 ? 0 : ComparisonInputs.Sets(ref checks, numeratorName, numerators.Length, groups.Count * strata,
            $"{numeratorName}[(set × groups + group) × strata + stratum]", single: false);
        checks.SameLength(denominatorName, denominators.Length, numeratorName, numerators.Length);
        ComparisonInputs.Counts(ref checks, numerators, denominators, numeratorName, denominatorName, groups, Math.Max(strata, 1), proportions);
        ComparisonInputs.Output(ref checks, levels, 1, destination.Length, sets * groups.Count);
        checks.ThrowIfAny();

        var g = groups.Count;
        var k = levels.Length;
        var effective = k <= 16 ? stackalloc ConfidenceLevel[k] : new ConfidenceLevel[k];
        ComparisonKernel.EffectiveLevels(levels, g - 1, options.BonferroniIntervals, effective);
        var p = g <= 256 ? stackalloc double[g] : new double[g];
        var adjusted = g <= 256 ? stackalloc double[g] : new double[g];
        var totals = g <= 256 ? stackalloc double[g] : new double[g];
        var perSet = g * strata;
        for (var s = 0; s < sets; s++)
        {
            var x = numerators.Slice(s * perSet, perSet);
            var n = denominators.Slice(s * perSet, perSet);
            var reference = named;
            if (reference < 0)
            {
                for (var i = 0; i < g; i++)
                {
                    var sum = 0.0;
                    foreach (var value in n.Slice(i * strata, strata))
                    {
                        sum += value;
                    }

                    totals[i] = sum;
                }

                reference = ComparisonKernel.Largest(totals[..g]);
            }

            StratifiedSet(proportions, x, n, strata, reference, effective, options.SmallNumberThreshold, options.Adjustment, p, adjusted, destination.Slice(s * g * k, g * k));
        }
    }

    private static void StratifiedSet(
        bool proportions,
        ReadOnlySpan<double> x,
        ReadOnlySpan<double> n,
        int strata,
        int reference,
        ReadOnlySpan<ConfidenceLevel> levels,
        double threshold,
        MultipleComparisonAdjustment adjustment,
        Span<double> p,
        Span<double> adjusted,
        Span<ComparisonEstimate> rows)
    {
        var k = levels.Length;
        var groups = x.Length / strata;
        p = p[..groups];
        adjusted = adjusted[..groups];
        var xr = x.Slice(reference * strata, strata);
        var nr = n.Slice(reference * strata, strata);
        for (var g = 0; g < groups; g++)
        {
            var xg = x.Slice(g * strata, strata);
            var ng = n.Slice(g * strata, strata);
            p[g] = g == reference ? double.NaN
                : proportions ? MantelHaenszelKernel.ProportionsPValue(xg, ng, xr, nr)
                : MantelHaenszelKernel.RatesPValue(xg, ng, xr, nr);
        }

        ComparisonKernel.Adjust(p, adjusted, groups - 1, adjustment);
        for (var g = 0; g < groups; g++)
        {
            var row = rows.Slice(g * k, k);
            var xg = x.Slice(g * strata, strata);
            var ng = n.Slice(g * strata, strata);
            if (g == reference)
            {
                double events = 0, eligible = 0;
                for (var i = 0; i < strata; i++)
                {
                    events += xg[i];
                    eligible += ng[i];
                }

                var own = proportions ? Math.Min(events, eligible - events) : events;
                ComparisonKernel.Reference(levels, proportions, own < threshold, row);

                // The Mantel–Haenszel comparisons compute no difference, for the reference either.
                for (var l = 0; l < k; l++)
                {
                    row[l] = row[l] with { Difference = ComparisonKernel.NotComputed(levels[l]) };
                }
            }
            else if (proportions)
            {
                MantelHaenszelKernel.Proportions(xg, ng, xr, nr, levels, threshold, p[g], adjusted[g], row);
            }
            else
            {
                MantelHaenszelKernel.Rates(xg, ng, xr, nr, levels, threshold, p[g], adjusted[g], row);
            }
        }
    }

    private static List<GroupComparisonResult> Dataset(bool proportions, StratifiedDataset dataset, IReadOnlyList<ConfidenceLevel> levels, ComparisonOptions? options)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(levels);
        options ??= ComparisonOptions.Default;
        ConfidenceLevel[] levelArray = [.. levels];
        var checks = default(InputChecks);
        ComparisonInputs.Options(ref checks, options);
        ComparisonInputs.Output(ref checks, levelArray, 1, int.MaxValue, 0);
        var sets = ComparisonDataset.Collect(ref checks, dataset, proportions ? DatasetMeasure.Proportion : DatasetMeasure.Rate, byQuantile: true);
        var references = new int[sets.Count];
        for (var s = 0; s < sets.Count; s++)
        {
            references[s] = sets[s].Members.Count < 2 ? -1
                : ComparisonDataset.Reference(ref checks, dataset, sets[s], sets[s].Members, options.ReferenceGroup, byQuantile: true);
        }

        checks.ThrowIfAny();

        var k = levelArray.Length;
        var results = new List<GroupComparisonResult>();
        for (var s = 0; s < sets.Count; s++)
        {
            var set = sets[s];
            var g = set.Members.Count;
            var q = set.Strata.Length;
            var x = new double[g * q];
            var n = new double[g * q];
            for (var i = 0; i < g; i++)
            {
                set.Members[i].X.CopyTo(x, i * q);
                set.Members[i].N.CopyTo(n, i * q);
            }

            var effective = new ConfidenceLevel[k];
            ComparisonKernel.EffectiveLevels(levelArray, g - 1, options.BonferroniIntervals, effective);
            var rows = new ComparisonEstimate[g * k];
            StratifiedSet(proportions, x, n, q, references[s], effective, options.SmallNumberThreshold, options.Adjustment, new double[g], new double[g], rows);
            for (var i = 0; i < g; i++)
            {
                results.Add(new GroupComparisonResult(ComparisonDataset.Totals(set.Members[i], byQuantile: true), set.Members[references[s]].Name, rows.AsSpan(i * k, k).ToArray()));
            }
        }

        return results;
    }
}
