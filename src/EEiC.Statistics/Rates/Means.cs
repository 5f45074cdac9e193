using EEiC.Statistics.Intervals;
using EEiC.Statistics.Validation;

namespace EEiC.Statistics.Rates;

/// <summary>
/// Means with Student's t confidence intervals, as England's public health indicators publish them
/// (PHEindicatormethods <c>phe_mean</c>): for example the mean waiting time of each ethnic group.
/// </summary>
/// <remarks>
/// <para>Method: Student. The probable error of a mean. Biometrika 1908;6:1–25. For n values with mean m and
/// sample standard deviation s (divisor n − 1): limits m ∓ t·s/√n with t = |t⁻¹((1 − c)/2; n − 1)|, the Student's t
/// quantile on n − 1 degrees of freedom.</para>
/// <para>A single value has a mean but no standard deviation and no interval: its estimates have status
/// <see cref="EstimateStatus.Undefined"/> and no value (the mean is still in <see cref="MeanEstimate.Mean"/>).
/// Values must be finite and there must be at least one; otherwise <see cref="StatisticsInputException"/> is
/// thrown, listing every bad value.</para>
/// </remarks>
public static class Means
{
    /// <summary>The mean of <paramref name="values"/> with its Student's t interval at one level.</summary>
    /// <param name="values">The sample, at least one finite value.</param>
    /// <param name="level">The confidence level.</param>
    /// <returns>The estimate with <see cref="EstimationMethod.StudentT"/>; status <see cref="EstimateStatus.Undefined"/> (no value) for a single value.</returns>
    /// <exception cref="StatisticsInputException"><paramref name="values"/> is empty or has a value that is not finite, or the level is invalid.</exception>
    /// <remarks>Student. Biometrika 1908;6:1–25.</remarks>
    public static IntervalEstimate StudentT(ReadOnlySpan<double> values, ConfidenceLevel level)
    {
        var checks = default(InputChecks);
        CheckValues(ref checks, values);
        CountInputs.Level(ref checks, level);
        checks.ThrowIfAny();
        var (_, mean, sd) = Moments(values);
        return Interval(values.Length, mean, sd, level);
    }

    /// <summary>The mean of <paramref name="values"/> with its sum, count, standard deviation and Student's t intervals at several levels.</summary>
    /// <param name="values">The sample, at least one finite value.</param>
    /// <param name="levels">The confidence levels, at least one (for example <see cref="ConfidenceLevel.Standard"/>).</param>
    /// <returns>The summary and one estimate per level.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="levels"/> is null.</exception>
    /// <exception cref="StatisticsInputException"><paramref name="values"/> is empty or has a value that is not finite, or a level is invalid.</exception>
    /// <remarks>Student. Biometrika 1908;6:1–25.</remarks>
    public static MeanEstimate StudentT(ReadOnlySpan<double> values, IReadOnlyList<ConfidenceLevel> levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        var checks = default(InputChecks);
        CheckValues(ref checks, values);
        CountInputs.Levels(ref checks, levels);
        checks.ThrowIfAny();
        var (sum, mean, sd) = Moments(values);
        var estimates = new IntervalEstimate[levels.Count];
        for (var l = 0; l < estimates.Length; l++)
        {
            estimates[l] = Interval(values.Length, mean, sd, levels[l]);
        }

        return new MeanEstimate(values.Length, sum, mean, values.Length > 1 ? sd : null, estimates);
    }

