using System.Globalization;
using EEiC.Statistics.Intervals;

namespace EEiC.Statistics.GroupComparison;

/// <summary>
/// One group compared with the reference group at one confidence level: the ratio and the difference with their
/// intervals, the odds ratio for proportions, the p-value of the test of no difference, adjusted for multiple
/// comparisons, and a flag for small numbers. A value type, so batch calls fill a caller's span without allocating.
/// </summary>
/// <param name="Ratio">
/// The group's rate (or proportion, or standardised rate) over the reference's, with its interval. For the reference
/// group itself: 1 with no limits (method <see cref="EstimationMethod.None"/>).
/// </param>
/// <param name="Difference">
/// The group's value minus the reference's, on the scale of the multiplier, with its interval; for the reference group
/// itself 0 with no limits. Not computed by the Mantel–Haenszel comparisons (status <see cref="EstimateStatus.Undefined"/>, method <see cref="EstimationMethod.None"/>).
/// </param>
/// <param name="OddsRatio">
/// For proportions, the odds ratio with its interval (for the reference group itself 1 with no limits); for rates
/// status <see cref="EstimateStatus.Undefined"/> and method <see cref="EstimationMethod.None"/>.
/// </param>
/// <param name="PValue">
/// The two-sided p-value of the test that the group and the reference do not differ (the test is named by each
/// method), or <see langword="null"/> when it is undefined or for the reference group itself. The same at every level.
/// </param>
/// <param name="AdjustedPValue">
/// <see cref="PValue"/> adjusted as <see cref="ComparisonOptions.Adjustment"/> says (equal to it when there is no
/// adjustment); never below it.
/// </param>
/// <param name="HomogeneityPValue">
/// For the Mantel–Haenszel comparisons, the p-value of the test that the ratio is the same in every stratum (named by
/// each method), or <see langword="null"/> when fewer than two strata carry information; always <see langword="null"/>
/// for the unstratified comparisons.
/// </param>
/// <param name="SmallNumbers">
/// <see langword="true"/> when either group has fewer events than <see cref="ComparisonOptions.SmallNumberThreshold"/>
/// (for proportions, the smaller of events and non-events): the comparison is shown, but too few events stand behind it
/// for it to mean much. For the reference group itself, whether its own count is below the threshold.
/// </param>
/// <param name="IsReference"><see langword="true"/> for the reference group's own entry.</param>
public readonly record struct ComparisonEstimate(
    IntervalEstimate Ratio,
    IntervalEstimate Difference,
    IntervalEstimate OddsRatio,
    double? PValue,
    double? AdjustedPValue,
    double? HomogeneityPValue,
    bool SmallNumbers,
    bool IsReference)
{
    /// <summary>For example <c>"ratio 1.42 (1.15 to 1.76, 95% LogWald); difference …; p 0.001 (adjusted 0.004)"</c>.</summary>
    /// <returns>The formatted comparison.</returns>
    public override string ToString()
    {
        if (IsReference)
        {
            return "reference group";
        }

        var p = PValue is { } raw
            ? string.Create(CultureInfo.InvariantCulture, $"p {raw:G3} (adjusted {AdjustedPValue:G3})")
            : "p not available";
        return $"ratio {Ratio}; difference {Difference}; {p}{(SmallNumbers ? "; small numbers" : string.Empty)}";
    }
}
