using System.Text.Json.Serialization;

namespace EEiC.Statistics.Comparison;

/// <summary>
/// How a value compares with a benchmark (for example the England value), judged statistically: whether its
/// confidence interval, or the funnel plot's control limits, exclude the benchmark. Says nothing about whether higher
/// is better; see <see cref="BenchmarkAssessment"/>.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<BenchmarkComparison>))]
public enum BenchmarkComparison
{
    /// <summary>No comparison was possible (the estimate has no value or lacks the limit needed); <see cref="BenchmarkComparisonResult.Reason"/> says why.</summary>
    NotCompared = 0,

    /// <summary>Significantly lower: the whole interval lies below the benchmark (or the point lies below the lower control limit).</summary>
    Lower = 1,

    /// <summary>Not significantly different: the interval contains the benchmark (or the point lies within the control limits).</summary>
    Similar = 2,

    /// <summary>Significantly higher: the whole interval lies above the benchmark (or the point lies above the upper control limit).</summary>
    Higher = 3,
}
