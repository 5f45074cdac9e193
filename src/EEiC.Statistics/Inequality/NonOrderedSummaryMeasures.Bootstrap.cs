using System.Buffers;
using EEiC.Indicators;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Simulation;

namespace EEiC.Statistics.Inequality;

// Bootstrap (simulation) confidence limits of bgsd, cov, mdmu, mdmw, mdbu, mdbw, mdru, mdrw, idisu and idisw, as
// healthequal 1.0.1 computes them, reproduced draw for draw with R's default random number generator.
public static partial class NonOrderedSummaryMeasures
{
    /// <summary>The largest number of bootstrap replicates accepted (keeps the scratch size well inside an int).</summary>
    private const int MaximumBootstrapReplicates = 1_000_000;

    /// <summary>Doubles of scratch that fit on the stack (16 KiB); larger needs are rented from the shared pool.</summary>
    private const int StackScratch = 2048;

    /// <summary>
    /// Rejections allowed for one draw before the limits are given up: the acceptance probability of the
    /// truncation range is then below about 10⁻⁵ (a standard error far larger than the range). healthequal would
    /// keep drawing; here the limits are absent instead.
    /// </summary>
    private const int MaximumRejections = 1_000_000;

    private static bool IsBootstrapMeasure(SummaryMeasure measure) => measure is SummaryMeasure.BetweenGroupStandardDeviation
        or SummaryMeasure.CoefficientOfVariation or SummaryMeasure.MeanDifferenceFromMeanUnweighted
        or SummaryMeasure.MeanDifferenceFromMeanWeighted or SummaryMeasure.MeanDifferenceFromBestUnweighted
        or SummaryMeasure.MeanDifferenceFromBestWeighted or SummaryMeasure.MeanDifferenceFromReferenceUnweighted
        or SummaryMeasure.MeanDifferenceFromReferenceWeighted or SummaryMeasure.IndexOfDisparityUnweighted
        or SummaryMeasure.IndexOfDisparityWeighted;

    /// <summary>Whether the bootstrap runs: a bootstrap measure, replicates asked for, a scale, and every standard error.</summary>
    private static bool BootstrapApplies(SummaryMeasure measure, ReadOnlySpan<SubgroupEstimate> g, SummaryMeasureSettings settings) =>
        IsBootstrapMeasure(measure) && settings.BootstrapReplicates > 0 && settings.Scale is not null && AllStandardErrors(g);

    /// <summary>The doubles of scratch a bootstrap over settings of up to <paramref name="longest"/> subgroups needs (0 when none runs).</summary>
    private static int BootstrapScratchLength(SummaryMeasure measure, SummaryMeasureSettings settings, int longest) =>
        IsBootstrapMeasure(measure) && settings.BootstrapReplicates > 0 && settings.Scale is not null
            ? (2 * longest) + settings.BootstrapReplicates
            : 0;

    /// <summary>Shared buffers: rented from the pool only when the stack does not suffice; return with <see cref="ReturnScratch"/>.</summary>
    private static double[]? RentScratch(int length) => length > StackScratch ? ArrayPool<double>.Shared.Rent(length) : null;

