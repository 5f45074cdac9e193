using System.Buffers;
using System.Globalization;
using System.Numerics;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Simulation;
using EEiC.Statistics.Validation;

namespace EEiC.Statistics.Inequality;

/// <summary>The validation, regression and simulation behind <see cref="SlopeIndexOfInequality"/>.</summary>
internal static class SlopeIndexEngine
{
    private const int Block = 256;

    /// <summary>qnorm(0.975): input limits are always 95% limits.</summary>
    private static readonly double Z95 = ConfidenceLevel.Percent95.Z;

    /// <summary>Checks the whole call and throws listing every problem.</summary>
    public static void Validate(
        ReadOnlySpan<OrderedQuantileValue> values,
        ReadOnlySpan<int> groupLengths,
        int quantileCount,
        ReadOnlySpan<ConfidenceLevel> levels,
        int destinationLength,
        SlopeIndexOptions options,
        IReadOnlyList<string>? groupNames = null,
        IReadOnlyList<int>? rowNumbers = null)
    {
        var checks = default(InputChecks);
        CheckOptions(ref checks, options);
        if (quantileCount is < SlopeIndexOfInequality.MinimumQuantiles or > SlopeIndexOfInequality.MaximumQuantiles)
        {
            checks.Add(null, "quantileCount", quantileCount.ToString(CultureInfo.InvariantCulture),
                $"must be between {SlopeIndexOfInequality.MinimumQuantiles} and {SlopeIndexOfInequality.MaximumQuantiles} (the number of ordered quantiles, for example 10 for deciles)");
        }

        if (levels.IsEmpty)
        {
            checks.Add(null, "levels", "empty", "must contain at least one confidence level");
        }

        foreach (var level in levels)
        {
            if (level.Value == 0)
            {
                checks.Add(null, "levels", "default", "must be confidence levels created with a value (default(ConfidenceLevel) is not a level)");
            }
            else if (options.Repetitions >= SlopeIndexOptions.MinimumRepetitions && LowerPosition(level, options.Repetitions) < 1)
            {
                checks.Add(null, "levels", level.ToString(),
                    $"is too high for {options.Repetitions.ToString(CultureInfo.InvariantCulture)} repetitions: the lower limit's order statistic round(repetitions·(1 − c)/2) must be at least 1");
            }
        }

        var total = 0L;
        var layoutOk = true;
        for (var g = 0; g < groupLengths.Length; g++)
        {
            if (groupLengths[g] < 0)
            {
                checks.Add(g, "groupLengths", groupLengths[g], "must be >= 0", Name(groupNames, g));
                layoutOk = false;
            }
            else
            {
                total += groupLengths[g];
            }
        }

        if (layoutOk && total != values.Length)
        {
            checks.Add(null, "groupLengths", total.ToString(CultureInfo.InvariantCulture),
                $"must add up to the number of values ({values.Length.ToString(CultureInfo.InvariantCulture)})");
            layoutOk = false;
        }

        checks.DestinationLength("destination", destinationLength, groupLengths.Length * levels.Length);

        if (layoutOk)
        {
            // With an invalid quantile count the positions cannot be checked, but the values still are.
            var k = quantileCount is >= SlopeIndexOfInequality.MinimumQuantiles and <= SlopeIndexOfInequality.MaximumQuantiles
                ? quantileCount
                : SlopeIndexOfInequality.MaximumQuantiles;
            Span<bool> seen = stackalloc bool[SlopeIndexOfInequality.MaximumQuantiles];
            var start = 0;
            for (var g = 0; g < groupLengths.Length; g++)
            {
                var group = values.Slice(start, groupLengths[g]);
                seen.Clear();
                for (var j = 0; j < group.Length; j++)
                {
                    var index = rowNumbers is null ? start + j : rowNumbers[start + j];
                    var q = group[j].Quantile;
                    if (q < 1 || q > k)
                    {
                        checks.Add(index, "values.Quantile", q, $"must be between 1 (most disadvantaged) and {k.ToString(CultureInfo.InvariantCulture)} (the number of quantiles)", Name(groupNames, g));
                    }
                    else if (seen[q - 1])
                    {
                        checks.Add(index, "values.Quantile", q, "must appear at most once in a group", Name(groupNames, g));
                    }
                    else
                    {
                        seen[q - 1] = true;
                    }

                    CheckValue(ref checks, index, group[j], options, Name(groupNames, g));
                }

                start += group.Length;
            }
        }

        checks.ThrowIfAny();
    }

