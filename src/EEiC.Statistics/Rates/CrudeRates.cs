using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using EEiC.Datasets;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Validation;

namespace EEiC.Statistics.Rates;

/// <summary>
/// Crude rates (events per population or person-time) with Poisson confidence intervals, as England's public
/// health indicators publish them (PHEindicatormethods <c>phe_rate</c>): for example emergency admissions per
/// 100,000 Black African residents, with 95% and 99.8% limits.
/// </summary>
/// <remarks>
/// <para>The value is x/n × multiplier (default 100,000). The limits are those of the count x, divided by n and
/// multiplied: exact limits when x &lt; 10 (Garwood F. Fiducial limits for the Poisson distribution. Biometrika
/// 1936;28:437–442: lower = χ²((1 − c)/2; 2x)/2, upper = χ²(c + (1 − c)/2; 2x + 2)/2, so x = 0 gives lower 0),
/// and Byar's approximation from 10 (Breslow NE, Day NE. Statistical Methods in Cancer Research, vol. II. IARC
/// Scientific Publications 82, 1987, p. 69). <see cref="IntervalEstimate.Method"/> says which was used, group by
/// group: <see cref="EstimationMethod.ExactPoisson"/> or <see cref="EstimationMethod.Byar"/>. A negative Byar's
/// lower limit would be absent, but it cannot occur: for x ≥ 10 it needs z &gt; 9.3, beyond any level below 1 that a double can hold.</para>
/// <para>Rules: x ≥ 0 and may be non-integer, n &gt; 0 (a zero denominator is an error, as in the reference), both
/// finite; x may exceed n (more events than people); the multiplier is finite and &gt; 0. Any breach throws
/// <see cref="StatisticsInputException"/>, listing every bad group of a batch.</para>
/// <para>For a count on its own (a number of deaths, say, with its Poisson interval) use a denominator of 1 and a
/// multiplier of 1.</para>
/// </remarks>
public static class CrudeRates
{
    private const double PerHundredThousand = 100_000;

    /// <summary>The crude rate <paramref name="numerator"/>/<paramref name="denominator"/> × <paramref name="multiplier"/> with its interval at one level (exact below 10 events, else Byar's).</summary>
    /// <param name="numerator">The number of events, x ≥ 0 (may be non-integer).</param>
    /// <param name="denominator">The population or person-time, n &gt; 0.</param>
    /// <param name="level">The confidence level.</param>
    /// <param name="multiplier">Rate per how many: default 100,000.</param>
    /// <returns>The estimate, with <see cref="EstimationMethod.ExactPoisson"/> or <see cref="EstimationMethod.Byar"/> and status <see cref="EstimateStatus.Ok"/>.</returns>
    /// <exception cref="StatisticsInputException">An argument breaks the rules in the remarks of <see cref="CrudeRates"/>.</exception>
    /// <remarks>Garwood F. Biometrika 1936;28:437–442 (x &lt; 10); Breslow NE, Day NE. IARC Sci Publ 82, 1987, p. 69 (Byar's, x ≥ 10).</remarks>
    public static IntervalEstimate Estimate(double numerator, double denominator, ConfidenceLevel level, double multiplier = PerHundredThousand)
    {
        var checks = default(InputChecks);
        Check(ref checks, null, numerator, denominator);
        CountInputs.Level(ref checks, level);
        CountInputs.Multiplier(ref checks, multiplier);
        checks.ThrowIfAny();
        return Compute(numerator, denominator, level, multiplier);
    }

