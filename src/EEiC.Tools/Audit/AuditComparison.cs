using EEiC.Statistics.Comparison;
using EEiC.Statistics.GroupComparison;

namespace EEiC.Tools.Audit;

/// <summary>
/// One group compared with the reference group (ratio and difference with intervals and adjusted p-values, crude and
/// standardised) and with the benchmark. Withheld (empty lists) when a count of the group or of the reference is suppressed.
/// </summary>
/// <param name="Group">The category code.</param>
/// <param name="Label">The category label.</param>
/// <param name="Crude">The comparison of crude estimates at each level (<see cref="ReferenceGroupComparison"/>: risk ratio, risk difference and odds ratio for proportions; rate ratio and difference for rates).</param>
/// <param name="Standardised">The comparison of directly standardised estimates at each level, or empty.</param>
/// <param name="SignificantGap">Whether the gap is significant on the audit's basis: adjusted p-value below 1 − the first level (decided on the unsuppressed counts).</param>
/// <param name="Benchmark">The group's estimate (on the audit's basis) against the benchmark at each level, with the assessment the indicator's polarity gives.</param>
/// <param name="Suppressed">Whether the comparison is withheld because a count it rests on is suppressed.</param>
public sealed record AuditComparison(
    string Group,
    string Label,
    IReadOnlyList<ComparisonEstimate> Crude,
    IReadOnlyList<ComparisonEstimate> Standardised,
    bool SignificantGap,
    IReadOnlyList<BenchmarkComparisonResult> Benchmark,
    bool Suppressed);
