using System.Runtime.CompilerServices;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Rates;
using EEiC.Statistics.Workforce;
using MathNet.Numerics;

namespace EEiC.Statistics.GroupComparison;

/// <summary>
/// The arithmetic of one group compared with a reference group, and the set-level steps (reference choice, multiplicity
/// adjustment) shared by <see cref="ReferenceGroupComparison"/> and <see cref="DeprivationAdjustedComparison"/>. Inputs
/// are valid by the time they get here; nothing allocates.
/// </summary>
internal static class ComparisonKernel
{
    /// <summary>Counts below this take exact conditional limits under <see cref="RateRatioInterval.Automatic"/> (as <see cref="PoissonLimits.ExactBelow"/>).</summary>
    internal const double ExactBelow = PoissonLimits.ExactBelow;

    /// <summary>The choices that hold for a whole call.</summary>
    internal readonly record struct Settings(RateRatioInterval RateInterval, double Multiplier, double Threshold, bool ZeroCellCorrection);

    /// <summary>The two-sided normal p-value of a z statistic: 2(1 − Φ(|z|)) = erfc(|z|/√2).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double NormalP(double z) => SpecialFunctions.Erfc(Math.Abs(z) / Math.Sqrt(2));

    /// <summary>
    /// The upper tail of the chi-square distribution with <paramref name="df"/> degrees of freedom, Q(df/2, x/2): erfc(√(x/2))
    /// for 1 degree of freedom, the Poisson sum e^(−x/2)·Σ_{j &lt; df/2} (x/2)^j/j! for even df up to 40, otherwise the
    /// regularised incomplete gamma function.
    /// </summary>
    internal static double ChiSquareUpper(double statistic, int df)
    {
        if (!(statistic > 0))
        {
            return 1;
        }

        var half = statistic / 2;
        if (df == 1)
        {
            return SpecialFunctions.Erfc(Math.Sqrt(half));
        }

        if (df % 2 == 0 && df <= 40)
        {
            double term = 1, sum = 1;
            for (var j = 1; j < df / 2; j++)
            {
                term *= half / j;
                sum += term;
            }

            return Math.Min(1, Math.Exp(-half) * sum);
        }

        return SpecialFunctions.GammaUpperRegularized(df / 2.0, half);
    }

    /// <summary>An estimate of 1 (ratios) or 0 (differences) with no limits: the reference group against itself.</summary>
    internal static IntervalEstimate Identity(double value, ConfidenceLevel level) =>
        new(value, double.NaN, double.NaN, level, EstimationMethod.None, EstimateStatus.Ok);

    /// <summary>An estimate the method does not produce (the odds ratio of a rate, the difference of a Mantel–Haenszel comparison).</summary>
    internal static IntervalEstimate NotComputed(ConfidenceLevel level) =>
        IntervalEstimate.NotAvailable(EstimateStatus.Undefined, level, EstimationMethod.None);

    /// <summary>A ratio with limits exp(ln r ∓ z·se); <paramref name="se"/> must be finite and ≥ 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static IntervalEstimate LogInterval(double ratio, double se, ConfidenceLevel level, EstimationMethod method)
    {
        var spread = Math.Exp(level.Z * se);
        return new IntervalEstimate(ratio, ratio / spread, ratio * spread, level, method, EstimateStatus.Ok);
    }

    /// <summary>A difference with limits d ∓ z·se, or no limits when se is 0 (the Wald interval would be a single point).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static IntervalEstimate WaldInterval(double difference, double se, ConfidenceLevel level) =>
        se > 0
            ? new IntervalEstimate(difference, difference - (level.Z * se), difference + (level.Z * se), level, EstimationMethod.Wald, EstimateStatus.Ok)
            : new IntervalEstimate(difference, double.NaN, double.NaN, level, EstimationMethod.Wald, EstimateStatus.Ok);

