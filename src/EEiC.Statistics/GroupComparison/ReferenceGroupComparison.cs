using EEiC.Datasets;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Validation;

namespace EEiC.Statistics.GroupComparison;

/// <summary>
/// Each group compared with a reference group: rate ratios and rate differences for crude rates, risk ratios, risk
/// differences and odds ratios for proportions, and ratios and differences of directly standardised rates, each with
/// its interval, a p-value adjusted for multiple comparisons when asked, and a flag when the numbers are too small to
/// mean much. Answers "is the admission rate of Black African residents different from that of White British
/// residents, and by how much?" for every group at once.
/// </summary>
/// <remarks>
/// <para><b>Sets and the reference group.</b> Groups are compared within a set (the span forms: one set of the named
/// groups, or many sets of the same groups one after another — areas, say; the dataset forms: one set per combination of
/// sex, area, period and deprivation quantile present, summing age bands). The reference group is the one named in
/// <see cref="ComparisonOptions.ReferenceGroup"/> or, by default, the group with the largest denominator in each set (the
/// first on ties, so the choice is deterministic; for a dataset, never a missing-ethnicity category when another group
/// exists). Its own entry has <see cref="ComparisonEstimate.IsReference"/> set, ratio 1 and difference 0 without limits.</para>
/// <para><b>Crude rates</b> (events O over person-time or population T). Rate ratio RR = (O₁/T₁)/(O₀/T₀); its interval and
/// test follow <see cref="ComparisonOptions.RateRatioInterval"/>: the log-scale Wald interval RR·exp(∓z·√(1/O₁ + 1/O₀)) with
/// the Wald test of ln RR (Rothman KJ, Greenland S, Lash TL. Modern Epidemiology, 3rd ed. Lippincott Williams &amp; Wilkins
/// 2008, chapter 14), undefined when either count is 0; or the exact conditional interval — given N = O₁ + O₀, O₁ is
/// Binomial(N, π) with π = RR·T₁/(RR·T₁ + T₀), so Clopper–Pearson limits for π (Clopper CJ, Pearson ES. Biometrika
/// 1934;26:404–413) give RR = π/(1 − π)·T₀/T₁ — with the exact conditional test (twice the smaller binomial tail at
/// π₀ = T₁/(T₁ + T₀), capped at 1) (Breslow NE, Day NE. Statistical Methods in Cancer Research, vol. II. IARC Sci Publ 82,
/// 1987, chapter 2). The ratio is then undefined when the reference has no events (RR would be infinite) and 0 with lower
/// limit 0 when the group has none. The default chooses the exact interval when either count is below 10. Rate difference
/// RD = (O₁/T₁ − O₀/T₀) × multiplier with the Wald interval, se = √(O₁/T₁² + O₀/T₀²) × multiplier (no limits when both
/// counts are 0).</para>
/// <para><b>Proportions</b> (a of n₁ against b of n₀). Risk ratio with the log interval of Katz D, Baptista J, Azen SP, Pike
/// MC. Biometrics 1978;34:469–474 (as <see cref="Workforce.RelativeLikelihood"/>); risk difference × multiplier with
/// Newcombe's hybrid score interval (Newcombe RG. Stat Med 1998;17:873–890, method 10, the kernel of WRES indicator 9); odds
/// ratio ad/bc with Woolf's logit interval, var(ln OR) = 1/a + 1/b + 1/c + 1/d (Woolf B. Ann Hum Genet 1955;19:251–253).
/// Zero cells: the risk ratio needs a, b &gt; 0 and the odds ratio all four cells &gt; 0, otherwise status
/// <see cref="EstimateStatus.Undefined"/>, unless <see cref="ComparisonOptions.ZeroCellCorrection"/> adds 0.5 to every
/// cell of a table with a zero; the risk difference is always defined. The p-value is Pearson's chi-square test of the
/// 2 × 2 table without continuity correction (Pearson K. Philos Mag 1900;50:157–175), undefined when no one or everyone
/// had the event; it tests equality of the proportions, the null hypothesis of all three measures, so it does not always
/// agree exactly with whether the Katz interval contains 1.</para>
/// <para><b>Directly standardised rates</b>: see <see cref="CompareStandardisedRates(IReadOnlyList{string}, ReadOnlySpan{double}, ReadOnlySpan{double}, Standardisation.StandardPopulation, IReadOnlyList{ConfidenceLevel}, ComparisonOptions?, double)"/>.</para>
/// <para><b>Multiple comparisons.</b> A set of G groups makes m = G − 1 comparisons; p-values are adjusted as
/// <see cref="ComparisonOptions.Adjustment"/> says and intervals widened when <see cref="ComparisonOptions.BonferroniIntervals"/>
/// is set (see <see cref="MultipleComparisonAdjustment"/>).</para>
/// <para><b>Small numbers.</b> <see cref="ComparisonEstimate.SmallNumbers"/> flags a comparison in which either group has
/// fewer events than <see cref="ComparisonOptions.SmallNumberThreshold"/> (default 10; for proportions the smaller of
/// events and non-events): a flag, not an error, and the estimate is still given.</para>
/// <para><b>Rules.</b> Counts and denominators finite and ≥ 0; for proportions numerator ≤ denominator; at least two
/// groups with unique names; a named reference group present (the error lists the groups present); the multiplier finite
/// and &gt; 0; at least one valid level. A denominator of 0 is not an error: that comparison gets status
/// <see cref="EstimateStatus.ZeroDenominator"/>. Every breach in a call is listed in one
/// <see cref="StatisticsInputException"/>. Dataset forms also report every breach of the dataset contract, every row whose
/// group is a category of another classification scheme than the column's (for example a 2021 census "Roma" in an NHS
/// Ethnic Category column), and every set with a single group.</para>
/// </remarks>
public static partial class ReferenceGroupComparison
{
    private const double PerHundredThousand = 100_000;

