using System.Runtime.CompilerServices;
using EEiC.Datasets;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Validation;

namespace EEiC.Statistics.Rates;

/// <summary>
/// Proportions and percentages with Wilson score confidence intervals, as England's public health indicators
/// publish them (PHEindicatormethods <c>phe_proportion</c>): for example the share of a Pakistani population who
/// were screened, with its 95% and 99.8% limits.
/// </summary>
/// <remarks>
/// <para>Method: Wilson EB. Probable inference, the law of succession, and statistical inference. J Am Stat Assoc
/// 1927;22:209–212; recommended over the simple (Wald) interval by Newcombe RG. Two-sided confidence intervals for
/// the single proportion: comparison of seven methods. Stat Med 1998;17:857–872.</para>
/// <para>For x events out of n and z = Φ⁻¹(c + (1 − c)/2):
/// lower = (2x + z² − z·√(z² + 4x(1 − x/n))) / (2(n + z²)), upper = (2x + z² + z·√(z² + 4x(1 − x/n))) / (2(n + z²)).
/// The lower limit is evaluated in the algebraically equal form 2x² / (n·(2x + z² + z·√(z² + 4x(1 − x/n)))), which
/// avoids cancellation when x is small; x = 0 gives lower 0 and x = n gives upper 1 exactly, and the upper limit
/// never exceeds 1. The value is x/n; value and limits are then multiplied by the multiplier (100 for a percentage).</para>
/// <para>Rules: x ≥ 0 and may be non-integer (a weighted count), n &gt; 0, x ≤ n, all finite; the multiplier is
/// finite and &gt; 0. Any breach throws <see cref="StatisticsInputException"/>, listing every bad group of a batch.</para>
/// </remarks>
public static class Proportions
{
    /// <summary>The proportion <paramref name="numerator"/>/<paramref name="denominator"/> with its Wilson score interval at one level.</summary>
    /// <param name="numerator">The count with the outcome, x ≥ 0 (may be non-integer).</param>
    /// <param name="denominator">The count eligible, n &gt; 0, with x ≤ n.</param>
    /// <param name="level">The confidence level.</param>
    /// <param name="multiplier">Scales value and limits: 1 for a proportion (default), 100 for a percentage.</param>
    /// <returns>The estimate, with <see cref="EstimationMethod.Wilson"/> and status <see cref="EstimateStatus.Ok"/>.</returns>
    /// <exception cref="StatisticsInputException">An argument breaks the rules in the remarks of <see cref="Proportions"/>.</exception>
    /// <remarks>Wilson EB. J Am Stat Assoc 1927;22:209–212.</remarks>
    public static IntervalEstimate Wilson(double numerator, double denominator, ConfidenceLevel level, double multiplier = 1)
    {
        var checks = default(InputChecks);
        Check(ref checks, null, numerator, denominator);
        CountInputs.Level(ref checks, level);
        CountInputs.Multiplier(ref checks, multiplier);
        checks.ThrowIfAny();
        return Estimate(numerator, denominator, level, multiplier);
    }

    /// <summary>The proportion with its Wilson score interval at several levels (for example <see cref="ConfidenceLevel.Standard"/>).</summary>
    /// <param name="numerator">The count with the outcome, x ≥ 0 (may be non-integer).</param>
    /// <param name="denominator">The count eligible, n &gt; 0, with x ≤ n.</param>
    /// <param name="levels">The confidence levels, at least one.</param>
    /// <param name="multiplier">Scales value and limits: 1 for a proportion (default), 100 for a percentage.</param>
    /// <returns>One estimate per level, in the order of <paramref name="levels"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="levels"/> is null.</exception>
    /// <exception cref="StatisticsInputException">An argument breaks the rules in the remarks of <see cref="Proportions"/>.</exception>
    /// <remarks>Wilson EB. J Am Stat Assoc 1927;22:209–212.</remarks>
    public static IReadOnlyList<IntervalEstimate> Wilson(double numerator, double denominator, IReadOnlyList<ConfidenceLevel> levels, double multiplier = 1)
    {
        ArgumentNullException.ThrowIfNull(levels);
        var checks = default(InputChecks);
        Check(ref checks, null, numerator, denominator);
        CountInputs.Levels(ref checks, levels);
        CountInputs.Multiplier(ref checks, multiplier);
        checks.ThrowIfAny();
        var estimates = new IntervalEstimate[levels.Count];
        for (var l = 0; l < estimates.Length; l++)
        {
            estimates[l] = Estimate(numerator, denominator, levels[l], multiplier);
        }

        return estimates;
    }

