using EEiC.Statistics.Intervals;

namespace EEiC.Statistics.GroupComparison;

/// <summary>The gap between a group and the reference group in one period.</summary>
/// <param name="Period">The period's label, as given.</param>
/// <param name="Position">The period's position on the period axis (see <see cref="GapTrendOptions.PeriodPositions"/>).</param>
/// <param name="Difference">The group's value minus the reference's, with its Wald interval (<see cref="EstimationMethod.Wald"/>; no limits when both standard errors are 0).</param>
/// <param name="Ratio">The group's value over the reference's, with its log-scale interval (<see cref="EstimationMethod.LogWald"/>); status <see cref="EstimateStatus.Undefined"/> unless both values are &gt; 0.</param>
public sealed record PeriodGap(string Period, double Position, IntervalEstimate Difference, IntervalEstimate Ratio);