    /// <summary>Crude rates of one set of groups, each compared with the reference group.</summary>
    /// <param name="groups">The group names, at least two, unique.</param>
    /// <param name="events">The events of each group, parallel to <paramref name="groups"/>.</param>
    /// <param name="personTime">The person-time or population of each group, parallel to <paramref name="groups"/>.</param>
    /// <param name="levels">The confidence levels, at least one.</param>
    /// <param name="options">The reference group and adjustments; <see langword="null"/> for <see cref="ComparisonOptions.Default"/>.</param>
    /// <param name="multiplier">Rates (and so the difference) per this many: default 100,000.</param>
    /// <returns>One result per group, in input order, including the reference group's own entry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="groups"/> or <paramref name="levels"/> is null.</exception>
    /// <exception cref="StatisticsInputException">An input breaks the rules in the remarks of <see cref="ReferenceGroupComparison"/>.</exception>
    /// <remarks>Wald: Rothman KJ et al. Modern Epidemiology 3rd ed. 2008, ch. 14; exact conditional: Clopper CJ, Pearson ES. Biometrika 1934;26:404–413; Breslow NE, Day NE. IARC Sci Publ 82, 1987, ch. 2.</remarks>
    public static IReadOnlyList<GroupComparisonResult> CompareRates(
        IReadOnlyList<string> groups,
        ReadOnlySpan<double> events,
        ReadOnlySpan<double> personTime,
        IReadOnlyList<ConfidenceLevel> levels,
        ComparisonOptions? options = null,
        double multiplier = PerHundredThousand) =>
        CountsList(proportions: false, groups, events, personTime, levels, options, multiplier, nameof(events), nameof(personTime));

    /// <summary>
    /// Crude rates of many sets of the same groups (one per area, say), each group compared with its set's reference
    /// group, written to a caller's buffer without allocating per set.
    /// </summary>
    /// <param name="groups">The group names of every set, at least two, unique.</param>
    /// <param name="events">The events, set by set: <c>events[set × groups.Count + group]</c>.</param>
    /// <param name="personTime">The person-time or population, laid out like <paramref name="events"/>.</param>
    /// <param name="levels">The confidence levels, at least one.</param>
    /// <param name="destination">Receives <c>destination[(set × groups.Count + group) × levels.Length + level]</c>.</param>
    /// <param name="options">The reference group (the same name in every set, or the largest of each set) and adjustments.</param>
    /// <param name="multiplier">Rates (and so the difference) per this many: default 100,000.</param>
    /// <exception cref="ArgumentNullException"><paramref name="groups"/> is null.</exception>
    /// <exception cref="StatisticsInputException">An input breaks the rules; every problem is listed and <paramref name="destination"/> is unchanged.</exception>
    /// <remarks>As <see cref="CompareRates(IReadOnlyList{string}, ReadOnlySpan{double}, ReadOnlySpan{double}, IReadOnlyList{ConfidenceLevel}, ComparisonOptions?, double)"/>, set by set; multiplicity adjustments are within each set.</remarks>
    public static void CompareRates(
        IReadOnlyList<string> groups,
        ReadOnlySpan<double> events,
        ReadOnlySpan<double> personTime,
        ReadOnlySpan<ConfidenceLevel> levels,
        Span<ComparisonEstimate> destination,
        ComparisonOptions? options = null,
        double multiplier = PerHundredThousand) =>
        CountsBatch(proportions: false, groups, events, personTime, levels, destination, options, multiplier, nameof(events), nameof(personTime), single: false);

