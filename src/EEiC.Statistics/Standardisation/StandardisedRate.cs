using System.Globalization;
using EEiC.Statistics.Intervals;

namespace EEiC.Statistics.Standardisation;

/// <summary>
/// A directly standardised rate for one group at one confidence level, with the totals it was computed from.
/// The totals are reported even when the rate itself is not (<see cref="EstimateStatus.SmallCount"/> below 10
/// events).
/// </summary>
/// <param name="TotalCount">The total number of events over all bands (for non-independent events, Σ frequency × persons).</param>
/// <param name="TotalPopulation">The total population over all bands.</param>
/// <param name="Estimate">The rate per multiplier with its confidence interval, method and status.</param>
public readonly record struct StandardisedRate(double TotalCount, double TotalPopulation, IntervalEstimate Estimate)
{
    /// <summary>For example <c>"1043.02 (971.771 to 1117.89, 95% Dobson); 895 events in 8970"</c>.</summary>
    /// <returns>The estimate and the totals.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Estimate}; {TotalCount:G6} events in {TotalPopulation:G6}");
}
