using EEiC.Statistics.Intervals;

namespace EEiC.Statistics.Inequality;

// Disproportionality measures: Theil index (ti) and mean log deviation (mld).
public static partial class NonOrderedSummaryMeasures
{
    /// <summary>
    /// The Theil index ti = 1000 · Σ pⱼ rⱼ ln rⱼ (relative, weighted), rⱼ = yⱼ/μ, with estimates of 0 replaced by
    /// 10⁻⁶ first (as healthequal does). se = √(Σ (1 + ln rⱼ − T)² pⱼ² seⱼ²/μ²), T = Σ pⱼ rⱼ(1 + ln rⱼ); limits ti ∓ z·se.
    /// <b>healthequal's scaling, reproduced:</b> the estimate is multiplied by 1000 but the standard error is not, so
    /// the limits are very narrow. Limits absent unless every subgroup has a standard error. 0 means no inequality.
    /// Estimates must be ≥ 0; not available when μ = 0.
    /// </summary>
    /// <param name="subgroups">At least 3 subgroups, each with a population.</param>
    /// <param name="settings">The confidence level.</param>
    /// <returns>The Theil index.</returns>
    /// <remarks>Theil H. Economics and information theory. Amsterdam: North-Holland; 1967. healthequal 1.0.1 <c>ti()</c> (WHO).</remarks>
    public static SummaryMeasureEstimate TheilIndex(ReadOnlySpan<SubgroupEstimate> subgroups, SummaryMeasureSettings settings) =>
        Compute(SummaryMeasure.TheilIndex, subgroups, settings);

    /// <summary>
    /// The mean log deviation mld = 1000 · Σ pⱼ(−ln rⱼ) (relative, weighted), rⱼ = yⱼ/μ, estimates of 0 replaced by
    /// 10⁻⁶. se = √(Σ seⱼ² pⱼ²/μ² (1 − 1/rⱼ)²), not multiplied by 1000 (healthequal's scaling, reproduced); limits
    /// mld ∓ z·se. 0 means no inequality. Estimates must be ≥ 0; not available when μ = 0.
    /// </summary>
    /// <param name="subgroups">At least 3 subgroups, each with a population.</param>
    /// <param name="settings">The confidence level.</param>
    /// <returns>The mean log deviation.</returns>
    /// <remarks>Theil H. Economics and information theory. Amsterdam: North-Holland; 1967. healthequal 1.0.1 <c>mld()</c> (WHO).</remarks>
    public static SummaryMeasureEstimate MeanLogDeviation(ReadOnlySpan<SubgroupEstimate> subgroups, SummaryMeasureSettings settings) =>
        Compute(SummaryMeasure.MeanLogDeviation, subgroups, settings);

    private const double ZeroReplacement = 1e-6;

    private static double NonZero(double estimate) => estimate == 0 ? ZeroReplacement : estimate;

    private static SummaryMeasureEstimate DisproportionalityCore(ReadOnlySpan<SubgroupEstimate> g, SummaryMeasureSettings settings, bool theil)
    {
        var measure = theil ? SummaryMeasure.TheilIndex : SummaryMeasure.MeanLogDeviation;
        var total = 0.0;
        for (var i = 0; i < g.Length; i++)
        {
            total += g[i].Population!.Value;
        }

        var mean = 0.0;
        for (var i = 0; i < g.Length; i++)
        {
            mean += g[i].Population!.Value / total * NonZero(g[i].Estimate);
        }

        if (mean == 0)
        {
            return NotAvailable(measure, EstimateStatus.ZeroDenominator, settings.Level);
        }

        double sum = 0, t = 0;
        for (var i = 0; i < g.Length; i++)
        {
            var p = g[i].Population!.Value / total;
            var r = NonZero(g[i].Estimate) / mean;
            var logR = Math.Log(r);
            sum += theil ? p * r * logR : p * -logR;
            t += r * (1 + logR) * p;
        }

        var estimate = 1000 * sum;
        if (!AllStandardErrors(g))
        {
            return PointOnly(measure, estimate, settings.Level);
        }

        var variance = 0.0;
        for (var i = 0; i < g.Length; i++)
        {
            var p = g[i].Population!.Value / total;
            var se = g[i].StandardError!.Value;
            var r = NonZero(g[i].Estimate) / mean;
            var common = p * p * se * se / (mean * mean);
            if (theil)
            {
                var f = 1 + Math.Log(r) - t;
                variance += f * f * common;
            }
            else
            {
                var f = 1 - 1 / r;
                variance += common * f * f;
            }
        }

        return Normal(measure, estimate, Math.Sqrt(variance), settings.Level);
    }
}