    /// <summary>Crude rates of every group of a <see cref="DatasetMeasure.Rate"/> dataset compared with the reference group, set by set.</summary>
    /// <param name="dataset">Events (numerator) and person-time or population (denominator) by group and strata; age bands are summed.</param>
    /// <param name="levels">The confidence levels, at least one.</param>
    /// <param name="options">The reference group and adjustments.</param>
    /// <param name="multiplier">Rates (and so the difference) per this many: default 100,000.</param>
    /// <returns>One result per group of each set (sets in order of first appearance, groups likewise), with the group's totals and the set's strata in <see cref="GroupComparisonResult.Row"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="levels"/> is null.</exception>
    /// <exception cref="StatisticsInputException">The dataset or options break the rules (including mixed classification schemes, a set with one group, an absent reference group); every problem is listed.</exception>
    /// <remarks>The methods of <see cref="CompareRates(IReadOnlyList{string}, ReadOnlySpan{double}, ReadOnlySpan{double}, IReadOnlyList{ConfidenceLevel}, ComparisonOptions?, double)"/>.</remarks>
    public static IReadOnlyList<GroupComparisonResult> CompareRates(
        StratifiedDataset dataset,
        IReadOnlyList<ConfidenceLevel> levels,
        ComparisonOptions? options = null,
        double multiplier = PerHundredThousand) =>
        CountsDataset(proportions: false, dataset, levels, options, multiplier);

    /// <summary>Proportions of one set of groups, each compared with the reference group (risk ratio, risk difference and odds ratio).</summary>
    /// <param name="groups">The group names, at least two, unique.</param>
    /// <param name="numerators">The people with the outcome in each group, parallel to <paramref name="groups"/>.</param>
    /// <param name="denominators">The people eligible in each group (at least the numerator), parallel to <paramref name="groups"/>.</param>
    /// <param name="levels">The confidence levels, at least one.</param>
    /// <param name="options">The reference group and adjustments; <see langword="null"/> for <see cref="ComparisonOptions.Default"/>.</param>
    /// <param name="multiplier">Scales the risk difference: 1 (default) for a difference of proportions, 100 for percentage points.</param>
    /// <returns>One result per group, in input order, including the reference group's own entry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="groups"/> or <paramref name="levels"/> is null.</exception>
    /// <exception cref="StatisticsInputException">An input breaks the rules in the remarks of <see cref="ReferenceGroupComparison"/>.</exception>
    /// <remarks>Katz D et al. Biometrics 1978;34:469–474; Newcombe RG. Stat Med 1998;17:873–890 (method 10); Woolf B. Ann Hum Genet 1955;19:251–253; Pearson K. Philos Mag 1900;50:157–175.</remarks>
    public static IReadOnlyList<GroupComparisonResult> CompareProportions(
        IReadOnlyList<string> groups,
        ReadOnlySpan<double> numerators,
        ReadOnlySpan<double> denominators,
        IReadOnlyList<ConfidenceLevel> levels,
        ComparisonOptions? options = null,
        double multiplier = 1) =>
        CountsList(proportions: true, groups, numerators, denominators, levels, options, multiplier, nameof(numerators), nameof(denominators));

    /// <summary>Proportions of many sets of the same groups, each group compared with its set's reference group, written to a caller's buffer.</summary>
    /// <param name="groups">The group names of every set, at least two, unique.</param>
    /// <param name="numerators">The people with the outcome, set by set: <c>numerators[set × groups.Count + group]</c>.</param>
    /// <param name="denominators">The people eligible, laid out like <paramref name="numerators"/>.</param>
    /// <param name="levels">The confidence levels, at least one.</param>
    /// <param name="destination">Receives <c>destination[(set × groups.Count + group) × levels.Length + level]</c>.</param>
    /// <param name="options">The reference group and adjustments.</param>
    /// <param name="multiplier">Scales the risk difference: 1 (default) or 100 for percentage points.</param>
    /// <exception cref="ArgumentNullException"><paramref name="groups"/> is null.</exception>
    /// <exception cref="StatisticsInputException">An input breaks the rules; every problem is listed and <paramref name="destination"/> is unchanged.</exception>
    /// <remarks>As <see cref="CompareProportions(IReadOnlyList{string}, ReadOnlySpan{double}, ReadOnlySpan{double}, IReadOnlyList{ConfidenceLevel}, ComparisonOptions?, double)"/>, set by set.</remarks>
    public static void CompareProportions(
        IReadOnlyList<string> groups,
        ReadOnlySpan<double> numerators,
        ReadOnlySpan<double> denominators,
        ReadOnlySpan<ConfidenceLevel> levels,
        Span<ComparisonEstimate> destination,
        ComparisonOptions? options = null,
        double multiplier = 1) =>
        CountsBatch(proportions: true, groups, numerators, denominators, levels, destination, options, multiplier, nameof(numerators), nameof(denominators), single: false);

