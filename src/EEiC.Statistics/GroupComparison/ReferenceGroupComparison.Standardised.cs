using System.Globalization;
using EEiC.Datasets;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Standardisation;
using EEiC.Statistics.Validation;

namespace EEiC.Statistics.GroupComparison;

public static partial class ReferenceGroupComparison
{
    /// <summary>
    /// Directly standardised rates of one set of groups, each compared with the reference group: the ratio of the two
    /// rates and their difference, with intervals from the rates' Dobson variances.
    /// </summary>
    /// <param name="groups">The group names, at least two, unique.</param>
    /// <param name="counts">The events of each group in each band of <paramref name="standard"/>: <c>counts[group × bands + band]</c>.</param>
    /// <param name="populations">The populations, laid out like <paramref name="counts"/>, each &gt; 0.</param>
    /// <param name="standard">The standard population, for example <see cref="StandardPopulation.European2013"/>.</param>
    /// <param name="levels">The confidence levels, at least one.</param>
    /// <param name="options">The reference group and adjustments; <see langword="null"/> for <see cref="ComparisonOptions.Default"/>.</param>
    /// <param name="multiplier">Rates (and so the difference) per this many: default 100,000.</param>
    /// <returns>One result per group, in input order, including the reference group's own entry; <see cref="GroupComparisonResult.Row"/> carries the group's total count and population.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="StatisticsInputException">An input breaks the rules; every problem is listed.</exception>
    /// <remarks>
    /// <para>Each rate is DSR = Σwᵢ·xᵢ/nᵢ / Σw × multiplier with variance V = Σwᵢ²·xᵢ/nᵢ² / (Σw)² × multiplier², as
    /// <see cref="DirectStandardisation"/> (Dobson AJ, Kuulasmaa K, Eberle E, Scherer J. Stat Med 1991;10:457–462). The ratio
    /// DSR₁/DSR₀ has the log-scale interval with var(ln ratio) = V₁/DSR₁² + V₀/DSR₀² (the delta method; the standardised
    /// rate ratio of Breslow NE, Day NE. Statistical Methods in Cancer Research, vol. II. IARC Sci Publ 82, 1987, chapter 2,
    /// and Rothman KJ, Greenland S, Lash TL. Modern Epidemiology, 3rd ed. 2008, chapter 15) and the Wald test of
    /// ln ratio = 0; the difference DSR₁ − DSR₀ has the Wald interval with variance V₁ + V₀.</para>
    /// <para>As for a single rate, a group with fewer than 10 events in total has no published rate, so a comparison in
    /// which either group has fewer than 10 events gets status <see cref="EstimateStatus.SmallCount"/> and no value (and is
    /// flagged). A ratio with a rate of 0 (possible only when every event falls in bands of weight 0) is undefined.</para>
    /// </remarks>
    public static IReadOnlyList<GroupComparisonResult> CompareStandardisedRates(
        IReadOnlyList<string> groups,
        ReadOnlySpan<double> counts,
        ReadOnlySpan<double> populations,
        StandardPopulation standard,
        IReadOnlyList<ConfidenceLevel> levels,
        ComparisonOptions? options = null,
        double multiplier = PerHundredThousand)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(standard);
        ArgumentNullException.ThrowIfNull(levels);
        ConfidenceLevel[] levelArray = [.. levels];
        var destination = new ComparisonEstimate[groups.Count * levelArray.Length];
        StandardisedBatch(groups, counts, populations, standard, levelArray, destination, options, multiplier, single: true);
        var bands = standard.BandCount;
        var k = levelArray.Length;
        var reference = Array.FindIndex(destination, e => e.IsReference) / k;
        var results = new GroupComparisonResult[groups.Count];
        for (var g = 0; g < results.Length; g++)
        {
            var x = counts.Slice(g * bands, bands);
            var n = populations.Slice(g * bands, bands);
            double totalX = 0, totalN = 0;
            for (var b = 0; b < bands; b++)
            {
                totalX += x[b];
                totalN += n[b];
            }

            results[g] = new GroupComparisonResult(new StratifiedRow(groups[g], Numerator: totalX, Denominator: totalN), groups[reference], destination.AsSpan(g * k, k).ToArray());
        }