    /// <summary>
    /// The Bonferroni-adjusted levels 1 − (1 − c)/m of a set of m comparisons into <paramref name="destination"/>, or the
    /// levels unchanged when <paramref name="bonferroni"/> is false or m ≤ 1.
    /// </summary>
    internal static void EffectiveLevels(ReadOnlySpan<ConfidenceLevel> levels, int comparisons, bool bonferroni, Span<ConfidenceLevel> destination)
    {
        for (var l = 0; l < levels.Length; l++)
        {
            destination[l] = bonferroni && comparisons > 1 ? new ConfidenceLevel(1 - ((1 - levels[l].Value) / comparisons)) : levels[l];
        }
    }

    /// <summary>The index of the largest denominator, the first one on ties; 0 when all are 0.</summary>
    internal static int Largest(ReadOnlySpan<double> denominators)
    {
        var best = 0;
        for (var g = 1; g < denominators.Length; g++)
        {
            if (denominators[g] > denominators[best])
            {
                best = g;
            }
        }

        return best;
    }

    /// <summary>
    /// Adjusts the p-values of one set in place of <paramref name="adjusted"/>; NaN marks an absent p-value (including the
    /// reference's) and stays NaN. m is the number of comparisons (as R's <c>p.adjust(p, method, n = m)</c>).
    /// </summary>
    internal static void Adjust(ReadOnlySpan<double> p, Span<double> adjusted, int m, MultipleComparisonAdjustment method)
    {
        var order = p.Length <= 256 ? stackalloc int[p.Length] : new int[p.Length];
        var k = 0;
        for (var i = 0; i < p.Length; i++)
        {
            adjusted[i] = double.NaN;
            if (!double.IsNaN(p[i]))
            {
                // Stable insertion sort by p ascending (sets are small: tens of groups).
                var j = k++;
                while (j > 0 && p[order[j - 1]] > p[i])
                {
                    order[j] = order[j - 1];
                    j--;
                }

                order[j] = i;
            }
        }

        switch (method)
        {
            case MultipleComparisonAdjustment.Bonferroni:
                for (var j = 0; j < k; j++)
                {
                    adjusted[order[j]] = Math.Min(1, m * p[order[j]]);
                }

                break;
            case MultipleComparisonAdjustment.Holm:
                var runningMax = 0.0;
                for (var j = 0; j < k; j++)
                {
                    runningMax = Math.Max(runningMax, (m - j) * p[order[j]]);
                    adjusted[order[j]] = Math.Min(1, runningMax);
                }

                break;
            case MultipleComparisonAdjustment.BenjaminiHochberg:
                var runningMin = double.PositiveInfinity;
                for (var j = k - 1; j >= 0; j--)
                {
                    runningMin = Math.Min(runningMin, (double)m / (j + 1) * p[order[j]]);
                    adjusted[order[j]] = Math.Min(1, runningMin);
                }

                break;
            default:
                for (var j = 0; j < k; j++)
                {
                    adjusted[order[j]] = p[order[j]];
                }

                break;
        }
    }

    /// <summary>An absent value (NaN) as <see langword="null"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double? Optional(double value) => double.IsNaN(value) ? null : value;

    /// <summary>Whether a rate comparison takes the exact conditional interval and test.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool Exact(double o1, double o0, in Settings settings) =>
        settings.RateInterval == RateRatioInterval.ExactConditional
        || (settings.RateInterval == RateRatioInterval.Automatic && Math.Min(o1, o0) < ExactBelow);

    /// <summary>The p-value of a rate comparison (NaN when undefined): the exact conditional test or the Wald test of ln RR.</summary>
    internal static double RatePValue(double o1, double t1, double o0, double t0, in Settings settings)
    {
        if (t1 == 0 || t0 == 0)
        {
            return double.NaN;
        }

        if (Exact(o1, o0, settings))
        {
            var n = o1 + o0;
            return n > 0 ? ExactConditionalP(o1, n, t1 / (t1 + t0)) : double.NaN;
        }

        return o1 > 0 && o0 > 0 ? NormalP(Math.Log(o1 / t1 / (o0 / t0)) / Math.Sqrt((1 / o1) + (1 / o0))) : double.NaN;
    }

