using EEiC.Statistics.Intervals;

namespace EEiC.Tools.Suite;

/// <summary>
/// The indicator's value for one ethnic group, with its confidence interval: one row of <see cref="BriefingData.Estimates"/>.
/// </summary>
/// <param name="Group">The group's name, as it should appear in the briefing (for example <c>"Pakistani"</c>).</param>
/// <param name="Value">The estimate, in <see cref="BriefingData.Unit"/> (finite).</param>
/// <param name="Lower">The lower confidence limit (finite, at most <paramref name="Value"/>).</param>
/// <param name="Upper">The upper confidence limit (finite, at least <paramref name="Value"/>).</param>
/// <remarks>
/// Fill it from any EEiC.Statistics estimate by group: for a <see cref="GroupEstimate"/> (proportions, crude or
/// directly standardised rates) use <see cref="From(GroupEstimate, int)"/>, or copy <see cref="IntervalEstimate.Value"/>,
/// <see cref="IntervalEstimate.Lower"/> and <see cref="IntervalEstimate.Upper"/> by hand. Proportions can be given as
/// percentages with <see cref="BriefingData.Unit"/> <c>"%"</c> (multiply all three by 100).
/// </remarks>
public sealed record BriefingEstimate(string Group, double Value, double Lower, double Upper)
{
    /// <summary>Takes a group's estimate at one confidence level from an EEiC.Statistics result.</summary>
    /// <param name="estimate">The group's estimates (its <see cref="GroupEstimate.Row"/> names the group).</param>
    /// <param name="level">The index of the confidence level in <see cref="GroupEstimate.Estimates"/> (0 for the first level requested, usually 95%).</param>
    /// <returns>The group's name, estimate and limits.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="estimate"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not an index of <see cref="GroupEstimate.Estimates"/>.</exception>
    /// <exception cref="ArgumentException">The estimate has no value or no limits (for example status <see cref="EstimateStatus.SmallCount"/>): say so in the briefing rather than dropping the group.</exception>
    public static BriefingEstimate From(GroupEstimate estimate, int level = 0)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        var interval = BriefingInputs.At(estimate.Estimates, level, nameof(level));
        var (value, lower, upper) = BriefingInputs.Limits(interval, estimate.Row.Group, nameof(estimate));
        return new BriefingEstimate(estimate.Row.Group, value, lower, upper);
    }
}