    /// <summary>Proportions of every group of a <see cref="DatasetMeasure.Proportion"/> dataset compared with the reference group, set by set.</summary>
    /// <param name="dataset">People with the outcome (numerator) and people eligible (denominator) by group and strata; age bands are summed.</param>
    /// <param name="levels">The confidence levels, at least one.</param>
    /// <param name="options">The reference group and adjustments.</param>
    /// <param name="multiplier">Scales the risk difference: 1 (default) or 100 for percentage points.</param>
    /// <returns>One result per group of each set, with the group's totals and the set's strata in <see cref="GroupComparisonResult.Row"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="levels"/> is null.</exception>
    /// <exception cref="StatisticsInputException">The dataset or options break the rules; every problem is listed.</exception>
    /// <remarks>The methods of <see cref="CompareProportions(IReadOnlyList{string}, ReadOnlySpan{double}, ReadOnlySpan{double}, IReadOnlyList{ConfidenceLevel}, ComparisonOptions?, double)"/>.</remarks>
    public static IReadOnlyList<GroupComparisonResult> CompareProportions(
        StratifiedDataset dataset,
        IReadOnlyList<ConfidenceLevel> levels,
        ComparisonOptions? options = null,
        double multiplier = 1) =>
        CountsDataset(proportions: true, dataset, levels, options, multiplier);

    private static GroupComparisonResult[] CountsList(
        bool proportions,
        IReadOnlyList<string> groups,
        ReadOnlySpan<double> numerators,
        ReadOnlySpan<double> denominators,
        IReadOnlyList<ConfidenceLevel> levels,
        ComparisonOptions? options,
        double multiplier,
        string numeratorName,
        string denominatorName)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(levels);
        ConfidenceLevel[] levelArray = [.. levels];
        var destination = new ComparisonEstimate[groups.Count * levelArray.Length];
        CountsBatch(proportions, groups, numerators, denominators, levelArray, destination, options, multiplier, numeratorName, denominatorName, single: true);
        var results = new GroupComparisonResult[groups.Count];
        var reference = Array.FindIndex(destination, e => e.IsReference) / levelArray.Length;
        for (var g = 0; g < results.Length; g++)
        {
            results[g] = new GroupComparisonResult(
                new StratifiedRow(groups[g], Numerator: numerators[g], Denominator: denominators[g]),
                groups[reference],
                destination.AsSpan(g * levelArray.Length, levelArray.Length).ToArray());
        }