    /// <summary>The p-value of Pearson's chi-square test of a 2 × 2 table without continuity correction (NaN when undefined).</summary>
    internal static double ProportionPValue(double a, double n1, double b, double n0)
    {
        var total = n1 + n0;
        var events = a + b;
        var nonEvents = total - events;
        if (n1 == 0 || n0 == 0 || events <= 0 || nonEvents <= 0)
        {
            return double.NaN;
        }

        var cross = (a * (n0 - b)) - (b * (n1 - a));
        var chi = total * cross / (n1 * n0) * cross / (events * nonEvents);
        return ChiSquareUpper(chi, 1);
    }

    /// <summary>The Wald p-value of ln(DSR₁/DSR₀) (NaN when undefined or not published).</summary>
    internal static double StandardisedPValue(double rate1, double variance1, double count1, double rate0, double variance0, double count0)
    {
        if (count1 < Standardisation.DirectStandardisation.PublishedMinimumCount || count0 < Standardisation.DirectStandardisation.PublishedMinimumCount
            || !(rate1 > 0 && rate0 > 0))
        {
            return double.NaN;
        }

        var logSe = Math.Sqrt((variance1 / (rate1 * rate1)) + (variance0 / (rate0 * rate0)));
        return logSe > 0 ? NormalP(Math.Log(rate1 / rate0) / logSe) : double.NaN;
    }

    /// <summary>The reference group's own entries.</summary>
    internal static void Reference(ReadOnlySpan<ConfidenceLevel> levels, bool proportions, bool smallNumbers, Span<ComparisonEstimate> row)
    {
        for (var l = 0; l < row.Length; l++)
        {
            var level = levels[l];
            row[l] = new ComparisonEstimate(Identity(1, level), Identity(0, level), proportions ? Identity(1, level) : NotComputed(level),
                null, null, null, smallNumbers, IsReference: true);
        }
    }

    /// <summary>
    /// A crude rate o1/t1 compared with the reference's o0/t0, with the p-value and adjusted p-value already found (NaN when absent).
    /// </summary>
    /// <remarks>See <see cref="ReferenceGroupComparison"/> for the methods and rules.</remarks>
    internal static void Rates(double o1, double t1, double o0, double t0, ReadOnlySpan<ConfidenceLevel> levels, in Settings settings, double p, double adjusted, Span<ComparisonEstimate> row)
    {
        var small = o1 < settings.Threshold || o0 < settings.Threshold;
        double? raw = Optional(p), adj = Optional(adjusted);
        if (t1 == 0 || t0 == 0)
        {
            for (var l = 0; l < row.Length; l++)
            {
                var none = IntervalEstimate.NotAvailable(EstimateStatus.ZeroDenominator, levels[l], EstimationMethod.None);
                row[l] = new ComparisonEstimate(none, none, NotComputed(levels[l]), raw, adj, null, small, false);
            }

            return;
        }

        var exact = Exact(o1, o0, settings);
        var r1 = o1 / t1;
        var r0 = o0 / t0;
        var ratio = r1 / r0;
        var m = settings.Multiplier;
        var difference = (r1 - r0) * m;
        var differenceSe = Math.Sqrt((o1 / (t1 * t1)) + (o0 / (t0 * t0))) * m;
        var defined = exact ? o0 > 0 : o1 > 0 && o0 > 0;
        var method = exact ? EstimationMethod.ExactConditionalBinomial : EstimationMethod.LogWald;
        var se = defined && !exact ? Math.Sqrt((1 / o1) + (1 / o0)) : double.NaN;
        for (var l = 0; l < row.Length; l++)
        {
            var level = levels[l];
            var rr = !defined ? IntervalEstimate.NotAvailable(EstimateStatus.Undefined, level, method)
                : exact ? ExactConditionalRatio(o1, o0, t1, t0, ratio, level)
                : LogInterval(ratio, se, level, EstimationMethod.LogWald);
            row[l] = new ComparisonEstimate(rr, WaldInterval(difference, differenceSe, level), NotComputed(level), raw, adj, null, small, false);
        }
    }

