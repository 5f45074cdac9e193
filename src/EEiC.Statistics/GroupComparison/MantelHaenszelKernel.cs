using EEiC.Statistics.Intervals;

namespace EEiC.Statistics.GroupComparison;

/// <summary>
/// Mantel–Haenszel summary ratios over strata for one group against the reference group, with their variances, the
/// Mantel–Haenszel test and a test of homogeneity. Inputs are valid (finite, ≥ 0, numerators ≤ denominators for
/// proportions); nothing allocates. The formulas are in the remarks of <see cref="DeprivationAdjustedComparison"/>.
/// </summary>
internal static class MantelHaenszelKernel
{
    /// <summary>The Mantel–Haenszel test of a rate ratio of 1 over strata: its p-value, or NaN when undefined.</summary>
    internal static double RatesPValue(ReadOnlySpan<double> a, ReadOnlySpan<double> t1, ReadOnlySpan<double> b, ReadOnlySpan<double> t0)
    {
        double sumA = 0, sumT1 = 0, sumT0 = 0, expected = 0, variance = 0;
        for (var i = 0; i < a.Length; i++)
        {
            sumA += a[i];
            sumT1 += t1[i];
            sumT0 += t0[i];
            var t = t1[i] + t0[i];
            if (t > 0)
            {
                var m1 = a[i] + b[i];
                expected += m1 * t1[i] / t;
                variance += m1 * t1[i] / t * t0[i] / t;
            }
        }

        if (sumT1 == 0 || sumT0 == 0 || !(variance > 0))
        {
            return double.NaN;
        }

        var deviation = sumA - expected;
        return ComparisonKernel.ChiSquareUpper(deviation * deviation / variance, 1);
    }

    /// <summary>Person-time: a events in t1 for the group, b in t0 for the reference, stratum by stratum, with the p-values already found.</summary>
    internal static void Rates(ReadOnlySpan<double> a, ReadOnlySpan<double> t1, ReadOnlySpan<double> b, ReadOnlySpan<double> t0, ReadOnlySpan<ConfidenceLevel> levels, double threshold, double p, double adjusted, Span<ComparisonEstimate> row)
    {
        double r = 0, s = 0, v = 0, sumA = 0, sumB = 0, sumT1 = 0, sumT0 = 0;
        for (var i = 0; i < a.Length; i++)
        {
            sumA += a[i];
            sumB += b[i];
            sumT1 += t1[i];
            sumT0 += t0[i];
            var t = t1[i] + t0[i];
            if (t <= 0)
            {
                continue;
            }

            var m1 = a[i] + b[i];
            r += a[i] * t0[i] / t;
            s += b[i] * t1[i] / t;
            v += m1 * t1[i] / t * t0[i] / t;
        }

        var small = sumA < threshold || sumB < threshold;
        if (sumT1 == 0 || sumT0 == 0)
        {
            NotAvailable(levels, EstimateStatus.ZeroDenominator, EstimationMethod.GreenlandRobins, small, row, proportions: false);
            return;
        }

        var defined = r > 0 && s > 0;
        var ratio = r / s;
        var se = Math.Sqrt(v / (r * s));
        double? homogeneity = defined ? RateHomogeneity(a, t1, b, t0, ratio) : null;
        for (var l = 0; l < row.Length; l++)
        {
            var level = levels[l];
            var rr = defined
                ? ComparisonKernel.LogInterval(ratio, se, level, EstimationMethod.GreenlandRobins)
                : IntervalEstimate.NotAvailable(EstimateStatus.Undefined, level, EstimationMethod.GreenlandRobins);
            row[l] = new ComparisonEstimate(rr, ComparisonKernel.NotComputed(level), ComparisonKernel.NotComputed(level),
                ComparisonKernel.Optional(p), ComparisonKernel.Optional(adjusted), homogeneity, small, false);
        }
    }

    /// <summary>
    /// The conditional score test of a common rate ratio ψ: in each stratum with events and person-time on both sides,
    /// a ~ Binomial(m₁, π) with π = ψt₁/(ψt₁ + t₀); χ² = Σ(a − m₁π)²/(m₁π(1 − π)) on (strata − 1) degrees of freedom.
    /// </summary>
    private static double? RateHomogeneity(ReadOnlySpan<double> a, ReadOnlySpan<double> t1, ReadOnlySpan<double> b, ReadOnlySpan<double> t0, double ratio)
    {
        double chi = 0;
        var strata = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var m1 = a[i] + b[i];
            if (m1 <= 0 || t1[i] <= 0 || t0[i] <= 0)
            {
                continue;
            }

            var pi = ratio * t1[i] / ((ratio * t1[i]) + t0[i]);
            var deviation = a[i] - (m1 * pi);
            chi += deviation * deviation / (m1 * pi * (1 - pi));
            strata++;
        }