    /// <summary>
    /// Proportions with Wilson score intervals for many groups at once, written to a caller's buffer without
    /// allocating: the estimate of group g at level l goes to <c>destination[g * levels.Length + l]</c>.
    /// </summary>
    /// <param name="numerators">The count with the outcome in each group, x ≥ 0.</param>
    /// <param name="denominators">The count eligible in each group, n &gt; 0 with x ≤ n; as long as <paramref name="numerators"/>.</param>
    /// <param name="levels">The confidence levels, at least one.</param>
    /// <param name="destination">Receives groups × levels estimates, group-major.</param>
    /// <param name="multiplier">Scales values and limits: 1 for proportions (default), 100 for percentages.</param>
    /// <exception cref="StatisticsInputException">
    /// Any input breaks the rules in the remarks of <see cref="Proportions"/>, the spans differ in length or the
    /// destination is too short; the exception lists every bad group, and <paramref name="destination"/> is left unchanged.
    /// </exception>
    /// <remarks>Wilson EB. J Am Stat Assoc 1927;22:209–212. Each element equals the scalar <see cref="Wilson(double, double, ConfidenceLevel, double)"/> exactly.</remarks>
    public static void Wilson(
        ReadOnlySpan<double> numerators,
        ReadOnlySpan<double> denominators,
        ReadOnlySpan<ConfidenceLevel> levels,
        Span<IntervalEstimate> destination,
        double multiplier = 1)
    {
        var checks = default(InputChecks);
        checks.SameLength(nameof(denominators), denominators.Length, nameof(numerators), numerators.Length);
        CountInputs.Levels(ref checks, levels);
        CountInputs.Multiplier(ref checks, multiplier);
        CountInputs.Destination(ref checks, destination.Length, numerators.Length, levels.Length);
        var groups = Math.Min(numerators.Length, denominators.Length);
        for (var g = 0; g < groups; g++)
        {
            double x = numerators[g], n = denominators[g];
            if (!(x >= 0 && n > 0 && x <= n && n < double.PositiveInfinity))
            {
                Check(ref checks, g, x, n);
            }
        }

        checks.ThrowIfAny();

        var k = levels.Length;
        for (var g = 0; g < groups; g++)
        {
            var terms = new WilsonTerms(numerators[g], denominators[g], multiplier);
            var row = destination.Slice(g * k, k);
            for (var l = 0; l < row.Length; l++)
            {
                row[l] = terms.Estimate(levels[l], multiplier);
            }
        }
    }

    /// <summary>
    /// Wilson score limits for many groups at one level, written as two columns (struct of arrays): the fastest form,
    /// for national tables and analysis pipelines that keep their data in columns. Call it once per level.
    /// </summary>
    /// <param name="numerators">The count with the outcome in each group, x ≥ 0 (may be non-integer).</param>
    /// <param name="denominators">The count eligible in each group, n &gt; 0 with x ≤ n; as long as <paramref name="numerators"/>.</param>
    /// <param name="level">The confidence level.</param>
    /// <param name="lowerLimits">Receives the lower limit of group g at index g; at least as long as <paramref name="numerators"/>.</param>
    /// <param name="upperLimits">Receives the upper limit of group g at index g; at least as long as <paramref name="numerators"/>.</param>
    /// <param name="multiplier">Scales the limits: 1 for proportions (default), 100 for percentages.</param>
    /// <exception cref="StatisticsInputException">
    /// Any input breaks the rules in the remarks of <see cref="Proportions"/>, the input spans differ in length, an
    /// output span is too short, or an output span overlaps an input or the other output; the exception lists every
    /// bad group, and neither output is changed.
    /// </exception>
    /// <remarks>
    /// <para>Wilson EB. J Am Stat Assoc 1927;22:209–212.</para>
    /// <para>The limits equal <see cref="IntervalEstimate.Lower"/> and <see cref="IntervalEstimate.Upper"/> of the scalar
    /// <see cref="Wilson(double, double, ConfidenceLevel, double)"/> to the last bit (the arithmetic is shared and
    /// vectorised with <see cref="System.Numerics.Vector{T}"/> where the processor allows). Every limit is defined, so
    /// there is no status column. The value is not written: it is numerators[g] / denominators[g] × multiplier, and
    /// evaluated in that order it equals <see cref="IntervalEstimate.Value"/> to the last bit.</para>
    /// </remarks>
    public static void Wilson(
        ReadOnlySpan<double> numerators,
        ReadOnlySpan<double> denominators,
        ConfidenceLevel level,
        Span<double> lowerLimits,
        Span<double> upperLimits,
        double multiplier = 1)
    {
        var checks = default(InputChecks);
        CountInputs.Columns(ref checks, numerators, denominators, lowerLimits, upperLimits);
        CountInputs.Level(ref checks, level);
        CountInputs.Multiplier(ref checks, multiplier);
        var groups = Math.Min(numerators.Length, denominators.Length);
        var bad = CountInputs.FirstOutside(numerators[..groups], denominators[..groups], proportion: true);
        for (var g = bad; g < groups; g++)
        {
            double x = numerators[g], n = denominators[g];
            if (!(x >= 0 && n > 0 && x <= n && n < double.PositiveInfinity))
            {
                Check(ref checks, g, x, n);
            }
        }

        checks.ThrowIfAny();
        WilsonKernel.Columns(numerators, denominators, level.Z, multiplier, lowerLimits, upperLimits);
    }