    /// <summary>
    /// The exact conditional limits of a rate ratio: with N = o1 + o0, Clopper–Pearson limits of π = o1/N from the beta
    /// quantiles, then RR = π/(1 − π)·t0/t1. Requires o0 &gt; 0.
    /// </summary>
    internal static IntervalEstimate ExactConditionalRatio(double o1, double o0, double t1, double t0, double ratio, ConfidenceLevel level)
    {
        var alpha = level.TailProbability;
        var lowerPi = o1 > 0 ? BetaQuantile(o1, o0 + 1, alpha) : 0;
        var upperPi = BetaQuantile(o1 + 1, o0, 1 - alpha);
        var scale = t0 / t1;
        return new IntervalEstimate(ratio, lowerPi / (1 - lowerPi) * scale, upperPi / (1 - upperPi) * scale, level, EstimationMethod.ExactConditionalBinomial, EstimateStatus.Ok);
    }

    /// <summary>
    /// The quantile x of the beta distribution with I_x(a, b) = p, by Newton's method on the regularised incomplete beta
    /// function kept inside a shrinking bisection bracket (so it always converges), to about 4 ulp of x. Allocates nothing
    /// (MathNet's <c>Beta.InvCDF</c> gives the same limits to ~1e-12 but allocates on each call).
    /// </summary>
    internal static double BetaQuantile(double a, double b, double p)
    {
        if (!(p > 0))
        {
            return 0;
        }

        if (!(p < 1))
        {
            return 1;
        }

        double lower = 0, upper = 1;
        var lnBeta = SpecialFunctions.BetaLn(a, b);
        var x = a / (a + b);
        for (var i = 0; i < 200; i++)
        {
            var f = SpecialFunctions.BetaRegularized(a, b, x) - p;
            if (f == 0)
            {
                return x;
            }

            if (f < 0)
            {
                lower = x;
            }
            else
            {
                upper = x;
            }

            var density = Math.Exp(((a - 1) * Math.Log(x)) + ((b - 1) * Math.Log(1 - x)) - lnBeta);
            var next = x - (f / density);
            if (!(next > lower && next < upper))
            {
                next = (lower + upper) / 2;
            }

            if (Math.Abs(next - x) <= 4 * double.Epsilon + (4e-16 * x) || upper - lower <= 4e-16 * upper)
            {
                return next;
            }

            x = next;
        }

        return x;
    }

    /// <summary>
    /// The exact conditional test of equal rates: twice the smaller tail of Binomial(n, π₀) at x, capped at 1, with the
    /// tails as regularised incomplete beta functions (so non-integer counts are allowed):
    /// P(X ≤ x) = I₁₋π₀(n − x, x + 1), P(X ≥ x) = I_π₀(x, n − x + 1).
    /// </summary>
    internal static double ExactConditionalP(double x, double n, double pi0)
    {
        var lower = x >= n ? 1 : SpecialFunctions.BetaRegularized(n - x, x + 1, 1 - pi0);
        var upper = x <= 0 ? 1 : SpecialFunctions.BetaRegularized(x, n - x + 1, pi0);
        return Math.Min(1, 2 * Math.Min(lower, upper));
    }

