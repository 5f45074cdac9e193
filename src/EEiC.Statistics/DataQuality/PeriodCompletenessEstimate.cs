using EEiC.Statistics.Intervals;

namespace EEiC.Statistics.DataQuality;

/// <summary>The completeness of one period with its Wilson interval.</summary>
/// <param name="Period">The period's label.</param>
/// <param name="Complete">Records with a valid ethnic category.</param>
/// <param name="Total">All records.</param>
/// <param name="Completeness">Complete/Total (0–1) with its Wilson score interval (Wilson EB. J Am Stat Assoc 1927;22:209–212).</param>
public sealed record PeriodCompletenessEstimate(string Period, double Complete, double Total, IntervalEstimate Completeness);
