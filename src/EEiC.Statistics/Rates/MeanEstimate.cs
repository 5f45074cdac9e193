using EEiC.Statistics.Intervals;

namespace EEiC.Statistics.Rates;

/// <summary>
/// The mean of a sample with what it was computed from (the reference reports the same: <c>value_sum</c>,
/// <c>value_count</c>, <c>stdev</c>) and its Student's t intervals, one per confidence level requested.
/// </summary>
/// <param name="Count">The number of values, at least 1.</param>
/// <param name="Sum">The sum of the values.</param>
/// <param name="Mean">The mean, <paramref name="Sum"/> / <paramref name="Count"/> (also the value of each estimate when it has one).</param>
/// <param name="StandardDeviation">The sample standard deviation (divisor n − 1), or <see langword="null"/> for a single value.</param>
/// <param name="Estimates">One estimate per confidence level, in the order requested; see <see cref="Means"/> for the status of a single value.</param>
public sealed record MeanEstimate(int Count, double Sum, double Mean, double? StandardDeviation, IReadOnlyList<IntervalEstimate> Estimates);
