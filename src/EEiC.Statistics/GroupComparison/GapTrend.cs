using System.Globalization;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Rates;
using EEiC.Statistics.Validation;

namespace EEiC.Statistics.GroupComparison;

/// <summary>
/// Trends in the gap between a group and the reference group over periods: the gap (difference and ratio) in each
/// period, its change from the first period to the last, its linear trend with a verdict — narrowed, widened or no
/// significant change — and progress against a gap-reduction target such as "halve the gap by 2030".
/// </summary>
/// <remarks>
/// <para><b>Per period.</b> With the group's value g and standard error sₘ and the reference's r and sᵣ: the difference
/// d = g − r with se √(sₘ² + sᵣ²) and the Wald interval; the ratio g/r with var(ln ratio) = (sₘ/g)² + (sᵣ/r)² (the delta
/// method) and the log-scale interval, defined when g, r &gt; 0. The two groups and the periods are taken as independent
/// samples (Altman DG, Bland JM. Interaction revisited: the difference between two estimates. BMJ 2003;326:219).</para>
/// <para><b>Change.</b> Last minus first difference, se √(se₁² + se_K²); last over first ratio on the log scale.</para>
/// <para><b>Trend.</b> Inverse-variance weighted least squares of the gap on the period position with the variances taken as
/// known (weights wₜ = 1/seₜ²): slope b = Σw(x − x̄)(d − d̄)/Σw(x − x̄)², se(b) = 1/√(Σw(x − x̄)²), x̄ and d̄ weighted means;
/// the fitted gap at x has variance 1/Σw + (x − x̄)²/Σw(x − x̄)² (Draper NR, Smith H. Applied Regression Analysis, 3rd ed.
/// Wiley 1998, chapter 9; the fixed-effect meta-regression of Thompson SG, Sharp SJ. Stat Med 1999;18:2693–2708). The same
/// on ln ratio gives <see cref="GapTrendResult.RatioTrend"/>. Extra variation between periods beyond the sampling variances
/// is not modelled, so with much of it the intervals are too narrow. With two periods the slope is the change divided by
/// the distance between them. The difference trend needs every period's se &gt; 0, the ratio trend every ratio defined
/// with se &gt; 0; otherwise the slope has status <see cref="EstimateStatus.Undefined"/> and the verdict is
/// <see cref="GapTrendVerdict.NotAvailable"/> (no period is dropped silently).</para>
/// <para><b>Verdict</b> (at <see cref="GapTrendOptions.Level"/>). The gap is judged by its size, whichever group it
/// favours, so the indicator's polarity is not needed: a difference moving towards 0 (a ratio towards 1) has narrowed
/// whether the group was ahead or behind. The starting side is the sign of the fitted gap at the first period. If the
/// slope's interval excludes 0 and the slope points towards no gap, <see cref="GapTrendVerdict.Narrowed"/>; away from it
/// (or from a fitted starting gap of exactly 0), <see cref="GapTrendVerdict.Widened"/>; otherwise
/// <see cref="GapTrendVerdict.NoSignificantChange"/>. A gap that closes and reopens on the other side within the periods is
/// judged from its starting side; look at <see cref="GapTrendResult.Periods"/> to see a reversal.</para>
/// <para><b>Target</b> (absolute gap). Baseline = the first period's observed difference; target gap = (1 − reduction) ×
/// baseline; achieved reduction = (baseline − latest)/baseline; the reduction a straight path would have achieved by the
/// last period = reduction × (x_last − x_first)/(x_target − x_first), capped at the reduction; projected gap = the fitted
/// trend at the target position with its interval; on track when the projected gap is at or beyond the target gap in the
/// direction of closing the baseline gap (so overshooting past no gap still counts).</para>
/// <para><b>Rules.</b> At least two periods; labels non-blank and unique (ignoring case and surrounding white space); all
/// spans as long as the periods; values finite, standard errors finite and ≥ 0 (counts: events ≥ 0, denominators &gt; 0,
/// proportions numerator ≤ denominator); positions finite and strictly increasing; target reduction in (0, 1] at a position
/// after the first. Every breach is listed in one <see cref="StatisticsInputException"/>.</para>
/// </remarks>
public static class GapTrend
{
    /// <summary>The gap trend from each period's estimates and standard errors.</summary>
    /// <param name="periods">The period labels in time order (for example "2019/20", "2020/21").</param>
    /// <param name="groupValues">The group's estimate in each period.</param>
    /// <param name="groupStandardErrors">Their standard errors (≥ 0).</param>
    /// <param name="referenceValues">The reference group's estimate in each period.</param>
    /// <param name="referenceStandardErrors">Their standard errors (≥ 0).</param>
    /// <param name="options">Level, period positions and target; <see langword="null"/> for <see cref="GapTrendOptions.Default"/>.</param>
    /// <returns>The per-period gaps, the change, the trends, the verdicts and the target progress.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="periods"/> is null.</exception>
    /// <exception cref="StatisticsInputException">An input breaks the rules in the remarks of <see cref="GapTrend"/>.</exception>
    /// <remarks>Weighted least squares with known variances (Draper NR, Smith H. Applied Regression Analysis, 3rd ed. 1998, ch. 9); Altman DG, Bland JM. BMJ 2003;326:219.</remarks>
    public static GapTrendResult Analyse(
        IReadOnlyList<string> periods,
        ReadOnlySpan<double> groupValues,
        ReadOnlySpan<double> groupStandardErrors,
        ReadOnlySpan<double> referenceValues,
        ReadOnlySpan<double> referenceStandardErrors,
        GapTrendOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(periods);
        options ??= GapTrendOptions.Default;
        var checks = default(InputChecks);
        var positions = Common(ref checks, periods, options);
        Parallel(ref checks, periods.Count, groupValues.Length, nameof(groupValues), groupStandardErrors.Length, nameof(groupStandardErrors),
            referenceValues.Length, nameof(referenceValues), referenceStandardErrors.Length, nameof(referenceStandardErrors));
        Estimates(ref checks, groupValues, groupStandardErrors, nameof(groupValues), nameof(groupStandardErrors), periods);
        Estimates(ref checks, referenceValues, referenceStandardErrors, nameof(referenceValues), nameof(referenceStandardErrors), periods);
        checks.ThrowIfAny();
        return Compute(periods, positions, groupValues, groupStandardErrors, referenceValues, referenceStandardErrors, options);
    }