    /// <summary>The crude rate with its interval at several levels (for example <see cref="ConfidenceLevel.Standard"/>).</summary>
    /// <param name="numerator">The number of events, x ≥ 0 (may be non-integer).</param>
    /// <param name="denominator">The population or person-time, n &gt; 0.</param>
    /// <param name="levels">The confidence levels, at least one.</param>
    /// <param name="multiplier">Rate per how many: default 100,000.</param>
    /// <returns>One estimate per level, in the order of <paramref name="levels"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="levels"/> is null.</exception>
    /// <exception cref="StatisticsInputException">An argument breaks the rules in the remarks of <see cref="CrudeRates"/>.</exception>
    /// <remarks>Garwood F. Biometrika 1936;28:437–442 (x &lt; 10); Breslow NE, Day NE. IARC Sci Publ 82, 1987, p. 69 (Byar's, x ≥ 10).</remarks>
    public static IReadOnlyList<IntervalEstimate> Estimate(double numerator, double denominator, IReadOnlyList<ConfidenceLevel> levels, double multiplier = PerHundredThousand)
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
            estimates[l] = Compute(numerator, denominator, levels[l], multiplier);
        }

        return estimates;
    }

    /// <summary>
    /// Crude rates with their intervals for many groups at once, written to a caller's buffer without allocating
    /// per group: the estimate of group g at level l goes to <c>destination[g * levels.Length + l]</c>.
    /// </summary>
    /// <param name="numerators">The number of events in each group, x ≥ 0.</param>
    /// <param name="denominators">The population or person-time of each group, n &gt; 0; as long as <paramref name="numerators"/>.</param>
    /// <param name="levels">The confidence levels, at least one.</param>
    /// <param name="destination">Receives groups × levels estimates, group-major.</param>
    /// <param name="multiplier">Rate per how many: default 100,000.</param>
    /// <exception cref="StatisticsInputException">
    /// Any input breaks the rules in the remarks of <see cref="CrudeRates"/>, the spans differ in length or the
    /// destination is too short; the exception lists every bad group, and <paramref name="destination"/> is left unchanged.
    /// </exception>
    /// <remarks>
    /// Garwood F. Biometrika 1936;28:437–442 (x &lt; 10); Breslow NE, Day NE. IARC Sci Publ 82, 1987, p. 69 (Byar's,
    /// x ≥ 10). The exact limits of whole counts 0 to 9 are computed once per level and call, so a national table
    /// costs about as much as Byar's arithmetic. Each element equals the scalar
    /// <see cref="Estimate(double, double, ConfidenceLevel, double)"/> exactly.
    /// </remarks>
    public static void Estimate(
        ReadOnlySpan<double> numerators,
        ReadOnlySpan<double> denominators,
        ReadOnlySpan<ConfidenceLevel> levels,
        Span<IntervalEstimate> destination,
        double multiplier = PerHundredThousand)
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
            if (!(x >= 0 && x < double.PositiveInfinity && n > 0 && n < double.PositiveInfinity))
            {
                Check(ref checks, g, x, n);
            }
        }

        checks.ThrowIfAny();

        // Exact limits of the whole counts 0..9, per level, computed on first use: [l * 20 + 2x] lower, [+1] upper.
        const int perLevel = 2 * (int)PoissonLimits.ExactBelow;
        var k = levels.Length;
        var size = k * perLevel;
        var exact = size <= 512 ? stackalloc double[size] : new double[size];
        exact.Fill(double.NaN);

        for (var g = 0; g < groups; g++)
        {
            double x = numerators[g], n = denominators[g];
            var row = destination.Slice(g * k, k);
            if (x >= PoissonLimits.ExactBelow)
            {
                // Byar's limits as in PoissonLimits.ByarLower/ByarUpper, term for term, with the level-free terms
                // computed once per group (the batch-equals-scalar property test holds them to the same bits).
                var value = x / n * multiplier;
                var a = 1 / (9 * x);
                var s = 3 * Math.Sqrt(x);
                var x1 = x + 1;
                var a1 = 1 / (9 * x1);
                var s1 = 3 * Math.Sqrt(x1);
                for (var l = 0; l < row.Length; l++)
                {
                    var z = levels[l].Z;
                    var lower = x * PoissonLimits.Cube(1 - a - (z / s));
                    var upper = x1 * PoissonLimits.Cube(1 - a1 + (z / s1));
                    row[l] = new IntervalEstimate(value, lower < 0 ? double.NaN : lower / n * multiplier, upper / n * multiplier,
                        levels[l], EstimationMethod.Byar, EstimateStatus.Ok);
                }
            }
            else if (x == Math.Floor(x))
            {
                var at = 2 * (int)x;
                for (var l = 0; l < row.Length; l++)
                {
                    var cached = exact.Slice(l * perLevel + at, 2);
                    if (double.IsNaN(cached[0]))
                    {
                        cached[0] = PoissonLimits.ExactLower(x, levels[l]);
                        cached[1] = PoissonLimits.ExactUpper(x, levels[l]);
                    }

                    row[l] = Rate(x, n, cached[0], cached[1], levels[l], EstimationMethod.ExactPoisson, multiplier);
                }
            }
            else
            {
                for (var l = 0; l < row.Length; l++)
                {
                    row[l] = Compute(x, n, levels[l], multiplier);
                }
            }
        }
    }

    /// <summary>
    /// Crude-rate limits for many groups at one level, written as two columns (struct of arrays): the fastest form,
    /// for national tables and analysis pipelines that keep their data in columns. Call it once per level.
    /// </summary>
    /// <param name="numerators">The number of events in each group, x ≥ 0 (may be non-integer).</param>
    /// <param name="denominators">The population or person-time of each group, n &gt; 0; as long as <paramref name="numerators"/>.</param>
    /// <param name="level">The confidence level.</param>
    /// <param name="lowerLimits">Receives the lower limit of group g at index g; at least as long as <paramref name="numerators"/>.</param>
    /// <param name="upperLimits">Receives the upper limit of group g at index g; at least as long as <paramref name="numerators"/>.</param>
    /// <param name="multiplier">Rate per how many: default 100,000.</param>
    /// <exception cref="StatisticsInputException">
    /// Any input breaks the rules in the remarks of <see cref="CrudeRates"/>, the input spans differ in length, an
    /// output span is too short, or an output span overlaps an input or the other output; the exception lists every
    /// bad group, and neither output is changed.
    /// </exception>
    /// <remarks>
    /// <para>Garwood F. Biometrika 1936;28:437–442 (x &lt; 10); Breslow NE, Day NE. IARC Sci Publ 82, 1987, p. 69 (Byar's,
    /// x ≥ 10).</para>
    /// <para>The limits equal <see cref="IntervalEstimate.Lower"/> and <see cref="IntervalEstimate.Upper"/> of the scalar
    /// <see cref="Estimate(double, double, ConfidenceLevel, double)"/> to the last bit (Byar's arithmetic is vectorised
    /// with <see cref="System.Numerics.Vector{T}"/> where the processor allows; the exact limits of whole counts 0 to 9
    /// are computed once per call). There is no method column: the method is fixed by the count, exact where
    /// numerators[g] &lt; 10 and Byar's from 10, as <see cref="IntervalEstimate.Method"/> would say. Every limit is
    /// defined (see <see cref="CrudeRates"/>), so there is no status column. The value is not written: it is
    /// numerators[g] / denominators[g] × multiplier, and evaluated in that order it equals <see cref="IntervalEstimate.Value"/>
    /// to the last bit.</para>
    /// </remarks>
    public static void Estimate(
        ReadOnlySpan<double> numerators,
        ReadOnlySpan<double> denominators,
        ConfidenceLevel level,
        Span<double> lowerLimits,
        Span<double> upperLimits,
        double multiplier = PerHundredThousand)
    {
        var checks = default(InputChecks);
        CountInputs.Columns(ref checks, numerators, denominators, lowerLimits, upperLimits);
        CountInputs.Level(ref checks, level);
        CountInputs.Multiplier(ref checks, multiplier);
        var groups = Math.Min(numerators.Length, denominators.Length);
        var bad = CountInputs.FirstOutside(numerators[..groups], denominators[..groups], proportion: false);
        for (var g = bad; g < groups; g++)
        {
            double x = numerators[g], n = denominators[g];
            if (!(x >= 0 && x < double.PositiveInfinity && n > 0 && n < double.PositiveInfinity))
            {
                Check(ref checks, g, x, n);
            }
        }

        checks.ThrowIfAny();
        Columns(numerators, denominators, level, multiplier, lowerLimits, upperLimits);
    }

    /// <summary>
    /// The crude rate with its intervals for each row of a <see cref="DatasetMeasure.Rate"/> dataset, or for each
    /// group's totals.
    /// </summary>
    /// <param name="dataset">A dataset whose <see cref="StratifiedDataset.Measure"/> is <see cref="DatasetMeasure.Rate"/>.</param>
    /// <param name="levels">The confidence levels, at least one (for example <see cref="ConfidenceLevel.Standard"/>).</param>
    /// <param name="multiplier">Rate per how many: default 100,000.</param>
    /// <param name="totalPerGroup">
    /// <see langword="false"/> (default): one result per row, whose <see cref="GroupEstimate.Row"/> is the input row.
    /// <see langword="true"/>: one result per distinct <see cref="StratifiedRow.Group"/> (in order of first appearance;
    /// ethnic category codes compared ignoring case), from the events and denominators summed over all its rows (all
    /// strata: a crude rate per group); the result's row carries only the group and those totals.
    /// </param>
    /// <returns>One <see cref="GroupEstimate"/> per row or group, each with one estimate per level.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="levels"/> is null.</exception>
    /// <exception cref="StatisticsInputException">
    /// The dataset does not measure rates, or rows have a negative or non-finite numerator or denominator, or a
    /// level or the multiplier is invalid; every bad row is listed (0-based index and group).
    /// </exception>
    /// <remarks>
    /// <para>Garwood F. Biometrika 1936;28:437–442 (x &lt; 10); Breslow NE, Day NE. IARC Sci Publ 82, 1987, p. 69
    /// (Byar's, x ≥ 10). Summing counts within groups is how PHEindicatormethods treats grouped input.</para>
    /// <para>A dataset may lack counts or have empty groups, so unlike the span methods this one does not throw for them:
    /// a row (or group) with an absent numerator or denominator gets <see cref="EstimateStatus.MissingInput"/> (a total
    /// is absent when any of its rows lacks the count); a denominator of 0 gets <see cref="EstimateStatus.ZeroDenominator"/>.
    /// Neither has a value or limits; <see cref="IntervalEstimate.Method"/> still names the method the count would
    /// take (exact or Byar's) when the count is known, and is <see cref="EstimationMethod.None"/> when it is not.</para>
    /// </remarks>
    public static IReadOnlyList<GroupEstimate> Estimate(StratifiedDataset dataset, IReadOnlyList<ConfidenceLevel> levels, double multiplier = PerHundredThousand, bool totalPerGroup = false)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(levels);
        var checks = default(InputChecks);
        CountInputs.Levels(ref checks, levels);
        CountInputs.Multiplier(ref checks, multiplier);
        var groups = CountInputs.Collect(ref checks, dataset, DatasetMeasure.Rate, totalPerGroup);
        checks.ThrowIfAny();

        var results = new GroupEstimate[groups.Count];
        for (var g = 0; g < results.Length; g++)
        {
            var group = groups[g];
            var status = CountInputs.StatusOf(group);
            var method = group.Numerator is { } x ? MethodFor(x) : EstimationMethod.None;
            var estimates = new IntervalEstimate[levels.Count];
            for (var l = 0; l < estimates.Length; l++)
            {
                estimates[l] = status == EstimateStatus.Ok
                    ? Compute(group.Numerator!.Value, group.Denominator!.Value, levels[l], multiplier)
                    : IntervalEstimate.NotAvailable(status, levels[l], method);
            }

            results[g] = new GroupEstimate(group.Row, estimates);
        }

        return results;
    }

    /// <summary>
    /// The columnar kernel: blocks whose counts are all ≥ 10 take vectorised Byar's limits, other rows the scalar
    /// path (cached exact limits for whole counts below 10). Inputs must be valid; <paramref name="simd"/> = false
    /// forces the scalar loop (for tests).
    /// </summary>
    internal static void Columns(ReadOnlySpan<double> x, ReadOnlySpan<double> n, ConfidenceLevel level, double multiplier, Span<double> lower, Span<double> upper, bool simd = true)
    {
        // Exact limits of the whole counts 0..9 at this level, computed on first use: [2x] lower, [2x + 1] upper.
        Span<double> exact = stackalloc double[2 * (int)PoissonLimits.ExactBelow];
        exact.Fill(double.NaN);
        var length = x.Length;
        var i = 0;
        if (simd && Vector.IsHardwareAccelerated && length >= Vector<double>.Count)
        {
            ref var rx = ref MemoryMarshal.GetReference(x);
            ref var rn = ref MemoryMarshal.GetReference(n);
            ref var rl = ref MemoryMarshal.GetReference(lower);
            ref var ru = ref MemoryMarshal.GetReference(upper);
            var z = new Vector<double>(level.Z);
            var m = new Vector<double>(multiplier);
            var ten = new Vector<double>(PoissonLimits.ExactBelow);
            var notANumber = new Vector<double>(double.NaN);
            for (; i <= length - Vector<double>.Count; i += Vector<double>.Count)
            {
                var at = (nuint)i;
                var vx = Vector.LoadUnsafe(ref rx, at);
                if (Vector.GreaterThanOrEqualAll(vx, ten))
                {
                    var vn = Vector.LoadUnsafe(ref rn, at);
                    var lo = PoissonLimits.ByarLowerUnchecked(vx, z);
                    Vector.ConditionalSelect(Vector.LessThan(lo, Vector<double>.Zero), notANumber, lo / vn * m).StoreUnsafe(ref rl, at);
                    (PoissonLimits.ByarUpper(vx, z) / vn * m).StoreUnsafe(ref ru, at);
                }
                else
                {
                    for (var j = i; j < i + Vector<double>.Count; j++)
                    {
                        Row(x[j], n[j], level, multiplier, exact, out lower[j], out upper[j]);
                    }
                }
            }
        }

        for (; i < length; i++)
        {
            Row(x[i], n[i], level, multiplier, exact, out lower[i], out upper[i]);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Row(double x, double n, ConfidenceLevel level, double multiplier, Span<double> exact, out double lower, out double upper)
    {
        double lo, up;
        if (x >= PoissonLimits.ExactBelow)
        {
            lo = PoissonLimits.ByarLower(x, level.Z);
            up = PoissonLimits.ByarUpper(x, level.Z);
        }
        else if (x == Math.Floor(x))
        {
            var cached = exact.Slice(2 * (int)x, 2);
            if (double.IsNaN(cached[0]))
            {
                cached[0] = PoissonLimits.ExactLower(x, level);
                cached[1] = PoissonLimits.ExactUpper(x, level);
            }

            lo = cached[0];
            up = cached[1];
        }
        else
        {
            lo = PoissonLimits.ExactLower(x, level);
            up = PoissonLimits.ExactUpper(x, level);
        }

        lower = lo / n * multiplier;
        upper = up / n * multiplier;
    }

    private static EstimationMethod MethodFor(double count) =>
        count < PoissonLimits.ExactBelow ? EstimationMethod.ExactPoisson : EstimationMethod.Byar;

    private static IntervalEstimate Compute(double x, double n, ConfidenceLevel level, double multiplier)
    {
        var (lower, upper, method) = PoissonLimits.Conventional(x, level);
        return Rate(x, n, lower, upper, level, method, multiplier);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static IntervalEstimate Rate(double x, double n, double lower, double upper, ConfidenceLevel level, EstimationMethod method, double multiplier) =>
        new(x / n * multiplier, lower / n * multiplier, upper / n * multiplier, level, method, EstimateStatus.Ok);

    private static void Check(ref InputChecks checks, int? index, double x, double n)
    {
        checks.NonNegative(index, "numerator", x);
        checks.Positive(index, "denominator", n);
    }
}
