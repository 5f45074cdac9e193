using EEiC.Statistics.GroupComparison;
using EEiC.Statistics.Intervals;

namespace EEiC.Tools.Suite;

/// <summary>
/// One ethnic group compared with <see cref="BriefingData.ReferenceGroup"/>: the ratio of its figure to the reference
/// group's, with the ratio's confidence interval. One row of <see cref="BriefingData.Gaps"/>.
/// </summary>
/// <param name="Group">The group's name, as it should appear in the briefing; not the reference group.</param>
/// <param name="Ratio">The group's figure divided by the reference group's (finite, at least 0).</param>
/// <param name="Lower">The lower confidence limit of the ratio (finite, at least 0, at most <paramref name="Ratio"/>).</param>
/// <param name="Upper">The upper confidence limit of the ratio (finite, at least <paramref name="Ratio"/>).</param>
/// <remarks>
/// Fill it from <see cref="ReferenceGroupComparison"/> with <see cref="From(GroupComparisonResult, int)"/>, which takes
/// <see cref="ComparisonEstimate.Ratio"/>. The gap is significant when the interval excludes 1; to allow for comparing
/// many groups at once, pass intervals widened for multiple comparisons (<see cref="ComparisonOptions.BonferroniIntervals"/>).
/// </remarks>
public sealed record BriefingGap(string Group, double Ratio, double Lower, double Upper)
{
    /// <summary>Whether the gap is statistically significant: the interval lies wholly below or wholly above 1.</summary>
    public bool IsSignificant => Upper < 1 || Lower > 1;

    /// <summary>Takes a group's ratio to the reference group at one confidence level from <see cref="ReferenceGroupComparison"/>.</summary>
    /// <param name="comparison">The group's comparison (not the reference group's own entry).</param>
    /// <param name="level">The index of the confidence level in <see cref="GroupComparisonResult.Estimates"/> (0 for the first level requested).</param>
    /// <returns>The group's name, ratio and limits.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="comparison"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not an index of <see cref="GroupComparisonResult.Estimates"/>.</exception>
    /// <exception cref="ArgumentException">The entry is the reference group's own, or its ratio has no value or no limits.</exception>
    public static BriefingGap From(GroupComparisonResult comparison, int level = 0)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var estimate = BriefingInputs.At(comparison.Estimates, level, nameof(level));
        if (estimate.IsReference)
        {
            throw new ArgumentException(
                $"{nameof(comparison)} is the entry of the reference group '{comparison.Row.Group}' itself; only the other groups have a gap against it.",
                nameof(comparison));
        }

        var (ratio, lower, upper) = BriefingInputs.Limits(estimate.Ratio, comparison.Row.Group, nameof(comparison));
        return new BriefingGap(comparison.Row.Group, ratio, lower, upper);
    }
}