        return strata < 2 ? null : ComparisonKernel.ChiSquareUpper(chi, strata - 1);
    }

    /// <summary>The Cochran–Mantel–Haenszel test of no association over strata (no continuity correction): its p-value, or NaN when undefined.</summary>
    internal static double ProportionsPValue(ReadOnlySpan<double> a, ReadOnlySpan<double> n1, ReadOnlySpan<double> b, ReadOnlySpan<double> n0)
    {
        double sumA = 0, sumN1 = 0, sumN0 = 0, expected = 0, variance = 0;
        for (var i = 0; i < a.Length; i++)
        {
            sumA += a[i];
            sumN1 += n1[i];
            sumN0 += n0[i];
            var n = n1[i] + n0[i];
            if (n > 0)
            {
                var m1 = a[i] + b[i];
                expected += n1[i] * m1 / n;
                if (n > 1)
                {
                    variance += n1[i] * n0[i] / n * m1 / n * (n - m1) / (n - 1);
                }
            }
        }

        if (sumN1 == 0 || sumN0 == 0 || !(variance > 0))
        {
            return double.NaN;
        }

        var deviation = sumA - expected;
        return ComparisonKernel.ChiSquareUpper(deviation * deviation / variance, 1);
    }

    /// <summary>
    /// Proportions: a of n1 for the group, b of n0 for the reference, stratum by stratum. Fills the risk ratio
    /// (Greenland–Robins) and the odds ratio (Robins–Breslow–Greenland) with the Breslow–Day–Tarone homogeneity test,
    /// with the p-values already found.
    /// </summary>
    internal static void Proportions(ReadOnlySpan<double> a, ReadOnlySpan<double> n1, ReadOnlySpan<double> b, ReadOnlySpan<double> n0, ReadOnlySpan<ConfidenceLevel> levels, double threshold, double p, double adjusted, Span<ComparisonEstimate> row)
    {
        double rrNumerator = 0, rrDenominator = 0, rrVariance = 0;
        double orR = 0, orS = 0, pr = 0, psqr = 0, qs = 0;
        double sumA = 0, sumB = 0, sumC = 0, sumD = 0, sumN1 = 0, sumN0 = 0;
        for (var i = 0; i < a.Length; i++)
        {
            double c = n1[i] - a[i], d = n0[i] - b[i];
            sumA += a[i];
            sumB += b[i];
            sumC += c;
            sumD += d;
            sumN1 += n1[i];
            sumN0 += n0[i];
            var n = n1[i] + n0[i];
            if (n <= 0)
            {
                continue;
            }

            var m1 = a[i] + b[i];
            rrNumerator += a[i] * n0[i] / n;
            rrDenominator += b[i] * n1[i] / n;
            rrVariance += (m1 * n1[i] / n * n0[i] / n) - (a[i] * b[i] / n);
            var ri = a[i] * d / n;
            var si = b[i] * c / n;
            var pi = (a[i] + d) / n;
            var qi = (b[i] + c) / n;
            orR += ri;
            orS += si;
            pr += pi * ri;
            psqr += (pi * si) + (qi * ri);
            qs += qi * si;
        }

        var small = Math.Min(sumA, sumC) < threshold || Math.Min(sumB, sumD) < threshold;
        if (sumN1 == 0 || sumN0 == 0)
        {
            NotAvailable(levels, EstimateStatus.ZeroDenominator, EstimationMethod.GreenlandRobins, small, row, proportions: true);
            return;
        }

        var rrDefined = rrNumerator > 0 && rrDenominator > 0;
        var riskRatio = rrNumerator / rrDenominator;
        var rrSe = Math.Sqrt(rrVariance / (rrNumerator * rrDenominator));
        var orDefined = orR > 0 && orS > 0;
        var oddsRatio = orR / orS;
        var orSe = Math.Sqrt((pr / (2 * orR * orR)) + (psqr / (2 * orR * orS)) + (qs / (2 * orS * orS)));
        double? homogeneity = orDefined ? BreslowDayTarone(a, n1, b, n0, oddsRatio) : null;
        for (var l = 0; l < row.Length; l++)
        {
            var level = levels[l];
            var rr = rrDefined
                ? ComparisonKernel.LogInterval(riskRatio, rrSe, level, EstimationMethod.GreenlandRobins)
                : IntervalEstimate.NotAvailable(EstimateStatus.Undefined, level, EstimationMethod.GreenlandRobins);
            var or = orDefined
                ? ComparisonKernel.LogInterval(oddsRatio, orSe, level, EstimationMethod.RobinsBreslowGreenland)
                : IntervalEstimate.NotAvailable(EstimateStatus.Undefined, level, EstimationMethod.RobinsBreslowGreenland);
            row[l] = new ComparisonEstimate(rr, ComparisonKernel.NotComputed(level), or,
                ComparisonKernel.Optional(p), ComparisonKernel.Optional(adjusted), homogeneity, small, false);
        }
    }

    /// <summary>
    /// The Breslow–Day test of a common odds ratio ψ with Tarone's correction: in each stratum with both groups and both
    /// outcomes present, Â solves Â(n₀ − m₁ + Â) = ψ(n₁ − Â)(m₁ − Â) within its bounds, var = 1/(1/Â + 1/(n₁ − Â) +
    /// 1/(m₁ − Â) + 1/(n₀ − m₁ + Â)); χ² = Σ(a − Â)²/var − (Σa − ΣÂ)²/Σvar on (strata − 1) degrees of freedom.
    /// </summary>
    private static double? BreslowDayTarone(ReadOnlySpan<double> a, ReadOnlySpan<double> n1, ReadOnlySpan<double> b, ReadOnlySpan<double> n0, double psi)
    {
        double chi = 0, sumA = 0, sumFitted = 0, sumVariance = 0;
        var strata = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var m1 = a[i] + b[i];
            var n = n1[i] + n0[i];
            var lowest = Math.Max(0, m1 - n0[i]);
            var highest = Math.Min(n1[i], m1);
            if (n1[i] <= 0 || n0[i] <= 0 || m1 <= 0 || m1 >= n || !(highest > lowest))
            {
                continue;
            }

            var fitted = FittedCount(n1[i], n0[i], m1, psi, lowest, highest);
            var variance = 1 / ((1 / fitted) + (1 / (n1[i] - fitted)) + (1 / (m1 - fitted)) + (1 / (n0[i] - m1 + fitted)));
            var deviation = a[i] - fitted;
            chi += deviation * deviation / variance;
            sumA += a[i];
            sumFitted += fitted;
            sumVariance += variance;
            strata++;
        }

        if (strata < 2)
        {
            return null;
        }

        var total = sumA - sumFitted;
        return ComparisonKernel.ChiSquareUpper(chi - (total * total / sumVariance), strata - 1);
    }

    /// <summary>The root of (1 − ψ)Â² + (n₀ − m₁ + ψ(n₁ + m₁))Â − ψn₁m₁ = 0 strictly inside (lowest, highest).</summary>
    private static double FittedCount(double n1, double n0, double m1, double psi, double lowest, double highest)
    {
        var quadratic = 1 - psi;
        var linear = n0 - m1 + (psi * (n1 + m1));
        var constant = -psi * n1 * m1;
        if (Math.Abs(quadratic) < 1e-12 * Math.Max(1, psi))
        {
            return -constant / linear;
        }

        // Numerically stable roots: q = −(B + sign(B)·√(B² − 4AC))/2, roots q/A and C/q.
        var discriminant = Math.Sqrt(Math.Max(0, (linear * linear) - (4 * quadratic * constant)));
        var qRoot = -0.5 * (linear + (Math.Sign(linear) >= 0 ? discriminant : -discriminant));
        var first = qRoot / quadratic;
        var second = constant / qRoot;
        return first > lowest && first < highest ? first : second;
    }

    private static void NotAvailable(ReadOnlySpan<ConfidenceLevel> levels, EstimateStatus status, EstimationMethod method, bool small, Span<ComparisonEstimate> row, bool proportions)
    {
        for (var l = 0; l < row.Length; l++)
        {
            var level = levels[l];
            row[l] = new ComparisonEstimate(
                IntervalEstimate.NotAvailable(status, level, method),
                ComparisonKernel.NotComputed(level),
                proportions ? IntervalEstimate.NotAvailable(status, level, EstimationMethod.RobinsBreslowGreenland) : ComparisonKernel.NotComputed(level),
                null, null, null, small, false);
        }
    }
}