    /// <summary>Computes every group; the call has been validated.</summary>
    public static void Run(
        ReadOnlySpan<OrderedQuantileValue> values,
        ReadOnlySpan<int> groupLengths,
        int quantileCount,
        ReadOnlySpan<ConfidenceLevel> levels,
        Span<SlopeIndexEstimate> destination,
        ulong seed,
        SlopeIndexOptions options)
    {
        using var workspace = new Workspace(options);
        Span<int> positions = levels.Length <= 16 ? stackalloc int[2 * levels.Length] : new int[2 * levels.Length];
        Positions(levels, options.Repetitions, positions);
        var start = 0;
        for (var g = 0; g < groupLengths.Length; g++)
        {
            var group = values.Slice(start, groupLengths[g]);
            ComputeGroup(group, quantileCount, levels, positions, destination.Slice(g * levels.Length, levels.Length), seed, (ulong)g, options, workspace);
            start += group.Length;
        }
    }

    /// <summary>The 0-based positions of the lower and upper order statistics of each level: [2l] lower, [2l + 1] upper.</summary>
    public static void Positions(ReadOnlySpan<ConfidenceLevel> levels, int repetitions, Span<int> positions)
    {
        for (var l = 0; l < levels.Length; l++)
        {
            positions[2 * l] = LowerPosition(levels[l], repetitions) - 1;
            positions[2 * l + 1] = UpperPosition(levels[l], repetitions) - 1;
        }
    }

    /// <summary>The 1-based position round(reps·(1 − c′)), c′ = c + (1 − c)/2, rounding half to even as R's <c>round</c>.</summary>
    internal static int LowerPosition(ConfidenceLevel level, int repetitions)
    {
        var upperTail = level.Value + (1 - level.Value) / 2;
        return (int)Math.Round(repetitions * (1 - upperTail), MidpointRounding.ToEven);
    }

    /// <summary>The 1-based position round(reps·c′).</summary>
    internal static int UpperPosition(ConfidenceLevel level, int repetitions)
    {
        var upperTail = level.Value + (1 - level.Value) / 2;
        return (int)Math.Round(repetitions * upperTail, MidpointRounding.ToEven);
    }