    /// <summary>The gap trend of crude rates from each period's events and person-time (or population).</summary>
    /// <param name="periods">The period labels in time order.</param>
    /// <param name="groupEvents">The group's events in each period (≥ 0).</param>
    /// <param name="groupDenominators">The group's person-time or population in each period (&gt; 0).</param>
    /// <param name="referenceEvents">The reference group's events in each period.</param>
    /// <param name="referenceDenominators">The reference group's person-time or population in each period.</param>
    /// <param name="options">Level, period positions and target.</param>
    /// <param name="multiplier">Rates per this many: default 100,000.</param>
    /// <returns>As <see cref="Analyse"/>, with each rate O/T × multiplier and its Poisson standard error √O/T × multiplier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="periods"/> is null.</exception>
    /// <exception cref="StatisticsInputException">An input breaks the rules.</exception>
    /// <remarks>The Poisson variance of a rate, O/T²; then as <see cref="Analyse"/>. A period with no events in either group has a difference se of 0, which makes the difference trend undefined.</remarks>
    public static GapTrendResult AnalyseRates(
        IReadOnlyList<string> periods,
        ReadOnlySpan<double> groupEvents,
        ReadOnlySpan<double> groupDenominators,
        ReadOnlySpan<double> referenceEvents,
        ReadOnlySpan<double> referenceDenominators,
        GapTrendOptions? options = null,
        double multiplier = 100_000) =>
        FromCounts(proportions: false, periods, groupEvents, groupDenominators, referenceEvents, referenceDenominators, options, multiplier,
            nameof(groupEvents), nameof(groupDenominators), nameof(referenceEvents), nameof(referenceDenominators));

    /// <summary>The gap trend of proportions from each period's numerators and denominators.</summary>
    /// <param name="periods">The period labels in time order.</param>
    /// <param name="groupNumerators">The group's people with the outcome in each period (≥ 0).</param>
    /// <param name="groupDenominators">The group's people eligible in each period (&gt; 0, at least the numerator).</param>
    /// <param name="referenceNumerators">The reference group's people with the outcome in each period.</param>
    /// <param name="referenceDenominators">The reference group's people eligible in each period.</param>
    /// <param name="options">Level, period positions and target.</param>
    /// <param name="multiplier">Proportions times this: 1 (default) or 100 for percentages.</param>
    /// <returns>As <see cref="Analyse"/>, with each proportion p = x/n × multiplier and its binomial standard error √(p(1 − p)/n) × multiplier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="periods"/> is null.</exception>
    /// <exception cref="StatisticsInputException">An input breaks the rules.</exception>
    /// <remarks>The binomial variance of a proportion, p(1 − p)/n; then as <see cref="Analyse"/>.</remarks>
    public static GapTrendResult AnalyseProportions(
        IReadOnlyList<string> periods,
        ReadOnlySpan<double> groupNumerators,
        ReadOnlySpan<double> groupDenominators,
        ReadOnlySpan<double> referenceNumerators,
        ReadOnlySpan<double> referenceDenominators,
        GapTrendOptions? options = null,
        double multiplier = 1) =>
        FromCounts(proportions: true, periods, groupNumerators, groupDenominators, referenceNumerators, referenceDenominators, options, multiplier,
            nameof(groupNumerators), nameof(groupDenominators), nameof(referenceNumerators), nameof(referenceDenominators));

