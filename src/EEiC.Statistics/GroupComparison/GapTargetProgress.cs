using EEiC.Statistics.Intervals;

namespace EEiC.Statistics.GroupComparison;

/// <summary>Progress against a <see cref="GapReductionTarget"/>, on the absolute gap (the difference).</summary>
/// <param name="Target">The target.</param>
/// <param name="BaselineGap">The observed difference in the first period.</param>
/// <param name="TargetGap">The difference the target asks for: (1 − reduction) × baseline.</param>
/// <param name="LatestGap">The observed difference in the last period.</param>
/// <param name="AchievedReduction">The share of the baseline gap removed by the last period, (baseline − latest)/baseline (negative when the gap widened), or <see langword="null"/> when the baseline gap is 0.</param>
/// <param name="RequiredReductionToDate">The share that a straight path from the baseline to the target would have removed by the last period: reduction × (last − first)/(target − first) positions, capped at the full reduction.</param>
/// <param name="ProjectedGap">The gap at the target position on the fitted linear trend, with its interval (<see cref="EstimationMethod.WeightedLeastSquares"/>); not available when the trend is not.</param>
/// <param name="OnTrack">
/// Whether the projected gap reaches the target gap (is at or beyond it in the direction of closing the baseline gap), or
/// <see langword="null"/> when the baseline gap is 0 or there is no projection.
/// </param>
public sealed record GapTargetProgress(
    GapReductionTarget Target,
    double BaselineGap,
    double TargetGap,
    double LatestGap,
    double? AchievedReduction,
    double RequiredReductionToDate,
    IntervalEstimate ProjectedGap,
    bool? OnTrack);
