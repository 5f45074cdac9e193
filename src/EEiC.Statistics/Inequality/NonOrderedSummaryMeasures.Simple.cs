using EEiC.Indicators;

namespace EEiC.Statistics.Inequality;

// Simple measures: difference (d) and ratio (r).
public static partial class NonOrderedSummaryMeasures
{
    /// <summary>
    /// The difference d = y1 − y2 between two subgroups (absolute, unweighted). Without a reference subgroup y1 is
    /// the highest estimate and y2 the lowest, whatever the polarity. With
    /// <see cref="SummaryMeasureSettings.ReferenceSubgroup"/>: favourable indicator, y1 = the reference and y2 = the
    /// lowest other subgroup; adverse, y1 = the highest other subgroup and y2 = the reference. se = √(se1² + se2²);
    /// limits d ∓ z·se (absent when either standard error is). 0 means no inequality.
    /// </summary>
    /// <param name="subgroups">At least 2 subgroups.</param>
    /// <param name="settings">Reference subgroup (optional; then a polarity is needed) and confidence level.</param>
    /// <returns>The difference.</returns>
    /// <remarks>Schlotheuber A, Hosseinpoor AR. Int J Environ Res Public Health 2022;19:3697; healthequal 1.0.1 <c>d()</c> (WHO).</remarks>
    public static SummaryMeasureEstimate Difference(ReadOnlySpan<SubgroupEstimate> subgroups, SummaryMeasureSettings settings) =>
        Compute(SummaryMeasure.Difference, subgroups, settings);

    /// <summary>
    /// The ratio r = y1 / y2 (relative, unweighted) of the same two subgroups as <see cref="Difference"/>. The
    /// standard error is on the log scale, se = √((se1² + r²·se2²)/y2²) / r, and the limits are exp(ln r ∓ z·se)
    /// (absent when a standard error is, or r ≤ 0). 1 means no inequality. Not available
    /// (<see cref="Intervals.EstimateStatus.ZeroDenominator"/>) when y2 = 0.
    /// </summary>
    /// <param name="subgroups">At least 2 subgroups.</param>
    /// <param name="settings">Reference subgroup (optional; then a polarity is needed) and confidence level.</param>
    /// <returns>The ratio.</returns>
    /// <remarks>Schlotheuber A, Hosseinpoor AR. Int J Environ Res Public Health 2022;19:3697; healthequal 1.0.1 <c>r()</c> (WHO).</remarks>
    public static SummaryMeasureEstimate Ratio(ReadOnlySpan<SubgroupEstimate> subgroups, SummaryMeasureSettings settings) =>
        Compute(SummaryMeasure.Ratio, subgroups, settings);

    private static (int First, int Second) Pair(ReadOnlySpan<SubgroupEstimate> g, SummaryMeasureSettings settings, int reference)
    {
        if (reference < 0)
        {
            return (Extreme(g, true), Extreme(g, false));
        }

        return settings.Polarity == IndicatorPolarity.HigherIsBetter
            ? (reference, Extreme(g, false, reference))
            : (Extreme(g, true, reference), reference);
    }

    private static SummaryMeasureEstimate DifferenceCore(ReadOnlySpan<SubgroupEstimate> g, SummaryMeasureSettings settings, int reference)
    {
        var (i1, i2) = Pair(g, settings, reference);
        return SummaryMeasureCore.Difference(g[i1].Estimate, g[i1].StandardError, g[i2].Estimate, g[i2].StandardError, settings.Level);
    }

    private static SummaryMeasureEstimate RatioCore(ReadOnlySpan<SubgroupEstimate> g, SummaryMeasureSettings settings, int reference)
    {
        var (i1, i2) = Pair(g, settings, reference);
        return SummaryMeasureCore.Ratio(g[i1].Estimate, g[i1].StandardError, g[i2].Estimate, g[i2].StandardError, settings.Level);
    }
}