    /// <summary>
    /// The proportion with its Wilson score intervals for each row of a <see cref="DatasetMeasure.Proportion"/>
    /// dataset, or for each group's totals.
    /// </summary>
    /// <param name="dataset">A dataset whose <see cref="StratifiedDataset.Measure"/> is <see cref="DatasetMeasure.Proportion"/>.</param>
    /// <param name="levels">The confidence levels, at least one (for example <see cref="ConfidenceLevel.Standard"/>).</param>
    /// <param name="multiplier">Scales values and limits: 1 for proportions (default), 100 for percentages.</param>
    /// <param name="totalPerGroup">
    /// <see langword="false"/> (default): one result per row, whose <see cref="GroupEstimate.Row"/> is the input row.
    /// <see langword="true"/>: one result per distinct <see cref="StratifiedRow.Group"/> (in order of first appearance;
    /// ethnic category codes compared ignoring case), from the numerators and denominators summed over all its rows
    /// (all strata); the result's row carries only the group and those totals.
    /// </param>
    /// <returns>One <see cref="GroupEstimate"/> per row or group, each with one estimate per level.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="levels"/> is null.</exception>
    /// <exception cref="StatisticsInputException">
    /// The dataset does not measure proportions, or rows break the rules (numerator or denominator negative or not
    /// finite, numerator above denominator), or a level or the multiplier is invalid; every bad row is listed
    /// (0-based index and group).
    /// </exception>
    /// <remarks>
    /// <para>Wilson EB. J Am Stat Assoc 1927;22:209–212. Summing counts within groups is how PHEindicatormethods
    /// treats grouped input.</para>
    /// <para>A dataset may lack counts or have empty groups, so unlike the span methods this one does not throw for them:
    /// a row (or group) with an absent numerator or denominator gets <see cref="EstimateStatus.MissingInput"/> (a total
    /// is absent when any of its rows lacks the count, as a sum with a missing term is unknown); a denominator of 0
    /// (and so a numerator of 0) gets <see cref="EstimateStatus.ZeroDenominator"/>. Neither has a value or limits.</para>
    /// </remarks>
    public static IReadOnlyList<GroupEstimate> Wilson(StratifiedDataset dataset, IReadOnlyList<ConfidenceLevel> levels, double multiplier = 1, bool totalPerGroup = false)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(levels);
        var checks = default(InputChecks);
        CountInputs.Levels(ref checks, levels);
        CountInputs.Multiplier(ref checks, multiplier);
        var groups = CountInputs.Collect(ref checks, dataset, DatasetMeasure.Proportion, totalPerGroup);
        checks.ThrowIfAny();

        var results = new GroupEstimate[groups.Count];
        for (var g = 0; g < results.Length; g++)
        {
            var group = groups[g];
            var status = CountInputs.StatusOf(group);
            var estimates = new IntervalEstimate[levels.Count];
            for (var l = 0; l < estimates.Length; l++)
            {
                estimates[l] = status == EstimateStatus.Ok
                    ? Estimate(group.Numerator!.Value, group.Denominator!.Value, levels[l], multiplier)
                    : IntervalEstimate.NotAvailable(status, levels[l], EstimationMethod.Wilson);
            }

            results[g] = new GroupEstimate(group.Row, estimates);
        }

        return results;
    }

    private static IntervalEstimate Estimate(double x, double n, ConfidenceLevel level, double multiplier) =>
        new WilsonTerms(x, n, multiplier).Estimate(level, multiplier);
    private static void Check(ref InputChecks checks, int? index, double x, double n)
    {
        checks.NonNegative(index, "numerator", x);
        checks.Positive(index, "denominator", n);
        if (x > n)
        {
            checks.Add(index, "numerator", x, $"must be <= the denominator for a proportion (denominator {n.ToString("R", System.Globalization.CultureInfo.InvariantCulture)})");
        }
    }

    /// <summary>
    /// The terms of one group that do not depend on the level, so that a batch computes them once per group; the scalar
    /// methods go through the same code, and the arithmetic is <see cref="WilsonKernel"/>'s, shared with the columnar method.
    /// </summary>
    private readonly struct WilsonTerms
    {
        private readonly double _x;
        private readonly double _n;
        private readonly double _value;
        private readonly double _spread;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public WilsonTerms(double x, double n, double multiplier)
        {
            _x = x;
            _n = n;
            _spread = WilsonKernel.Spread(x, n, out var p);
            _value = p * multiplier;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public IntervalEstimate Estimate(ConfidenceLevel level, double multiplier)
        {
            var z = level.Z;
            WilsonKernel.Limits(_x, _n, _spread, z, z * z, out var lower, out var upper);
            return new IntervalEstimate(_value, lower * multiplier, upper * multiplier, level, EstimationMethod.Wilson, EstimateStatus.Ok);
        }
    }
}
