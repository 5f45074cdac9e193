using EEiC.Datasets;

namespace EEiC.Statistics.GroupComparison;

/// <summary>
/// One group of a set compared with the set's reference group, at each confidence level requested.
/// </summary>
/// <param name="Row">
/// The group and the strata of its set (sex, area, period and, for unstratified comparisons, deprivation quantile),
/// with the numerator and denominator the comparison used (summed over age bands and, for the Mantel–Haenszel
/// comparisons, over deprivation quantiles).
/// </param>
/// <param name="ReferenceGroup">The name of the set's reference group, as it appears in the input.</param>
/// <param name="Estimates">One comparison per confidence level requested, in the order requested.</param>
public sealed record GroupComparisonResult(StratifiedRow Row, string ReferenceGroup, IReadOnlyList<ComparisonEstimate> Estimates)
{
    /// <summary><see langword="true"/> when this is the reference group's own entry.</summary>
    public bool IsReference => Estimates.Count > 0 && Estimates[0].IsReference;
}
