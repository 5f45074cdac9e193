using EEiC.Statistics.Intervals;

namespace EEiC.Statistics.GroupComparison;

/// <summary>Options of <see cref="GapTrend"/>.</summary>
public sealed record GapTrendOptions
{
    /// <summary>The defaults: 95%, periods equally spaced, no target.</summary>
    public static GapTrendOptions Default { get; } = new();

    /// <summary>The confidence level of every interval and of the verdicts. Default 95%.</summary>
    public ConfidenceLevel Level { get; init; } = ConfidenceLevel.Percent95;

    /// <summary>
    /// The position of each period on a numeric axis (for example the calendar year 2019, 2020, 2022 when a year is
    /// missing), strictly increasing, one per period; <see langword="null"/> (default) for 0, 1, 2, … in the order given.
    /// Slopes are per unit of this axis.
    /// </summary>
    public IReadOnlyList<double>? PeriodPositions { get; init; }

    /// <summary>A gap-reduction target to report progress against, or <see langword="null"/> (default) for none.</summary>
    public GapReductionTarget? Target { get; init; }
}
