namespace EEiC.Statistics.Comparison;

/// <summary>
/// One area (or group) placed on a funnel plot: its horizontal position, its value and where it lies relative to the
/// control limits. Produced by the <c>Points</c> methods of <see cref="FunnelPlot"/>.
/// </summary>
/// <param name="Denominator">
/// The horizontal position: the denominator (proportions), the expected events (ratios) or the population per year of
/// data (rates; PHEindicatormethods' <c>denominator_derived</c>); <see langword="null"/> for a directly standardised
/// rate from fewer than 10 events, which is not plotted.
/// </param>
/// <param name="Value">
/// The plotted value on the indicator's scale: the proportion × multiplier, the ratio (see <see cref="FunnelRatioType"/>)
/// or the rate as given (<c>rate_chart</c>); <see langword="null"/> when <paramref name="Denominator"/> is.
/// </param>
/// <param name="Significance">Where the value lies relative to the 95% and 99.8% control limits.</param>
public readonly record struct FunnelPoint(double? Denominator, double? Value, FunnelSignificance Significance);