        return results;
    }

    /// <summary>
    /// Directly standardised rates of many sets of the same groups (one per area, say), each group compared with its
    /// set's reference group, written to a caller's buffer without allocating per set.
    /// </summary>
    /// <param name="groups">The group names of every set, at least two, unique.</param>
    /// <param name="counts">The events: <c>counts[(set × groups.Count + group) × bands + band]</c>.</param>
    /// <param name="populations">The populations, laid out like <paramref name="counts"/>, each &gt; 0.</param>
    /// <param name="standard">The standard population.</param>
    /// <param name="levels">The confidence levels, at least one.</param>
    /// <param name="destination">Receives <c>destination[(set × groups.Count + group) × levels.Length + level]</c>.</param>
    /// <param name="options">The reference group (by default the largest total population of each set) and adjustments.</param>
    /// <param name="multiplier">Rates (and so the difference) per this many: default 100,000.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="StatisticsInputException">An input breaks the rules; every problem is listed and <paramref name="destination"/> is unchanged.</exception>
    /// <remarks>The methods of <see cref="CompareStandardisedRates(IReadOnlyList{string}, ReadOnlySpan{double}, ReadOnlySpan{double}, StandardPopulation, IReadOnlyList{ConfidenceLevel}, ComparisonOptions?, double)"/>, set by set.</remarks>
    public static void CompareStandardisedRates(
        IReadOnlyList<string> groups,
        ReadOnlySpan<double> counts,
        ReadOnlySpan<double> populations,
        StandardPopulation standard,
        ReadOnlySpan<ConfidenceLevel> levels,
        Span<ComparisonEstimate> destination,
        ComparisonOptions? options = null,
        double multiplier = PerHundredThousand) =>
        StandardisedBatch(groups, counts, populations, standard, levels, destination, options, multiplier, single: false);

    /// <summary>
    /// Directly standardised rates of every group of a <see cref="DatasetMeasure.Rate"/> dataset (rows by group and age
    /// band) compared with the reference group, within each combination of sex, area, period and deprivation quantile.
    /// </summary>
    /// <param name="dataset">Events (numerator) and populations (denominator, &gt; 0) by group, <see cref="StratifiedRow.AgeBand"/> and other strata; each group needs exactly one row per band of <paramref name="standard"/>.</param>
    /// <param name="standard">The standard population; band labels are matched as <see cref="StandardPopulation"/> describes.</param>
    /// <param name="levels">The confidence levels, at least one.</param>
    /// <param name="options">The reference group and adjustments.</param>
    /// <param name="multiplier">Rates (and so the difference) per this many: default 100,000.</param>
    /// <returns>One result per group of each set, with the group's total count and population and the set's strata in <see cref="GroupComparisonResult.Row"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="StatisticsInputException">The dataset or options break the rules (including missing or repeated bands, mixed classification schemes, a set with one group, an absent reference group); every problem is listed.</exception>
    /// <remarks>The methods of <see cref="CompareStandardisedRates(IReadOnlyList{string}, ReadOnlySpan{double}, ReadOnlySpan{double}, StandardPopulation, IReadOnlyList{ConfidenceLevel}, ComparisonOptions?, double)"/>; Dobson AJ et al. Stat Med 1991;10:457–462.</remarks>
    public static IReadOnlyList<GroupComparisonResult> CompareStandardisedRates(
        StratifiedDataset dataset,
        StandardPopulation standard,
        IReadOnlyList<ConfidenceLevel> levels,
        ComparisonOptions? options = null,
        double multiplier = PerHundredThousand)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(standard);
        ArgumentNullException.ThrowIfNull(levels);
        options ??= ComparisonOptions.Default;
        ConfidenceLevel[] levelArray = [.. levels];
        var checks = default(InputChecks);
        ComparisonInputs.Options(ref checks, options);
        ComparisonInputs.Output(ref checks, levelArray, multiplier, int.MaxValue, 0);
        var mixed = ComparisonDataset.CheckSchemes(ref checks, dataset);
        var table = BandedTable.Build(dataset, nameof(dataset), standard.Bands, standard.IndexOf, $"the standard '{standard.Name}'", positiveDenominator: true, ref checks, mixed);

        // Sets of the table's groups: one per combination of the strata other than the group and the age band.
        var sets = new List<(StratifiedRow First, int FirstIndex, List<ComparisonDataset.Member> Members, List<int> Templates)>();
        var setIndex = new Dictionary<(string?, string?, string?, int?), int>();
        var rowIndex = new Dictionary<StratifiedRow, int>(ReferenceEqualityComparer.Instance);
        for (var i = dataset.Rows.Count - 1; i >= 0; i--)
        {
            if (dataset.Rows[i] is { } r)
            {
                rowIndex[r] = i;
            }
        }

        for (var t = 0; t < table.GroupCount; t++)
        {
            var row = table.Templates[t];
            var key = (row.Sex, row.Area, row.Period, row.DeprivationQuantile);
            if (!setIndex.TryGetValue(key, out var s))
            {
                s = sets.Count;
                setIndex.Add(key, s);
                sets.Add((row, rowIndex[row], [], []));
            }

            var member = new ComparisonDataset.Member(row.Group.Trim(), dataset.CategoryOf(row), row, rowIndex[row]);
            var x = table.Counts.AsSpan(t * standard.BandCount, standard.BandCount);
            var n = table.Populations.AsSpan(t * standard.BandCount, standard.BandCount);
            member.X = [Sum(x)];
            member.N = [Sum(n)];
            sets[s].Members.Add(member);
            sets[s].Templates.Add(t);
        }

        var references = new int[sets.Count];
        for (var s = 0; s < sets.Count; s++)
        {
            var (first, firstIndex, members, _) = sets[s];
            if (members.Count < 2)
            {
                checks.Add(firstIndex, "dataset.group", $"only '{members[0].Name}'",
                    $"must have at least two groups to compare in {ComparisonDataset.Describe(first, byQuantile: false)}");
                references[s] = -1;
                continue;
            }

            var set = new ComparisonDataset.Set(first, firstIndex, StringComparer.Ordinal);
            references[s] = ComparisonDataset.Reference(ref checks, dataset, set, members, options.ReferenceGroup, byQuantile: false);
        }

        checks.ThrowIfAny();

        var k = levelArray.Length;
        var settings = new ComparisonKernel.Settings(options.RateRatioInterval, multiplier, options.SmallNumberThreshold, options.ZeroCellCorrection);
        var results = new List<GroupComparisonResult>(table.GroupCount);
        foreach (var ((_, _, members, templates), reference) in sets.Zip(references))
        {
            var g = members.Count;
            var effective = new ConfidenceLevel[k];
            ComparisonKernel.EffectiveLevels(levelArray, g - 1, options.BonferroniIntervals, effective);
            var rows = new ComparisonEstimate[g * k];
            var rate = new double[g];
            var variance = new double[g];
            var count = new double[g];
            for (var i = 0; i < g; i++)
            {
                var t = templates[i];
                Terms(table.Counts.AsSpan(t * standard.BandCount, standard.BandCount), table.Populations.AsSpan(t * standard.BandCount, standard.BandCount),
                    standard, multiplier, out rate[i], out variance[i], out count[i], out _);
            }

            StandardisedSet(rate, variance, count, reference, effective, settings, options.Adjustment, new double[g], new double[g], rows);
            for (var i = 0; i < g; i++)
            {
                results.Add(new GroupComparisonResult(ComparisonDataset.Totals(members[i], byQuantile: false), members[reference].Name, rows.AsSpan(i * k, k).ToArray()));
            }
        }

        return results;
    }

    private static void StandardisedBatch(
        IReadOnlyList<string> groups,
        ReadOnlySpan<double> counts,
        ReadOnlySpan<double> populations,
        StandardPopulation standard,
        ReadOnlySpan<ConfidenceLevel> levels,
        Span<ComparisonEstimate> destination,
        ComparisonOptions? options,
        double multiplier,
        bool single)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(standard);
        options ??= ComparisonOptions.Default;
        var bands = standard.BandCount;
        var checks = default(InputChecks);
        var named = ComparisonInputs.Groups(ref checks, groups, options);
        var perSet = groups.Count * bands;
        var layout = single
            ? string.Create(CultureInfo.InvariantCulture, $"groups {groups.Count} × bands {bands} of '{standard.Name}'")
            : string.Create(CultureInfo.InvariantCulture, $"counts[(set × groups + group) × bands + band] with groups {groups.Count} and bands {bands} of '{standard.Name}'");
        var sets = ComparisonInputs.Sets(ref checks, nameof(counts), counts.Length, perSet, layout, single);
        checks.SameLength(nameof(populations), populations.Length, nameof(counts), counts.Length);
        for (var i = 0; i < counts.Length; i++)
        {
            if (!(counts[i] >= 0 && counts[i] < double.PositiveInfinity))
            {
                checks.NonNegative(i, nameof(counts), counts[i], GroupOf(groups, i, bands));
            }
        }

        for (var i = 0; i < populations.Length; i++)
        {
            if (!(populations[i] > 0 && populations[i] < double.PositiveInfinity))
            {
                checks.Positive(i, nameof(populations), populations[i], GroupOf(groups, i, bands));
            }
        }

        ComparisonInputs.Output(ref checks, levels, multiplier, destination.Length, sets * groups.Count);
        checks.ThrowIfAny();

        var g = groups.Count;
        var k = levels.Length;
        var effective = k <= 16 ? stackalloc ConfidenceLevel[k] : new ConfidenceLevel[k];
        ComparisonKernel.EffectiveLevels(levels, g - 1, options.BonferroniIntervals, effective);
        var settings = new ComparisonKernel.Settings(options.RateRatioInterval, multiplier, options.SmallNumberThreshold, options.ZeroCellCorrection);
        var small = g <= 64;
        var rate = small ? stackalloc double[g] : new double[g];
        var variance = small ? stackalloc double[g] : new double[g];
        var count = small ? stackalloc double[g] : new double[g];
        var population = small ? stackalloc double[g] : new double[g];
        var p = small ? stackalloc double[g] : new double[g];
        var adjusted = small ? stackalloc double[g] : new double[g];
        for (var s = 0; s < sets; s++)
        {
            for (var i = 0; i < g; i++)
            {
                var at = ((s * g) + i) * bands;
                Terms(counts.Slice(at, bands), populations.Slice(at, bands), standard, multiplier, out rate[i], out variance[i], out count[i], out population[i]);
            }

            var reference = named >= 0 ? named : ComparisonKernel.Largest(population);
            StandardisedSet(rate, variance, count, reference, effective, settings, options.Adjustment, p, adjusted, destination.Slice(s * g * k, g * k));
        }
    }

    private static void StandardisedSet(
        ReadOnlySpan<double> rate,
        ReadOnlySpan<double> variance,
        ReadOnlySpan<double> count,
        int reference,
        ReadOnlySpan<ConfidenceLevel> levels,
        in ComparisonKernel.Settings settings,
        MultipleComparisonAdjustment adjustment,
        Span<double> p,
        Span<double> adjusted,
        Span<ComparisonEstimate> rows)
    {
        var k = levels.Length;
        var groups = rate.Length;
        p = p[..groups];
        adjusted = adjusted[..groups];
        double r0 = rate[reference], v0 = variance[reference], c0 = count[reference];
        for (var g = 0; g < groups; g++)
        {
            p[g] = g == reference ? double.NaN : ComparisonKernel.StandardisedPValue(rate[g], variance[g], count[g], r0, v0, c0);
        }

        ComparisonKernel.Adjust(p, adjusted, groups - 1, adjustment);
        for (var g = 0; g < groups; g++)
        {
            var row = rows.Slice(g * k, k);
            if (g == reference)
            {
                ComparisonKernel.Reference(levels, proportions: false, count[g] < settings.Threshold, row);
            }
            else
            {
                ComparisonKernel.Standardised(rate[g], variance[g], count[g], r0, v0, c0, levels, settings, p[g], adjusted[g], row);
            }
        }
    }

    /// <summary>One group's rate and Dobson variance (both on the multiplier's scale), total count and population, by <see cref="DirectStandardisation"/>'s sums.</summary>
    private static void Terms(ReadOnlySpan<double> x, ReadOnlySpan<double> n, StandardPopulation standard, double multiplier, out double rate, out double variance, out double count, out double population)
    {
        DirectStandardisation.Sums(x, n, standard.WeightSpan, out count, out population, out var weighted, out var squared);
        var total = standard.Total;
        rate = weighted / total * multiplier;
        variance = squared / (total * total) * multiplier * multiplier;
    }

    private static double Sum(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        foreach (var v in values)
        {
            sum += v;
        }

        return sum;
    }

    private static string? GroupOf(IReadOnlyList<string> groups, int index, int bands) =>
        groups.Count > 0 ? groups[(index / bands) % groups.Count] : null;
}
