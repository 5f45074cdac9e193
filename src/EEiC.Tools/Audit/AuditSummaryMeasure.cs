using EEiC.Statistics.Inequality;

namespace EEiC.Tools.Audit;

/// <summary>
/// A non-ordered summary measure of inequality across the ethnic groups (<see cref="NonOrderedSummaryMeasures"/>), on the
/// audit's basis; <see cref="SummaryMeasureEstimate.IsRelative"/> says whether it is absolute or relative.
/// </summary>
/// <param name="Estimate">The measure with its analytic interval where it has one.</param>
/// <param name="RestsOnSuppressedCounts">Whether a group whose counts are suppressed contributes to it (the measure is published, flagged, because it pools every group).</param>
public sealed record AuditSummaryMeasure(SummaryMeasureEstimate Estimate, bool RestsOnSuppressedCounts);
