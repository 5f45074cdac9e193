using EEiC.Statistics.Intervals;

namespace EEiC.Statistics.GroupComparison;

/// <summary>
/// How groups are compared with a reference group: which group is the reference, how p-values and intervals are
/// adjusted for multiple comparisons, when numbers are too small to mean much, and the choices of interval that the
/// methods leave open.
/// </summary>
public sealed record ComparisonOptions
{
    /// <summary>The defaults: the largest group as reference, no adjustment, a small-number threshold of 10 events, automatic rate-ratio intervals, no zero-cell correction.</summary>
    public static ComparisonOptions Default { get; } = new();

    /// <summary>
    /// The reference group, by name, or <see langword="null"/> (default) for the group with the largest denominator
    /// (population, person-time or people eligible) in each set; ties go to the group that comes first in the input.
    /// For a dataset, groups whose ethnic category is a missing-ethnicity code (not stated, not known) are never chosen
    /// by default. A name is matched ignoring case and surrounding white space, and for an ethnicity dataset also
    /// against the category's code and label (so <c>"A"</c> and <c>"White - British"</c> name the same NHS group).
    /// A name that is absent from a set is an error that names the groups present.
    /// </summary>
    public string? ReferenceGroup { get; init; }

    /// <summary>How p-values are adjusted for the number of comparisons in a set. Default <see cref="MultipleComparisonAdjustment.None"/>.</summary>
    public MultipleComparisonAdjustment Adjustment { get; init; } = MultipleComparisonAdjustment.None;

    /// <summary>
    /// When <see langword="true"/>, every interval of a set of m comparisons is computed at level 1 − (1 − c)/m instead of c
    /// (Bonferroni), so that all m intervals cover their true values together with probability at least c; the
    /// estimate's <see cref="IntervalEstimate.Level"/> reports the level used. Default <see langword="false"/>.
    /// </summary>
    public bool BonferroniIntervals { get; init; }

    /// <summary>
    /// A comparison is flagged (<see cref="ComparisonEstimate.SmallNumbers"/>) when either group has fewer events than
    /// this (for a proportion, fewer events or fewer non-events, whichever is smaller). Default 10; must be finite and ≥ 0.
    /// </summary>
    public double SmallNumberThreshold { get; init; } = 10;

    /// <summary>The interval for a ratio of crude rates. Default <see cref="RateRatioInterval.Automatic"/>.</summary>
    public RateRatioInterval RateRatioInterval { get; init; } = RateRatioInterval.Automatic;

    /// <summary>
    /// For proportions: when <see langword="true"/> and any of the four cells of a comparison (events and non-events
    /// of each group) is 0, 0.5 is added to all four for the risk ratio and the odds ratio (Haldane JBS. Ann Hum Genet
    /// 1956;20:309–311), which are otherwise undefined. The risk difference and the p-value always use the counts as
    /// given. Default <see langword="false"/>: a zero cell gives those ratios status <see cref="EstimateStatus.Undefined"/>.
    /// </summary>
    public bool ZeroCellCorrection { get; init; }
}