    private static GapTrendResult FromCounts(
        bool proportions,
        IReadOnlyList<string> periods,
        ReadOnlySpan<double> x1,
        ReadOnlySpan<double> n1,
        ReadOnlySpan<double> x0,
        ReadOnlySpan<double> n0,
        GapTrendOptions? options,
        double multiplier,
        string x1Name,
        string n1Name,
        string x0Name,
        string n0Name)
    {
        ArgumentNullException.ThrowIfNull(periods);
        options ??= GapTrendOptions.Default;
        var checks = default(InputChecks);
        var positions = Common(ref checks, periods, options);
        Parallel(ref checks, periods.Count, x1.Length, x1Name, n1.Length, n1Name, x0.Length, x0Name, n0.Length, n0Name);
        CountInputs.Multiplier(ref checks, multiplier);
        Counts(ref checks, x1, n1, x1Name, n1Name, periods, proportions);
        Counts(ref checks, x0, n0, x0Name, n0Name, periods, proportions);
        checks.ThrowIfAny();

        var k = periods.Count;
        var g = new double[k];
        var gs = new double[k];
        var r = new double[k];
        var rs = new double[k];
        for (var t = 0; t < k; t++)
        {
            Estimate(proportions, x1[t], n1[t], multiplier, out g[t], out gs[t]);
            Estimate(proportions, x0[t], n0[t], multiplier, out r[t], out rs[t]);
        }

        return Compute(periods, positions, g, gs, r, rs, options);
    }

    private static void Estimate(bool proportion, double x, double n, double multiplier, out double value, out double se)
    {
        var p = x / n;
        value = p * multiplier;
        se = (proportion ? Math.Sqrt(p * (1 - p) / n) : Math.Sqrt(x) / n) * multiplier;
    }

