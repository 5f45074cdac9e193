namespace EEiC.Statistics.Comparison;

/// <summary>One point of a funnel plot's control limit line: where it sits on the horizontal axis and the limit there.</summary>
/// <param name="Denominator">
/// The horizontal position: the population (proportion funnels), the expected number of events (ratio funnels) or the
/// population per year of data (rate funnels).
/// </param>
/// <param name="Value">
/// The control limit on the indicator's scale: the proportion × multiplier (proportions), observed/expected − 1 or
/// × 100 (ratios, see <see cref="FunnelRatioType"/>), or the rate × multiplier (rates).
/// </param>
public readonly record struct FunnelLimitPoint(double Denominator, double Value);