    /// <summary>
    /// Means with Student's t intervals for many groups at once: the values of the groups lie one after another in
    /// <paramref name="values"/>, group g taking the next <c>groupSizes[g]</c> of them; the estimate of group g at
    /// level l goes to <c>destination[g * levels.Length + l]</c>. Allocates nothing.
    /// </summary>
    /// <param name="values">The values of all groups, group after group; all finite.</param>
    /// <param name="groupSizes">The number of values of each group, each at least 1, summing to the length of <paramref name="values"/>.</param>
    /// <param name="levels">The confidence levels, at least one.</param>
    /// <param name="destination">Receives groups × levels estimates, group-major.</param>
    /// <exception cref="StatisticsInputException">
    /// A value is not finite, a group size is below 1, the sizes do not add up to the number of values, a level is
    /// invalid or the destination is too short; every problem is listed, and <paramref name="destination"/> is left unchanged.
    /// </exception>
    /// <remarks>Student. Biometrika 1908;6:1–25. Each group's estimates equal those of <see cref="StudentT(ReadOnlySpan{double}, ConfidenceLevel)"/> on its values exactly.</remarks>
    public static void StudentT(ReadOnlySpan<double> values, ReadOnlySpan<int> groupSizes, ReadOnlySpan<ConfidenceLevel> levels, Span<IntervalEstimate> destination)
    {
        var checks = default(InputChecks);
        CountInputs.Levels(ref checks, levels);
        CountInputs.Destination(ref checks, destination.Length, groupSizes.Length, levels.Length);
        long total = 0;
        for (var g = 0; g < groupSizes.Length; g++)
        {
            if (groupSizes[g] < 1)
            {
                checks.Add(g, nameof(groupSizes), groupSizes[g], "must be at least 1 (a group needs a value)");
            }
            else
            {
                total += groupSizes[g];
            }
        }

        var sizesAddUp = total == values.Length;
        if (!sizesAddUp)
        {
            checks.Add(null, nameof(groupSizes), total, $"must add up to the number of values ({values.Length})");
        }

        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                checks.Add(i, nameof(values), values[i], "must be finite");
            }
        }

        checks.ThrowIfAny();

        // The t quantile is a root-finding job; groups of equal size (the usual case) reuse the previous group's.
        var k = levels.Length;
        var quantiles = k <= 64 ? stackalloc double[k] : new double[k];
        var quantileCount = 0;
        var start = 0;
        for (var g = 0; g < groupSizes.Length; g++)
        {
            var group = values.Slice(start, groupSizes[g]);
            start += group.Length;
            var (_, mean, sd) = Moments(group);
            var row = destination.Slice(g * k, k);
            for (var l = 0; l < row.Length; l++)
            {
                if (group.Length < 2)
                {
                    row[l] = Interval(group.Length, mean, sd, levels[l]);
                    continue;
                }

                if (group.Length != quantileCount)
                {
                    quantiles[l] = TQuantile(group.Length - 1, levels[l]);
                }

                row[l] = Interval(group.Length, mean, sd, levels[l], quantiles[l]);
            }

            if (group.Length >= 2)
            {
                quantileCount = group.Length;
            }
        }
    }

    private static (double Sum, double Mean, double StandardDeviation) Moments(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        foreach (var v in values)
        {
            sum += v;
        }

        var mean = sum / values.Length;
        if (values.Length < 2)
        {
            return (sum, mean, double.NaN);
        }

        // Two passes with the usual correction term (as R's var()): accurate even when the mean is large against the spread.
        double squares = 0, deviations = 0;
        foreach (var v in values)
        {
            var d = v - mean;
            squares += d * d;
            deviations += d;
        }

        var variance = (squares - deviations * deviations / values.Length) / (values.Length - 1);
        return (sum, mean, Math.Sqrt(Math.Max(variance, 0)));
    }

    private static IntervalEstimate Interval(int count, double mean, double sd, ConfidenceLevel level) =>
        count < 2
            ? IntervalEstimate.NotAvailable(EstimateStatus.Undefined, level, EstimationMethod.StudentT)
            : Interval(count, mean, sd, level, TQuantile(count - 1, level));

    private static IntervalEstimate Interval(int count, double mean, double sd, ConfidenceLevel level, double t)
    {
        var half = t * sd / Math.Sqrt(count);
        return new IntervalEstimate(mean, mean - half, mean + half, level, EstimationMethod.StudentT, EstimateStatus.Ok);
    }

    /// <summary>
    /// The two-sided Student's t quantile t = |t⁻¹((1 − c)/2; df)|. MathNet's inverse finds the root of the CDF only
    /// to 1e-12 absolute (about 1e-11 relative in the limits), so the result is polished by Newton steps on the
    /// upper tail probability ½·I_{df/(df + t²)}(df/2, ½) = (1 − c)/2, which converge quadratically to full precision.
    /// </summary>
    private static double TQuantile(int degreesOfFreedom, ConfidenceLevel level)
    {
        var tail = level.TailProbability;
        double t;
        try
        {
            t = MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, degreesOfFreedom, 1 - tail);
        }
        catch (MathNet.Numerics.NonConvergenceException)
        {
            // MathNet's root finder searches a bounded bracket and gives up on the far tail of few degrees of freedom
            // (for example 99.99% with 1 df, 99.9999% with 2 df); bracket the root of the upper tail ourselves.
            t = BisectUpperTail(degreesOfFreedom, tail);
        }

        for (var step = 0; step < 3; step++)
        {
            var excess = UpperTail(t, degreesOfFreedom) - tail;
            var next = t + excess / MathNet.Numerics.Distributions.StudentT.PDF(0, 1, degreesOfFreedom, t);
            if (!double.IsFinite(next) || next == t)
            {
                break;
            }

            t = next;
        }

        return t;
    }

    /// <summary>The t with upper tail ½·I(df/2, ½) equal to <paramref name="tail"/>, by doubling then bisection.</summary>
    private static double BisectUpperTail(int degreesOfFreedom, double tail)
    {
        double low = 0, high = 1;
        while (UpperTail(high, degreesOfFreedom) > tail && high < double.MaxValue / 4)
        {
            low = high;
            high *= 2;
        }

        for (var i = 0; i < 200 && high - low > 1e-15 * high; i++)
        {
            var middle = 0.5 * (low + high);
            if (UpperTail(middle, degreesOfFreedom) > tail)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return 0.5 * (low + high);
    }

    /// <summary>P(T ≥ t) for t ≥ 0, without the cancellation of 1 − CDF.</summary>
    private static double UpperTail(double t, int degreesOfFreedom) =>
        0.5 * MathNet.Numerics.SpecialFunctions.BetaRegularized(degreesOfFreedom / 2.0, 0.5, degreesOfFreedom / (degreesOfFreedom + (t * t)));

    private static void CheckValues(ref InputChecks checks, ReadOnlySpan<double> values)
    {
        if (values.IsEmpty)
        {
            checks.Add(null, "values", "empty", "must contain at least one value");
        }

        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                checks.Add(i, "values", values[i], "must be finite");
            }
        }
    }
}