    private static GapTrendResult Compute(
        IReadOnlyList<string> periods,
        double[] positions,
        ReadOnlySpan<double> g,
        ReadOnlySpan<double> gs,
        ReadOnlySpan<double> r,
        ReadOnlySpan<double> rs,
        GapTrendOptions options)
    {
        var level = options.Level;
        var k = periods.Count;
        var difference = new double[k];
        var differenceSe = new double[k];
        var logRatio = new double[k];
        var logRatioSe = new double[k];
        var ratioDefined = true;
        var gaps = new PeriodGap[k];
        for (var t = 0; t < k; t++)
        {
            difference[t] = g[t] - r[t];
            differenceSe[t] = Math.Sqrt((gs[t] * gs[t]) + (rs[t] * rs[t]));
            IntervalEstimate ratio;
            if (g[t] > 0 && r[t] > 0)
            {
                logRatio[t] = Math.Log(g[t] / r[t]);
                logRatioSe[t] = Math.Sqrt((gs[t] / g[t] * (gs[t] / g[t])) + (rs[t] / r[t] * (rs[t] / r[t])));
                ratio = ComparisonKernel.LogInterval(g[t] / r[t], logRatioSe[t], level, EstimationMethod.LogWald);
            }
            else
            {
                ratioDefined = false;
                ratio = IntervalEstimate.NotAvailable(EstimateStatus.Undefined, level, EstimationMethod.LogWald);
            }

            gaps[t] = new PeriodGap(periods[t], positions[t], ComparisonKernel.WaldInterval(difference[t], differenceSe[t], level), ratio);
        }

        var last = k - 1;
        var differenceChange = ComparisonKernel.WaldInterval(difference[last] - difference[0],
            Math.Sqrt((differenceSe[0] * differenceSe[0]) + (differenceSe[last] * differenceSe[last])), level);
        var ratioChange = gaps[0].Ratio.HasValue && gaps[last].Ratio.HasValue
            ? ComparisonKernel.LogInterval(Math.Exp(logRatio[last] - logRatio[0]),
                Math.Sqrt((logRatioSe[0] * logRatioSe[0]) + (logRatioSe[last] * logRatioSe[last])), level, EstimationMethod.LogWald)
            : IntervalEstimate.NotAvailable(EstimateStatus.Undefined, level, EstimationMethod.LogWald);

        var differenceFit = Fit.Of(positions, difference, differenceSe);
        var ratioFit = ratioDefined ? Fit.Of(positions, logRatio, logRatioSe) : default;
        var z = level.Z;
        var differenceSlope = differenceFit.Defined
            ? new IntervalEstimate(differenceFit.Slope, differenceFit.Slope - (z * differenceFit.SlopeSe), differenceFit.Slope + (z * differenceFit.SlopeSe), level, EstimationMethod.WeightedLeastSquares, EstimateStatus.Ok)
            : IntervalEstimate.NotAvailable(EstimateStatus.Undefined, level, EstimationMethod.WeightedLeastSquares);
        var ratioTrend = ratioFit.Defined
            ? new IntervalEstimate(Math.Exp(ratioFit.Slope), Math.Exp(ratioFit.Slope - (z * ratioFit.SlopeSe)), Math.Exp(ratioFit.Slope + (z * ratioFit.SlopeSe)), level, EstimationMethod.WeightedLeastSquares, EstimateStatus.Ok)
            : IntervalEstimate.NotAvailable(EstimateStatus.Undefined, level, EstimationMethod.WeightedLeastSquares);

        GapTargetProgress? progress = null;
        if (options.Target is { } target)
        {
            var baseline = difference[0];
            var targetGap = (1 - target.Reduction) * baseline;
            IntervalEstimate projected;
            if (differenceFit.Defined)
            {
                var at = differenceFit.At(target.TargetPosition);
                var se = differenceFit.SeAt(target.TargetPosition);
                projected = new IntervalEstimate(at, at - (z * se), at + (z * se), level, EstimationMethod.WeightedLeastSquares, EstimateStatus.Ok);
            }
            else
            {
                projected = IntervalEstimate.NotAvailable(EstimateStatus.Undefined, level, EstimationMethod.WeightedLeastSquares);
            }

            var sign = Math.Sign(baseline);
            var required = Math.Min(target.Reduction, target.Reduction * (positions[last] - positions[0]) / (target.TargetPosition - positions[0]));
            progress = new GapTargetProgress(
                target,
                baseline,
                targetGap,
                difference[last],
                baseline != 0 ? (baseline - difference[last]) / baseline : null,
                required,
                projected,
                sign != 0 && projected.Value is { } p ? p * sign <= targetGap * sign : null);
        }

        return new GapTrendResult(gaps, differenceChange, ratioChange, differenceSlope, ratioTrend,
            Verdict(differenceFit, positions[0], z), Verdict(ratioFit, positions[0], z), progress);
    }

    private static GapTrendVerdict Verdict(Fit fit, double firstPosition, double z)
    {
        if (!fit.Defined)
        {
            return GapTrendVerdict.NotAvailable;
        }

        var lower = fit.Slope - (z * fit.SlopeSe);
        var upper = fit.Slope + (z * fit.SlopeSe);
        if (lower <= 0 && upper >= 0)
        {
            return GapTrendVerdict.NoSignificantChange;
        }

        var start = Math.Sign(fit.At(firstPosition));
        return start != 0 && Math.Sign(fit.Slope) == -start ? GapTrendVerdict.Narrowed : GapTrendVerdict.Widened;
    }

    /// <summary>A weighted straight-line fit with known variances.</summary>
    private readonly record struct Fit(bool Defined, double Slope, double SlopeSe, double MeanX, double MeanY, double SumW, double Sxx)
    {
        public double At(double x) => MeanY + (Slope * (x - MeanX));

        public double SeAt(double x) => Math.Sqrt((1 / SumW) + ((x - MeanX) * (x - MeanX) / Sxx));

        public static Fit Of(double[] x, double[] y, double[] se)
        {
            double sumW = 0, sumWx = 0, sumWy = 0;
            for (var t = 0; t < x.Length; t++)
            {
                if (!(se[t] > 0))
                {
                    return default;
                }

                var w = 1 / (se[t] * se[t]);
                sumW += w;
                sumWx += w * x[t];
                sumWy += w * y[t];
            }

            double meanX = sumWx / sumW, meanY = sumWy / sumW, sxx = 0, sxy = 0;
            for (var t = 0; t < x.Length; t++)
            {
                var w = 1 / (se[t] * se[t]);
                var dx = x[t] - meanX;
                sxx += w * dx * dx;
                sxy += w * dx * (y[t] - meanY);
            }

            return sxx > 0 && double.IsFinite(sxx) ? new Fit(true, sxy / sxx, 1 / Math.Sqrt(sxx), meanX, meanY, sumW, sxx) : default;
        }
    }

