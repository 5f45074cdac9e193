namespace EEiC.Statistics.GroupComparison;

/// <summary>
/// A target to reduce the absolute gap (the difference) between a group and the reference group, for example "halve
/// the gap by 2030": <c>new GapReductionTarget(0.5, position of 2030)</c>.
/// </summary>
/// <param name="Reduction">The share of the first period's gap to remove, in (0, 1]: 0.5 halves it, 1 closes it.</param>
/// <param name="TargetPosition">
/// When, on the period axis of <see cref="GapTrendOptions.PeriodPositions"/> (by default the first period is 0, the next 1,
/// and so on, so the target period's index counted from the first); after the first period, and may lie beyond the last.
/// </param>
public sealed record GapReductionTarget(double Reduction, double TargetPosition);