    private static void ReturnScratch(double[]? rented)
    {
        if (rented is not null)
        {
            ArrayPool<double>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// The 2.5th and 97.5th percentiles (R's <c>quantile</c> type 7) of the measure recomputed on
    /// <see cref="SummaryMeasureSettings.BootstrapReplicates"/> simulated data sets. Each replicate draws every subgroup
    /// in input order from N(estimate, se²), redrawing until the value lies in [0, 100] (scale 100) or [0, ∞)
    /// (otherwise), after R's <c>set.seed(BootstrapSeed)</c>. NaN replicates are dropped as R's <c>na.rm</c> does.
    /// </summary>
    /// <remarks>
    /// healthequal 1.0.1 (WHO), the bootstrap of <c>bgsd()</c>, <c>covar()</c>, <c>mdmu()</c> … <c>idisw()</c>: the weighted
    /// mean is recomputed from the simulated values (bgsd, cov, mdmw, and mdmu/idisu when populations are given),
    /// the best subgroup is the extreme simulated value, the reference subgroup contributes its simulated value, and
    /// idisw keeps the original weighted mean. Yu M, Feuer EJ, Liu B. Improved Monte Carlo methods for estimating
    /// confidence intervals for eleven commonly used health disparity measures. PLoS One 2019;14:e0219542.
    /// </remarks>
    private static bool TryBootstrapLimits(SummaryMeasure measure, ReadOnlySpan<SubgroupEstimate> g, SummaryMeasureSettings settings,
        int reference, Span<double> scratch, out double lower, out double upper)
    {
        var n = g.Length;
        var replicates = settings.BootstrapReplicates;
        var simulated = scratch[..n];
        var shares = scratch.Slice(n, n);
        var values = scratch.Slice(2 * n, replicates);

        var withPopulation = g[0].Population is not null;
        for (var i = 1; i < n && withPopulation; i++)
        {
            withPopulation = g[i].Population is not null;
        }

        if (withPopulation)
        {
            var total = 0.0;
            for (var i = 0; i < n; i++)
            {
                total += g[i].Population!.Value;
            }

            for (var i = 0; i < n; i++)
            {
                shares[i] = g[i].Population!.Value / total;
            }
        }

        // idisw keeps the original weighted mean; mdmu and idisu without populations use the setting average.
        var fixedMean = 0.0;
        if (measure == SummaryMeasure.IndexOfDisparityWeighted)
        {
            for (var i = 0; i < n; i++)
            {
                fixedMean += shares[i] * g[i].Estimate;
            }
        }
        else if (!withPopulation && settings.SettingAverage is { } average)
        {
            fixedMean = average;
        }

        var ceiling = settings.Scale == 100 ? 100.0 : double.PositiveInfinity;
        var higherIsBetter = settings.Polarity == IndicatorPolarity.HigherIsBetter;
        Span<uint> state = stackalloc uint[RCompatibleNormal.StateLength];
        var random = new RCompatibleNormal(state, settings.BootstrapSeed);
        var kept = 0;
        for (var r = 0; r < replicates; r++)
        {
            for (var i = 0; i < n; i++)
            {
                var mean = g[i].Estimate;
                var sd = g[i].StandardError!.Value;
                var x = random.NextNormal(mean, sd);
                var rejections = 0;
                while (!(x >= 0 && x <= ceiling))
                {
                    if (++rejections > MaximumRejections)
                    {
                        lower = upper = double.NaN;
                        return false;
                    }

                    x = random.NextNormal(mean, sd);
                }

                simulated[i] = x;
            }

            var value = Replicate(measure, simulated, shares, withPopulation, fixedMean, reference, higherIsBetter);
            if (!double.IsNaN(value))
            {
                values[kept++] = value;
            }
        }

        if (kept == 0)
        {
            lower = upper = double.NaN;
            return false;
        }

        var sorted = values[..kept];
        sorted.Sort();
        lower = Type7Quantile(sorted, 0.025);
        upper = Type7Quantile(sorted, 0.975);
        return true;
    }

    /// <summary>The measure on one simulated data set, in healthequal's order of operations.</summary>
    private static double Replicate(SummaryMeasure measure, ReadOnlySpan<double> x, ReadOnlySpan<double> shares, bool withPopulation,
        double fixedMean, int reference, bool higherIsBetter)
    {
        var n = x.Length;
        switch (measure)
        {
            case SummaryMeasure.BetweenGroupStandardDeviation:
            case SummaryMeasure.CoefficientOfVariation:
            {
                var mean = SharesDot(shares, x);
                var sum = 0.0;
                for (var i = 0; i < n; i++)
                {
                    var d = x[i] - mean;
                    sum += shares[i] * (d * d);
                }

                var bgsd = Math.Sqrt(sum);
                return measure == SummaryMeasure.BetweenGroupStandardDeviation ? bgsd : bgsd / mean * 100;
            }

            case SummaryMeasure.MeanDifferenceFromMeanUnweighted:
            case SummaryMeasure.IndexOfDisparityUnweighted:
            {
                var mean = withPopulation ? SharesDot(shares, x) : fixedMean;
                var sum = 0.0;
                for (var i = 0; i < n; i++)
                {
                    sum += Math.Abs(x[i] - mean);
                }

                return measure == SummaryMeasure.MeanDifferenceFromMeanUnweighted ? sum / n : 100.0 / n * sum / mean;
            }

            case SummaryMeasure.MeanDifferenceFromMeanWeighted:
                return WeightedAbsoluteDeviation(shares, x, SharesDot(shares, x));

            case SummaryMeasure.IndexOfDisparityWeighted:
                return 100 * (WeightedAbsoluteDeviation(shares, x, fixedMean) / fixedMean);

            case SummaryMeasure.MeanDifferenceFromBestUnweighted:
            case SummaryMeasure.MeanDifferenceFromReferenceUnweighted:
            {
                var target = measure == SummaryMeasure.MeanDifferenceFromBestUnweighted ? ExtremeOf(x, higherIsBetter) : x[reference];
                var sum = 0.0;
                for (var i = 0; i < n; i++)
                {
                    sum += Math.Abs(x[i] - target);
                }

                return sum / n;
            }

            default: // MeanDifferenceFromBestWeighted, MeanDifferenceFromReferenceWeighted
                return WeightedAbsoluteDeviation(shares, x,
                    measure == SummaryMeasure.MeanDifferenceFromBestWeighted ? ExtremeOf(x, higherIsBetter) : x[reference]);
        }
    }

    private static double SharesDot(ReadOnlySpan<double> shares, ReadOnlySpan<double> x)
    {
        var sum = 0.0;
        for (var i = 0; i < x.Length; i++)
        {
            sum += shares[i] * x[i];
        }

        return sum;
    }

    private static double WeightedAbsoluteDeviation(ReadOnlySpan<double> shares, ReadOnlySpan<double> x, double target)
    {
        var sum = 0.0;
        for (var i = 0; i < x.Length; i++)
        {
            sum += shares[i] * Math.Abs(x[i] - target);
        }

        return sum;
    }

    private static double ExtremeOf(ReadOnlySpan<double> x, bool maximum)
    {
        var best = x[0];
        for (var i = 1; i < x.Length; i++)
        {
            if (maximum ? x[i] > best : x[i] < best)
            {
                best = x[i];
            }
        }

        return best;
    }

    /// <summary>
    /// R's default sample quantile (type 7): with h = 1 + (n − 1)·p, the linear interpolation between the ⌊h⌋-th
    /// and ⌈h⌉-th order statistics, computed as R does ((1 − f)·x₍ₗₒ₎ + f·x₍ₕᵢ₎, f = h − ⌊h⌋).
    /// </summary>
    /// <remarks>Hyndman RJ, Fan Y. Sample quantiles in statistical packages. Am Stat 1996;50:361–365 (definition 7).</remarks>
    private static double Type7Quantile(ReadOnlySpan<double> sorted, double p)
    {
        var index = 1 + ((sorted.Length - 1) * p);
        var lo = Math.Floor(index);
        var hi = Math.Ceiling(index);
        var low = sorted[(int)lo - 1];
        var high = sorted[(int)hi - 1];
        if (index <= lo || high == low)
        {
            return low;
        }

        var f = index - lo;
        return ((1 - f) * low) + (f * high);
    }
}
