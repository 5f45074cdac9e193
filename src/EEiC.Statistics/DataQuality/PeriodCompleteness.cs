namespace EEiC.Statistics.DataQuality;

/// <summary>The completeness of ethnicity recording in one period: records with a valid category out of all records.</summary>
/// <param name="Period">The period's label, for example <c>"2022/23"</c>.</param>
/// <param name="Complete">Records with a valid ethnic category, finite and ≥ 0.</param>
/// <param name="Total">All records of the period, finite, &gt; 0 and at least <paramref name="Complete"/>.</param>
public readonly record struct PeriodCompleteness(string Period, double Complete, double Total);
