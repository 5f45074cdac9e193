using EEiC.Statistics.Intervals;

namespace EEiC.Statistics.Inequality;

// Variance measures: between-group variance (bgv), between-group standard deviation (bgsd), coefficient of variation (cov).
public static partial class NonOrderedSummaryMeasures
{
    /// <summary>
    /// The between-group variance bgv = Σ pⱼ(yⱼ − μ)² (absolute, weighted), pⱼ = population share, μ = Σ pⱼyⱼ.
    /// Analytic se = √(4·Σ pⱼ²seⱼ²(yⱼ − μ)² + 2·((Σ pⱼ²seⱼ²)² − Σ pⱼ⁴seⱼ⁴ + Σ pⱼ²(1 − pⱼ)²seⱼ⁴)) and limits bgv ∓ z·se
    /// (absent unless every subgroup has a standard error). 0 means no inequality.
    /// </summary>
    /// <param name="subgroups">At least 3 subgroups, each with a population.</param>
    /// <param name="settings">The confidence level.</param>
    /// <returns>The between-group variance.</returns>
    /// <remarks>Harper S, Lynch J. Methods for measuring cancer disparities. NCI Monograph; 2005 (variance). healthequal 1.0.1 <c>bgv()</c> (WHO).</remarks>
    public static SummaryMeasureEstimate BetweenGroupVariance(ReadOnlySpan<SubgroupEstimate> subgroups, SummaryMeasureSettings settings) =>
        Compute(SummaryMeasure.BetweenGroupVariance, subgroups, settings);

    /// <summary>
    /// The between-group standard deviation bgsd = √bgv (absolute, weighted). No standard error; 95% bootstrap limits
    /// (the simulated weighted mean recomputed per replicate) when every subgroup has a standard error and the scale
    /// is set (see <see cref="NonOrderedSummaryMeasures"/>). 0 means no inequality.
    /// </summary>
    /// <param name="subgroups">At least 3 subgroups, each with a population.</param>
    /// <param name="settings">Scale and bootstrap replicates and seed.</param>
    /// <returns>The between-group standard deviation.</returns>
    /// <remarks>Harper S, Lynch J. Methods for measuring cancer disparities. NCI Monograph; 2005. healthequal 1.0.1 <c>bgsd()</c> (WHO).</remarks>
    public static SummaryMeasureEstimate BetweenGroupStandardDeviation(ReadOnlySpan<SubgroupEstimate> subgroups, SummaryMeasureSettings settings) =>
        Compute(SummaryMeasure.BetweenGroupStandardDeviation, subgroups, settings);

    /// <summary>
    /// The coefficient of variation cov = 100·bgsd/μ (relative, weighted). No standard error; 95% bootstrap limits as
    /// for <see cref="BetweenGroupStandardDeviation"/>. 0 means no inequality; not available
    /// (<see cref="EstimateStatus.ZeroDenominator"/>) when μ = 0.
    /// </summary>
    /// <param name="subgroups">At least 3 subgroups, each with a population.</param>
    /// <param name="settings">Scale and bootstrap replicates and seed.</param>
    /// <returns>The coefficient of variation.</returns>
    /// <remarks>Harper S, Lynch J. Methods for measuring cancer disparities. NCI Monograph; 2005. healthequal 1.0.1 <c>covar()</c> (WHO).</remarks>
    public static SummaryMeasureEstimate CoefficientOfVariation(ReadOnlySpan<SubgroupEstimate> subgroups, SummaryMeasureSettings settings) =>
        Compute(SummaryMeasure.CoefficientOfVariation, subgroups, settings);

    private static double Variance(ReadOnlySpan<SubgroupEstimate> g, double mean, double total)
    {
        var bgv = 0.0;
        for (var i = 0; i < g.Length; i++)
        {
            var dev = g[i].Estimate - mean;
            bgv += g[i].Population!.Value / total * dev * dev;
        }

        return bgv;
    }

    private static SummaryMeasureEstimate BetweenGroupVarianceCore(ReadOnlySpan<SubgroupEstimate> g, SummaryMeasureSettings settings)
    {
        var mean = WeightedMean(g, out var total);
        var bgv = Variance(g, mean, total);
        if (!AllStandardErrors(g))
        {
            return PointOnly(SummaryMeasure.BetweenGroupVariance, bgv, settings.Level);
        }

        double first = 0, s2 = 0, s4 = 0, sw = 0;
        for (var i = 0; i < g.Length; i++)
        {
            var p = g[i].Population!.Value / total;
            var se = g[i].StandardError!.Value;
            var dev = g[i].Estimate - mean;
            var p2se2 = p * p * se * se;
            first += p2se2 * dev * dev;
            s2 += p2se2;
            s4 += p2se2 * p2se2;
            sw += p * p * (1 - p) * (1 - p) * se * se * se * se;
        }

        var seBgv = Math.Sqrt(4 * first + 2 * (s2 * s2 - s4 + sw));
        return Normal(SummaryMeasure.BetweenGroupVariance, bgv, seBgv, settings.Level);
    }

    private static SummaryMeasureEstimate BetweenGroupStandardDeviationCore(ReadOnlySpan<SubgroupEstimate> g, SummaryMeasureSettings settings, bool relative)
    {
        var mean = WeightedMean(g, out var total);
        var bgsd = Math.Sqrt(Variance(g, mean, total));
        if (!relative)
        {
            return PointOnly(SummaryMeasure.BetweenGroupStandardDeviation, bgsd, settings.Level);
        }

        return mean == 0
            ? NotAvailable(SummaryMeasure.CoefficientOfVariation, EstimateStatus.ZeroDenominator, settings.Level)
            : PointOnly(SummaryMeasure.CoefficientOfVariation, bgsd / mean * 100, settings.Level);
    }
}
