using EEiC.Statistics.Intervals;

namespace EEiC.Statistics.GroupComparison;

/// <summary>The gap between a group and the reference group over periods: per period, its change and its trend.</summary>
/// <param name="Periods">The gap in each period, in the order given.</param>
/// <param name="DifferenceChange">The last period's difference minus the first's, with its Wald interval (the periods taken as independent).</param>
/// <param name="RatioChange">The last period's ratio over the first's, with its log-scale interval; undefined when either ratio is.</param>
/// <param name="DifferenceSlope">The change in the difference per unit of period position, by inverse-variance weighted regression, with its interval (<see cref="EstimationMethod.WeightedLeastSquares"/>).</param>
/// <param name="RatioTrend">The factor by which the ratio changes per unit of period position (exp of the weighted regression slope of ln ratio), with its interval; 1 is no change.</param>
/// <param name="AbsoluteVerdict">Whether the difference narrowed, widened or showed no significant change.</param>
/// <param name="RelativeVerdict">Whether the ratio narrowed (moved towards 1), widened or showed no significant change.</param>
/// <param name="Target">Progress against the target of <see cref="GapTrendOptions.Target"/>, or <see langword="null"/> when none was given.</param>
public sealed record GapTrendResult(
    IReadOnlyList<PeriodGap> Periods,
    IntervalEstimate DifferenceChange,
    IntervalEstimate RatioChange,
    IntervalEstimate DifferenceSlope,
    IntervalEstimate RatioTrend,
    GapTrendVerdict AbsoluteVerdict,
    GapTrendVerdict RelativeVerdict,
    GapTargetProgress? Target);