    /// <summary>One area: regression, simulation, order statistics, one estimate per level.</summary>
    public static void ComputeGroup(
        ReadOnlySpan<OrderedQuantileValue> group,
        int k,
        ReadOnlySpan<ConfidenceLevel> levels,
        ReadOnlySpan<int> positions,
        Span<SlopeIndexEstimate> destination,
        ulong seed,
        ulong stream,
        SlopeIndexOptions options,
        Workspace workspace)
    {
        if (group.Length != k)
        {
            // Some quantile is absent (quantiles are distinct and in 1..k): phe_sii drops such areas.
            for (var l = 0; l < levels.Length; l++)
            {
                var missing = IntervalEstimate.NotAvailable(EstimateStatus.MissingInput, levels[l], EstimationMethod.Simulation);
                destination[l] = new SlopeIndexEstimate(missing, missing, double.NaN);
            }

            return;
        }

        var type = options.ValueType;
        var transform = options.Transform;
        var multiplier = options.Multiplier;

        Span<double> scratch = stackalloc double[8 * SlopeIndexOfInequality.MaximumQuantiles];
        var population = scratch[..k];
        var mean = scratch.Slice(k, k);          // simulation mean, on the g scale
        var sd = scratch.Slice(2 * k, k);        // simulation sd, on the g scale
        var y = scratch.Slice(3 * k, k);         // the values the regression is fitted to
        var slopeWeight = scratch.Slice(4 * k, k);
        var interceptWeight = scratch.Slice(5 * k, k);
        var slopeNoise = scratch.Slice(6 * k, k);
        var interceptNoise = scratch.Slice(7 * k, k);

        // Order by quantile (positions are distinct and cover 1..k).
        foreach (var item in group)
        {
            var j = item.Quantile - 1;
            population[j] = item.Population;
            mean[j] = Link(type, item.Value);
            sd[j] = double.IsNaN(item.RawStandardError)
                ? (Link(type, item.RawUpper95) - Link(type, item.RawLower95)) / Z95 / 2
                : item.RawStandardError;
            y[j] = transform ? mean[j] : item.Value;
        }

        // a_j = population share; b_j = mid-point of the cumulative share (relative rank).
        // Weighted least squares of y on b with weights a, written as linear weights on y:
        // slope = Σ cS_j y_j, intercept = Σ cI_j y_j.
        var total = 0.0;
        foreach (var p in population)
        {
            total += p;
        }

        Span<double> share = stackalloc double[k];
        Span<double> rank = stackalloc double[k];
        var cumulative = 0.0;
        var sumA = 0.0;
        var sumAB = 0.0;
        for (var j = 0; j < k; j++)
        {
            share[j] = population[j] / total;
            rank[j] = share[j] / 2 + cumulative;
            cumulative += share[j];
            sumA += share[j];
            sumAB += share[j] * rank[j];
        }

        var meanRank = sumAB / sumA;
        var sumSquares = 0.0;
        for (var j = 0; j < k; j++)
        {
            var d = rank[j] - meanRank;
            sumSquares += share[j] * d * d;
        }

        var slope = 0.0;
        var intercept = 0.0;
        for (var j = 0; j < k; j++)
        {
            slopeWeight[j] = share[j] * (rank[j] - meanRank) / sumSquares;
            interceptWeight[j] = share[j] / sumA - meanRank * slopeWeight[j];
            slope += slopeWeight[j] * y[j];
            intercept += interceptWeight[j] * y[j];
            slopeNoise[j] = slopeWeight[j] * sd[j];
            interceptNoise[j] = interceptWeight[j] * sd[j];
        }

        // Simulation: R draws of the k values, the regression of each (a dot product), then order statistics.
        var reps = options.Repetitions;
        var simulateIntercept = SimulatesIntercept(options);
        var sii = workspace.Sii.AsSpan(0, reps);
        var rii = simulateIntercept ? workspace.Rii.AsSpan(0, reps) : [];
        var random = new NormalStreams(seed, stream);
        var linear = transform || type == SlopeIndexValueType.Normal;

        var siiNaN = 0;
        var riiNaN = 0;
        Span<double> z = stackalloc double[Block];
        for (var r0 = 0; r0 < reps; r0 += Block)
        {
            var n = Math.Min(Block, reps - r0);
            var s = sii.Slice(r0, n);
            var c = simulateIntercept ? rii.Slice(r0, n) : [];
            var draws = z[..n];
            if (linear)
            {
                // The regression is linear in the draws: start from the point estimate and add the noise.
                s.Fill(slope);
                if (simulateIntercept)
                {
                    c.Fill(intercept);
                }

                for (var j = 0; j < k; j++)
                {
                    random.Fill(draws);
                    AddScaled(s, slopeNoise[j], draws);
                    if (simulateIntercept)
                    {
                        AddScaled(c, interceptNoise[j], draws);
                    }
                }
            }
            else
            {
                // Rates and proportions regressed on their own scale: back-transform each draw first.
                s.Clear();
                c.Clear(); // empty when the intercepts are not simulated
                for (var j = 0; j < k; j++)
                {
                    random.Fill(draws);
                    BackTransform(type == SlopeIndexValueType.Proportion, mean[j], sd[j], draws);
                    AddScaled(s, slopeWeight[j], draws);
                    if (simulateIntercept)
                    {
                        AddScaled(c, interceptWeight[j], draws);
                    }
                }
            }

            if (transform)
            {
                // The raw slopes are kept; the limits are mapped after selection.
                siiNaN += CountNaN(s);
            }
            else if (!simulateIntercept)
            {
                Scale(s, multiplier);
                siiNaN += CountNaN(s);
            }
            else
            {
                ToRelativeIndex(s, c, multiplier);
                Scale(s, multiplier);
                siiNaN += CountNaN(s);
                riiNaN += CountNaN(c);
            }
        }

        Span<double> siiLimits = stackalloc double[positions.Length];
        Span<double> riiLimits = stackalloc double[positions.Length];
        SelectOrAbsent(sii, siiNaN, positions, siiLimits);
        if (simulateIntercept)
        {
            SelectOrAbsent(rii, riiNaN, positions, riiLimits);
        }
        else
        {
            riiLimits.Fill(double.NaN); // mapped from the slope limits below when transformed
        }

        double siiValue, riiValue, interceptValue;
        if (!transform)
        {
            siiValue = multiplier * slope;
            var ratio = (intercept + slope) / intercept;
            riiValue = multiplier < 0 ? 1 / ratio : ratio;
            interceptValue = intercept;
        }
        else
        {
            var atOne = intercept + slope;
            var half = (intercept + atOne) / 2;
            var low = Inverse(type, intercept);
            var high = Inverse(type, atOne);
            siiValue = (high - low) * multiplier;
            riiValue = multiplier < 0 ? 1 / (high / low) : high / low;
            interceptValue = low * Math.Abs(multiplier);

            // Map the slope limits s back through the fitted line's mid-point: the fitted values at the two
            // ends become half ± s/2. The mapping increases with s; a negative multiplier reverses the order.
            for (var p = 0; p < positions.Length; p += 2)
            {
                var (sLow, sHigh) = multiplier < 0 ? (siiLimits[p + 1], siiLimits[p]) : (siiLimits[p], siiLimits[p + 1]);
                var (diffLow, ratioLow) = Mapped(type, half, sLow);
                var (diffHigh, ratioHigh) = Mapped(type, half, sHigh);
                siiLimits[p] = diffLow * multiplier;
                siiLimits[p + 1] = diffHigh * multiplier;
                if (options.RelativeIndexLimits)
                {
                    riiLimits[p] = multiplier < 0 ? 1 / ratioLow : ratioLow;
                    riiLimits[p + 1] = multiplier < 0 ? 1 / ratioHigh : ratioHigh;
                }
            }
        }

        var riiDefined = double.IsFinite(riiValue) && (transform ? Inverse(type, intercept) != 0 : intercept != 0);
        for (var l = 0; l < levels.Length; l++)
        {
            var siiEstimate = new IntervalEstimate(siiValue, FiniteOrAbsent(siiLimits[2 * l]), FiniteOrAbsent(siiLimits[2 * l + 1]), levels[l], EstimationMethod.Simulation, EstimateStatus.Ok);
            var riiEstimate = riiDefined
                ? new IntervalEstimate(riiValue, FiniteOrAbsent(riiLimits[2 * l]), FiniteOrAbsent(riiLimits[2 * l + 1]), levels[l], EstimationMethod.Simulation, EstimateStatus.Ok)
                : IntervalEstimate.NotAvailable(EstimateStatus.Undefined, levels[l], EstimationMethod.Simulation);
            destination[l] = new SlopeIndexEstimate(siiEstimate, riiEstimate, interceptValue);
        }
    }

