using EEiC.Statistics.Intervals;

namespace EEiC.Statistics.Comparison;

/// <summary>
/// The control limits of a funnel plot: 100 rows spanning the horizontal axis, each with the 95% and 99.8% limits,
/// and the average (baseline) they surround. Produced by <see cref="FunnelPlot.ProportionLimits"/>,
/// <see cref="FunnelPlot.RatioLimits"/> and <see cref="FunnelPlot.RateLimits(ReadOnlySpan{double}, ReadOnlySpan{double}, FunnelRateType, double, double)"/>.
/// </summary>
public sealed record FunnelLimits
{
    internal FunnelLimits(FunnelStatistic statistic, EstimationMethod method, double average, double baseline, FunnelLimitRow[] rows)
    {
        Statistic = statistic;
        Method = method;
        Average = average;
        Baseline = baseline;
        Rows = Array.AsReadOnly(rows);
    }

    /// <summary>The kind of statistic the limits are for.</summary>
    public FunnelStatistic Statistic { get; }

    /// <summary>
    /// How the limits were computed: <see cref="EstimationMethod.Wilson"/> for proportions,
    /// <see cref="EstimationMethod.PoissonFunnel"/> for ratios and rates.
    /// </summary>
    public EstimationMethod Method { get; }

    /// <summary>
    /// The pooled average, unscaled: Σ numerators / Σ denominators (proportions), Σ observed / Σ expected (ratios, for
    /// information only: ratio limits surround 1), or Σ events / Σ derived denominators (rates, events per person).
    /// </summary>
    public double Average { get; }

    /// <summary>
    /// The centre line on the indicator's scale: <see cref="Average"/> × multiplier for proportions and rates; for
    /// ratios the "as expected" line, 0 (<see cref="FunnelRatioType.Count"/>) or 100
    /// (<see cref="FunnelRatioType.IndirectlyStandardised"/>), which PHEindicatormethods does not report.
    /// </summary>
    public double Baseline { get; }

    /// <summary>The 100 rows of limits, in increasing order of <see cref="FunnelLimitRow.Count"/>.</summary>
    public IReadOnlyList<FunnelLimitRow> Rows { get; }
}
