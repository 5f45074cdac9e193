using EEiC.Statistics.Intervals;

namespace EEiC.Statistics.Comparison;

/// <summary>The result of comparing one value with a benchmark: statistically, and read through the indicator's polarity.</summary>
/// <param name="Comparison">Higher, similar or lower than the benchmark, or not compared.</param>
/// <param name="Assessment">Better, similar or worse given the indicator's polarity, or not assessed.</param>
/// <param name="Level">The confidence level the comparison was made at (the interval's level, or the funnel limits' level).</param>
/// <param name="Reason">
/// Why the value was not compared or not assessed (for example "the estimate has no value: its denominator is zero",
/// or that the polarity makes no judgement); <see langword="null"/> when it was compared and assessed.
/// </param>
public readonly record struct BenchmarkComparisonResult(
    BenchmarkComparison Comparison,
    BenchmarkAssessment Assessment,
    ConfidenceLevel Level,
    string? Reason);