        return results;
    }

    private static void CountsBatch(
        bool proportions,
        IReadOnlyList<string> groups,
        ReadOnlySpan<double> numerators,
        ReadOnlySpan<double> denominators,
        ReadOnlySpan<ConfidenceLevel> levels,
        Span<ComparisonEstimate> destination,
        ComparisonOptions? options,
        double multiplier,
        string numeratorName,
        string denominatorName,
        bool single)
    {
        ArgumentNullException.ThrowIfNull(groups);
        options ??= ComparisonOptions.Default;
        var checks = default(InputChecks);
        var named = ComparisonInputs.Groups(ref checks, groups, options);
        var layout = single ? "one value per group" : $"{numeratorName}[set × groups + group]";
        var sets = ComparisonInputs.Sets(ref checks, numeratorName, numerators.Length, groups.Count, layout, single);
        checks.SameLength(denominatorName, denominators.Length, numeratorName, numerators.Length);
        ComparisonInputs.Counts(ref checks, numerators, denominators, numeratorName, denominatorName, groups, 1, proportions);
        ComparisonInputs.Output(ref checks, levels, multiplier, destination.Length, sets * groups.Count);
        checks.ThrowIfAny();

        var g = groups.Count;
        var k = levels.Length;
        var effective = k <= 16 ? stackalloc ConfidenceLevel[k] : new ConfidenceLevel[k];
        ComparisonKernel.EffectiveLevels(levels, g - 1, options.BonferroniIntervals, effective);
        var settings = new ComparisonKernel.Settings(options.RateRatioInterval, multiplier, options.SmallNumberThreshold, options.ZeroCellCorrection);
        var p = g <= 256 ? stackalloc double[g] : new double[g];
        var adjusted = g <= 256 ? stackalloc double[g] : new double[g];
        for (var s = 0; s < sets; s++)
        {
            var x = numerators.Slice(s * g, g);
            var n = denominators.Slice(s * g, g);
            var reference = named >= 0 ? named : ComparisonKernel.Largest(n);
            CountsSet(proportions, x, n, reference, effective, settings, options.Adjustment, p, adjusted, destination.Slice(s * g * k, g * k));
        }
    }

    /// <summary>One set of groups: every p-value, the multiplicity adjustment, then every group against the reference.</summary>
    internal static void CountsSet(
        bool proportions,
        ReadOnlySpan<double> x,
        ReadOnlySpan<double> n,
        int reference,
        ReadOnlySpan<ConfidenceLevel> levels,
        in ComparisonKernel.Settings settings,
        MultipleComparisonAdjustment adjustment,
        Span<double> p,
        Span<double> adjusted,
        Span<ComparisonEstimate> rows)
    {
        var k = levels.Length;
        var groups = x.Length;
        p = p[..groups];
        adjusted = adjusted[..groups];
        double xr = x[reference], nr = n[reference];
        for (var g = 0; g < groups; g++)
        {
            p[g] = g == reference ? double.NaN
                : proportions ? ComparisonKernel.ProportionPValue(x[g], n[g], xr, nr)
                : ComparisonKernel.RatePValue(x[g], n[g], xr, nr, settings);
        }

        ComparisonKernel.Adjust(p, adjusted, groups - 1, adjustment);
        for (var g = 0; g < groups; g++)
        {
            var row = rows.Slice(g * k, k);
            if (g == reference)
            {
                var own = proportions ? Math.Min(x[g], n[g] - x[g]) : x[g];
                ComparisonKernel.Reference(levels, proportions, own < settings.Threshold, row);
            }
            else if (proportions)
            {
                ComparisonKernel.Proportions(x[g], n[g], xr, nr, levels, settings, p[g], adjusted[g], row);
            }
            else
            {
                ComparisonKernel.Rates(x[g], n[g], xr, nr, levels, settings, p[g], adjusted[g], row);
            }
        }
    }

    private static List<GroupComparisonResult> CountsDataset(bool proportions, StratifiedDataset dataset, IReadOnlyList<ConfidenceLevel> levels, ComparisonOptions? options, double multiplier)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(levels);
        options ??= ComparisonOptions.Default;
        ConfidenceLevel[] levelArray = [.. levels];
        var checks = default(InputChecks);
        ComparisonInputs.Options(ref checks, options);
        ComparisonInputs.Output(ref checks, levelArray, multiplier, int.MaxValue, 0);
        var sets = ComparisonDataset.Collect(ref checks, dataset, proportions ? DatasetMeasure.Proportion : DatasetMeasure.Rate, byQuantile: false);
        var references = new int[sets.Count];
        for (var s = 0; s < sets.Count; s++)
        {
            references[s] = sets[s].Members.Count < 2 ? -1
                : ComparisonDataset.Reference(ref checks, dataset, sets[s], sets[s].Members, options.ReferenceGroup, byQuantile: false);
        }

        checks.ThrowIfAny();

        var settings = new ComparisonKernel.Settings(options.RateRatioInterval, multiplier, options.SmallNumberThreshold, options.ZeroCellCorrection);
        var k = levelArray.Length;
        var results = new List<GroupComparisonResult>();
        for (var s = 0; s < sets.Count; s++)
        {
            var members = sets[s].Members;
            var g = members.Count;
            var x = members.Select(m => m.TotalX).ToArray();
            var n = members.Select(m => m.TotalN).ToArray();
            var effective = new ConfidenceLevel[k];
            ComparisonKernel.EffectiveLevels(levelArray, g - 1, options.BonferroniIntervals, effective);
            var rows = new ComparisonEstimate[g * k];
            CountsSet(proportions, x, n, references[s], effective, settings, options.Adjustment, new double[g], new double[g], rows);
            for (var i = 0; i < g; i++)
            {
                results.Add(new GroupComparisonResult(ComparisonDataset.Totals(members[i], byQuantile: false), members[references[s]].Name, rows.AsSpan(i * k, k).ToArray()));
            }
        }

        return results;
    }
}
