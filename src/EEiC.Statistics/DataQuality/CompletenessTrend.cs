namespace EEiC.Statistics.DataQuality;

/// <summary>The trend of ethnicity completeness over periods (see <see cref="EthnicityDataQuality.Trend"/>).</summary>
/// <param name="Periods">Each period's completeness with its Wilson interval, oldest first.</param>
/// <param name="Overall">The chi-square test for linear trend over all periods (scores 1, 2, …: periods taken as equally spaced).</param>
/// <param name="Recent">The same test over the last <paramref name="RecentPeriods"/> periods.</param>
/// <param name="RecentPeriods">The number of recent periods tested (<see cref="EthnicityQualityThresholds.NoImprovementPeriods"/>).</param>
/// <param name="NoImprovement">
/// <see langword="true"/> when the last <paramref name="RecentPeriods"/> periods show no significant increase in
/// completeness (the recent test's slope is not positive or its p-value is not below the significance level; when that
/// test is undefined because completeness did not vary, <see langword="true"/> unless completeness was 100% throughout);
/// <see langword="null"/> when there are fewer periods than that.
/// </param>
public sealed record CompletenessTrend(
    IReadOnlyList<PeriodCompletenessEstimate> Periods,
    ProportionTrendTest Overall,
    ProportionTrendTest Recent,
    int RecentPeriods,
    bool? NoImprovement);