    /// <summary>
    /// A proportion a/n1 compared with the reference's b/n0: risk ratio (Katz), risk difference (Newcombe) and odds
    /// ratio (Woolf), with the p-value and adjusted p-value already found (NaN when absent).
    /// </summary>
    internal static void Proportions(double a, double n1, double b, double n0, ReadOnlySpan<ConfidenceLevel> levels, in Settings settings, double p, double adjusted, Span<ComparisonEstimate> row)
    {
        double c = n1 - a, d = n0 - b;
        var small = Math.Min(a, c) < settings.Threshold || Math.Min(b, d) < settings.Threshold;
        double? raw = Optional(p), adj = Optional(adjusted);
        if (n1 == 0 || n0 == 0)
        {
            for (var l = 0; l < row.Length; l++)
            {
                var none = IntervalEstimate.NotAvailable(EstimateStatus.ZeroDenominator, levels[l], EstimationMethod.None);
                row[l] = new ComparisonEstimate(none, none, none, raw, adj, null, small, false);
            }

            return;
        }

        // Ratios, with Haldane's 0.5 in every cell when asked and a cell is 0.
        double ra = a, rn1 = n1, rb = b, rn0 = n0;
        if (settings.ZeroCellCorrection && (a == 0 || c == 0 || b == 0 || d == 0))
        {
            ra += 0.5;
            rb += 0.5;
            rn1 += 1;
            rn0 += 1;
        }

        var riskRatio = new RatioKernel.Terms(ra, rn1, rb, rn0);
        double oa = ra, ob = rb, oc = rn1 - ra, od = rn0 - rb;
        var oddsDefined = oa > 0 && ob > 0 && oc > 0 && od > 0;
        var oddsRatio = oa * od / (ob * oc);
        var oddsSe = Math.Sqrt((1 / oa) + (1 / ob) + (1 / oc) + (1 / od));
        var newcombe = new NewcombeKernel.Terms(a, n1, b, n0);
        var m = settings.Multiplier;
        for (var l = 0; l < row.Length; l++)
        {
            var level = levels[l];
            newcombe.Limits(level.Z, out var lower, out var upper);
            var rd = new IntervalEstimate(newcombe.Difference * m, lower * m, upper * m, level, EstimationMethod.NewcombeHybridScore, EstimateStatus.Ok);
            var or = oddsDefined
                ? LogInterval(oddsRatio, oddsSe, level, EstimationMethod.WoolfLogit)
                : IntervalEstimate.NotAvailable(EstimateStatus.Undefined, level, EstimationMethod.WoolfLogit);
            row[l] = new ComparisonEstimate(riskRatio.Estimate(level), rd, or, raw, adj, null, small, false);
        }
    }

    /// <summary>
    /// A directly standardised rate compared with the reference's, from each one's rate, Dobson variance and total
    /// count, with the p-value and adjusted p-value already found (NaN when absent).
    /// </summary>
    internal static void Standardised(double rate1, double variance1, double count1, double rate0, double variance0, double count0, ReadOnlySpan<ConfidenceLevel> levels, in Settings settings, double p, double adjusted, Span<ComparisonEstimate> row)
    {
        var small = count1 < settings.Threshold || count0 < settings.Threshold;
        double? raw = Optional(p), adj = Optional(adjusted);
        if (count1 < Standardisation.DirectStandardisation.PublishedMinimumCount || count0 < Standardisation.DirectStandardisation.PublishedMinimumCount)
        {
            for (var l = 0; l < row.Length; l++)
            {
                row[l] = new ComparisonEstimate(
                    IntervalEstimate.NotAvailable(EstimateStatus.SmallCount, levels[l], EstimationMethod.LogWald),
                    IntervalEstimate.NotAvailable(EstimateStatus.SmallCount, levels[l], EstimationMethod.Wald),
                    NotComputed(levels[l]), raw, adj, null, small, false);
            }

            return;
        }

        var defined = rate1 > 0 && rate0 > 0;
        var ratio = rate1 / rate0;
        var logSe = Math.Sqrt((variance1 / (rate1 * rate1)) + (variance0 / (rate0 * rate0)));
        var difference = rate1 - rate0;
        var differenceSe = Math.Sqrt(variance1 + variance0);
        for (var l = 0; l < row.Length; l++)
        {
            var level = levels[l];
            var rr = defined
                ? LogInterval(ratio, logSe, level, EstimationMethod.LogWald)
                : IntervalEstimate.NotAvailable(EstimateStatus.Undefined, level, EstimationMethod.LogWald);
            row[l] = new ComparisonEstimate(rr, WaldInterval(difference, differenceSe, level), NotComputed(level), raw, adj, null, small, false);
        }
    }
}