    private static double[] Common(ref InputChecks checks, IReadOnlyList<string> periods, GapTrendOptions options)
    {
        CountInputs.Level(ref checks, options.Level, argument: "options.Level");
        if (periods.Count < 2)
        {
            checks.Add(null, nameof(periods), periods.Count.ToString(CultureInfo.InvariantCulture) + " period(s)", "must have at least two periods for a trend");
        }

        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var t = 0; t < periods.Count; t++)
        {
            var label = periods[t];
            if (string.IsNullOrWhiteSpace(label))
            {
                checks.Add(t, nameof(periods), label is null ? "null" : $"'{label}'", "must not be blank");
            }
            else if (!seen.TryAdd(label.Trim(), t))
            {
                checks.Add(t, nameof(periods), $"'{label}'",
                    string.Create(CultureInfo.InvariantCulture, $"must be unique, but repeats period {seen[label.Trim()]} (ignoring case and surrounding white space)"));
            }
        }

        var positions = new double[periods.Count];
        if (options.PeriodPositions is { } given)
        {
            checks.SameLength("options.PeriodPositions", given.Count, nameof(periods), periods.Count);
            for (var t = 0; t < Math.Min(given.Count, positions.Length); t++)
            {
                positions[t] = given[t];
                if (!double.IsFinite(given[t]))
                {
                    checks.Add(t, "options.PeriodPositions", given[t], "must be finite");
                }
                else if (t > 0 && !(given[t] > given[t - 1]))
                {
                    checks.Add(t, "options.PeriodPositions", given[t],
                        string.Create(CultureInfo.InvariantCulture, $"must be greater than the previous position ({given[t - 1]:R}): periods are in time order"));
                }
            }
        }
        else
        {
            for (var t = 0; t < positions.Length; t++)
            {
                positions[t] = t;
            }
        }

        if (options.Target is { } target)
        {
            if (!(target.Reduction > 0 && target.Reduction <= 1))
            {
                checks.Add(null, "options.Target.Reduction", target.Reduction, "must be in (0, 1]: the share of the baseline gap to remove");
            }

            if (!double.IsFinite(target.TargetPosition) || (positions.Length > 0 && !(target.TargetPosition > positions[0])))
            {
                checks.Add(null, "options.Target.TargetPosition", target.TargetPosition,
                    string.Create(CultureInfo.InvariantCulture, $"must be a finite position after the first period's ({(positions.Length > 0 ? positions[0] : 0):R})"));
            }
        }

        return positions;
    }

    private static void Parallel(ref InputChecks checks, int periods, int a, string aName, int b, string bName, int c, string cName, int d, string dName)
    {
        checks.SameLength(aName, a, "periods", periods);
        checks.SameLength(bName, b, "periods", periods);
        checks.SameLength(cName, c, "periods", periods);
        checks.SameLength(dName, d, "periods", periods);
    }

    private static void Estimates(ref InputChecks checks, ReadOnlySpan<double> values, ReadOnlySpan<double> standardErrors, string valuesName, string seName, IReadOnlyList<string> periods)
    {
        for (var t = 0; t < values.Length; t++)
        {
            if (!double.IsFinite(values[t]))
            {
                checks.Add(t, valuesName, values[t], "must be finite", Label(periods, t));
            }
        }

        for (var t = 0; t < standardErrors.Length; t++)
        {
            checks.NonNegative(t, seName, standardErrors[t], Label(periods, t));
        }
    }

    private static void Counts(ref InputChecks checks, ReadOnlySpan<double> x, ReadOnlySpan<double> n, string xName, string nName, IReadOnlyList<string> periods, bool proportion)
    {
        for (var t = 0; t < x.Length; t++)
        {
            checks.NonNegative(t, xName, x[t], Label(periods, t));
        }

        for (var t = 0; t < n.Length; t++)
        {
            checks.Positive(t, nName, n[t], Label(periods, t));
            if (proportion && t < x.Length && x[t] > n[t])
            {
                checks.Add(t, xName, x[t], string.Create(CultureInfo.InvariantCulture, $"must be <= {nName} ({n[t]:R}) for a proportion"), Label(periods, t));
            }
        }
    }

    private static string? Label(IReadOnlyList<string> periods, int t) => t < periods.Count ? periods[t] : null;
}