    private static int CountNaN(ReadOnlySpan<double> values)
    {
        var r = 0;
        var count = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; r <= values.Length - Vector<double>.Count; r += Vector<double>.Count)
            {
                var v = new Vector<double>(values[r..]);
                if (!Vector.EqualsAll(v, v))
                {
                    count += CountNaNScalar(values.Slice(r, Vector<double>.Count));
                }
            }
        }

        return count + CountNaNScalar(values[r..]);
    }

    private static int CountNaNScalar(ReadOnlySpan<double> values)
    {
        var count = 0;
        foreach (var v in values)
        {
            count += double.IsNaN(v) ? 1 : 0;
        }

        return count;
    }

    /// <summary>Replaces each simulated intercept c by the RII (c + s)/c of its draw, inverted for a negative multiplier.</summary>
    private static void ToRelativeIndex(ReadOnlySpan<double> slopes, Span<double> intercepts, double multiplier)
    {
        var invert = multiplier < 0;
        var r = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; r <= slopes.Length - Vector<double>.Count; r += Vector<double>.Count)
            {
                var c = new Vector<double>(intercepts[r..]);
                var ratio = (c + new Vector<double>(slopes[r..])) / c;
                (invert ? Vector<double>.One / ratio : ratio).CopyTo(intercepts[r..]);
            }
        }

        for (; r < slopes.Length; r++)
        {
            var ratio = (intercepts[r] + slopes[r]) / intercepts[r];
            intercepts[r] = invert ? 1 / ratio : ratio;
        }
    }

    private static void Scale(Span<double> values, double factor)
    {
        var r = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var f = new Vector<double>(factor);
            for (; r <= values.Length - Vector<double>.Count; r += Vector<double>.Count)
            {
                (new Vector<double>(values[r..]) * f).CopyTo(values[r..]);
            }
        }

        for (; r < values.Length; r++)
        {
            values[r] *= factor;
        }
    }

    /// <summary>target += weight · x, element-wise.</summary>
    private static void AddScaled(Span<double> target, double weight, ReadOnlySpan<double> x)
    {
        var r = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var w = new Vector<double>(weight);
            for (; r <= target.Length - Vector<double>.Count; r += Vector<double>.Count)
            {
                (new Vector<double>(target[r..]) + w * new Vector<double>(x[r..])).CopyTo(target[r..]);
            }
        }

        for (; r < target.Length; r++)
        {
            target[r] += weight * x[r];
        }
    }

    /// <summary>Turns standard normal deviates z into g⁻¹(μ + σz) in place: exp for rates, expit for proportions.</summary>
    private static void BackTransform(bool logit, double mu, double sigma, Span<double> draws)
    {
        var r = 0;
#if NET9_0_OR_GREATER
        if (Vector.IsHardwareAccelerated)
        {
            var m = new Vector<double>(mu);
            var sd = new Vector<double>(sigma);
            for (; r <= draws.Length - Vector<double>.Count; r += Vector<double>.Count)
            {
                var d = m + sd * new Vector<double>(draws[r..]);
                var t = logit ? Vector<double>.One / (Vector<double>.One + Vector.Exp(-d)) : Vector.Exp(d);
                t.CopyTo(draws[r..]);
            }
        }
#endif
        for (; r < draws.Length; r++)
        {
            var d = mu + sigma * draws[r];
            draws[r] = logit ? 1 / (1 + Math.Exp(-d)) : Math.Exp(d);
        }
    }

    private static (double Difference, double Ratio) Mapped(SlopeIndexValueType type, double half, double slope)
    {
        var low = Inverse(type, half - slope / 2);
        var high = Inverse(type, half + slope / 2);
        return (high - low, high / low);
    }

    private static double FiniteOrAbsent(double value) => double.IsFinite(value) ? value : double.NaN;

    private static void SelectOrAbsent(Span<double> buffer, int nanCount, ReadOnlySpan<int> positions, Span<double> limits)
    {
        if (nanCount > 0)
        {
            // R's sort drops NaN and shifts the positions; there is no sound limit then.
            limits.Fill(double.NaN);
            return;
        }

        OrderStatistics.Select(buffer, positions, limits);
    }

    /// <summary>The simulation scale g: identity, log or logit.</summary>
    private static double Link(SlopeIndexValueType type, double value) => type switch
    {
        SlopeIndexValueType.Rate => Math.Log(value),
        SlopeIndexValueType.Proportion => Math.Log(value / (1 - value)),
        _ => value,
    };

    /// <summary>g⁻¹: identity, exp or expit (written exp(x)/(1 + exp(x)) as in the reference).</summary>
    private static double Inverse(SlopeIndexValueType type, double value) => type switch
    {
        SlopeIndexValueType.Rate => Math.Exp(value),
        SlopeIndexValueType.Proportion => Math.Exp(value) / (1 + Math.Exp(value)),
        _ => value,
    };

    private static void CheckOptions(ref InputChecks checks, SlopeIndexOptions options)
    {
        if (!Enum.IsDefined(options.ValueType))
        {
            checks.Add(null, "options.ValueType", ((int)options.ValueType).ToString(CultureInfo.InvariantCulture), "must be Normal, Rate or Proportion");
        }

        if (options.Transform && options.ValueType == SlopeIndexValueType.Normal)
        {
            checks.Add(null, "options.Transform", "true", "needs ValueType Rate or Proportion (there is no transformation of normal values)");
        }

        if (!double.IsFinite(options.Multiplier) || options.Multiplier == 0)
        {
            checks.Add(null, "options.Multiplier", options.Multiplier, "must be a finite number other than 0");
        }

        if (options.Repetitions is < SlopeIndexOptions.MinimumRepetitions or > SlopeIndexOptions.MaximumRepetitions)
        {
            checks.Add(null, "options.Repetitions", options.Repetitions.ToString(CultureInfo.InvariantCulture),
                $"must be between {SlopeIndexOptions.MinimumRepetitions.ToString(CultureInfo.InvariantCulture)} and {SlopeIndexOptions.MaximumRepetitions.ToString(CultureInfo.InvariantCulture)}");
        }
    }

    private static void CheckValue(ref InputChecks checks, int index, OrderedQuantileValue item, SlopeIndexOptions options, string? group)
    {
        checks.Positive(index, "values.Population", item.Population, group);
        var type = options.ValueType;
        CheckOnScale(ref checks, index, "values.Value", item.Value, type, group);
        var se = item.RawStandardError;
        var lower = item.RawLower95;
        var upper = item.RawUpper95;
        if (!double.IsNaN(se))
        {
            checks.NonNegative(index, "values.StandardError", se, group);
        }
        else if (double.IsNaN(lower) && double.IsNaN(upper))
        {
            checks.Add(index, "values.StandardError", "missing", "or the 95% confidence limits must be given (create values with WithStandardError or WithConfidenceLimits)", group);
        }
        else
        {
            var lowerOk = CheckOnScale(ref checks, index, "values.Lower95", lower, type, group);
            var upperOk = CheckOnScale(ref checks, index, "values.Upper95", upper, type, group);
            if (lowerOk && upperOk && lower > upper)
            {
                checks.Add(index, "values.Lower95", lower, string.Create(CultureInfo.InvariantCulture, $"must not exceed the upper limit ({upper:R})"), group);
            }
        }
    }

    private static bool CheckOnScale(ref InputChecks checks, int index, string argument, double value, SlopeIndexValueType type, string? group)
    {
        switch (type)
        {
            case SlopeIndexValueType.Rate when !(value > 0) || double.IsPositiveInfinity(value):
                checks.Add(index, argument, value, "must be a finite number > 0 for a rate (it is simulated on the log scale)", group);
                return false;
            case SlopeIndexValueType.Proportion when !(value > 0 && value < 1):
                checks.Add(index, argument, value, "must be a proportion strictly between 0 and 1 (it is simulated on the logit scale; give 0.25, not 25)", group);
                return false;
            case SlopeIndexValueType.Normal when !double.IsFinite(value):
                checks.Add(index, argument, value, "must be a finite number", group);
                return false;
            default:
                return true;
        }
    }

    private static string? Name(IReadOnlyList<string>? names, int g) => names is not null && g < names.Count ? names[g] : null;

    /// <summary>The two simulation buffers of one thread, rented from the shared pool.</summary>
    internal sealed class Workspace : IDisposable
    {
        public Workspace(SlopeIndexOptions options)
        {
            Sii = ArrayPool<double>.Shared.Rent(options.Repetitions);
            Rii = SimulatesIntercept(options) ? ArrayPool<double>.Shared.Rent(options.Repetitions) : [];
        }

        public double[] Sii { get; }

        /// <summary>The simulated intercepts and then RIIs; empty when the RII limits are not simulated.</summary>
        public double[] Rii { get; }

        public void Dispose()
        {
            ArrayPool<double>.Shared.Return(Sii);
            if (Rii.Length > 0)
            {
                ArrayPool<double>.Shared.Return(Rii);
            }
        }
    }

    /// <summary>Without the transformation the RII limits come from simulated intercepts; with it, from the slope limits.</summary>
    private static bool SimulatesIntercept(SlopeIndexOptions options) => !options.Transform && options.RelativeIndexLimits;
}
