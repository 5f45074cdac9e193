namespace EEiC.Statistics.Comparison;

/// <summary>
/// One of the 100 rows of a funnel plot's control limits (<see cref="FunnelLimits.Rows"/>): the four limits computed
/// for one population (proportion funnels) or one number of observed events (ratio and rate funnels).
/// </summary>
/// <remarks>
/// For a proportion funnel the four points share the horizontal position <see cref="Count"/>. For ratio and rate
/// funnels each limit is found for the observed count <see cref="Count"/> and lies at its own horizontal position: the
/// expected events (or population) at which that count would be exactly on the limit.
/// </remarks>
/// <param name="Count">
/// The population (proportion funnels; PHEindicatormethods' column <c>Population</c>) or the number of observed events
/// (ratio and rate funnels; <c>Observed_events</c>, <c>Events</c>) the row's limits are computed for.
/// </param>
/// <param name="Lower95">The lower 95% control limit (two-sided p = 0.05, "2s"; <c>lower_2s_*</c>).</param>
/// <param name="Upper95">The upper 95% control limit (<c>upper_2s_*</c>).</param>
/// <param name="Lower99Point8">The lower 99.8% control limit (two-sided p = 0.002, "3s"; <c>lower_3s_*</c>).</param>
/// <param name="Upper99Point8">The upper 99.8% control limit (<c>upper_3s_*</c>).</param>
public readonly record struct FunnelLimitRow(
    double Count,
    FunnelLimitPoint Lower95,
    FunnelLimitPoint Upper95,
    FunnelLimitPoint Lower99Point8,
    FunnelLimitPoint Upper99Point8);
