using EEiC.Indicators;
using EEiC.Tools.Definitions;
using EEiC.Tools.Evaluation;

namespace EEiC.Tools.Audit;

/// <summary>
/// The result of <see cref="EquityAudit.Run"/>, in the order a reader needs it (issue 6): the indicator and the settings
/// used; the data quality of ethnicity recording; estimates by group; comparisons with the reference group and the
/// benchmark; summary measures of inequality; expected versus observed activity and representation; sensitivity to missing
/// ethnicity; the trend of each gap; the comparison of areas; findings and recommended actions; the disclosure control
/// applied. It is the <b>published</b> view: counts are as the disclosure policy publishes them, and estimates that rest on
/// suppressed counts are withheld or flagged (see <see cref="AuditDisclosure"/>). Write it with <see cref="EquityAuditJson"/>.
/// </summary>
/// <param name="Indicator">The indicator audited.</param>
/// <param name="Settings">The settings actually used.</param>
/// <param name="DataQuality">The quality of ethnicity recording and its verdict.</param>
/// <param name="Estimates">The estimates by group, in the classification's order.</param>
/// <param name="Comparisons">Each group other than the reference compared with the reference group and the benchmark.</param>
/// <param name="SummaryMeasures">Non-ordered summary measures of inequality across the groups.</param>
/// <param name="Need">Expected versus observed activity and representation.</param>
/// <param name="Sensitivity">Sensitivity of the gaps to missing ethnicity.</param>
/// <param name="Trends">The trend of each group's gap over the periods; empty when the rows have fewer than two periods.</param>
/// <param name="Areas">The areas on a funnel plot, or <see langword="null"/> when the rows have fewer than two areas.</param>
/// <param name="Findings">The findings, most severe first, each citing its numbers.</param>
/// <param name="Actions">The recommended actions of the findings.</param>
/// <param name="Facts">The facts the audit supplied to the <c>equity-audit</c> tool: give them with your answers to its follow-up questions (<see cref="ToolResponse.Facts"/>) to evaluate it again.</param>
/// <param name="Disclosure">The disclosure control applied.</param>
public sealed record EquityAuditResult(
    IndicatorDefinition Indicator,
    AuditSettings Settings,
    AuditDataQuality DataQuality,
    IReadOnlyList<AuditGroupEstimate> Estimates,
    IReadOnlyList<AuditComparison> Comparisons,
    IReadOnlyList<AuditSummaryMeasure> SummaryMeasures,
    AuditNeed Need,
    AuditSensitivity Sensitivity,
    IReadOnlyList<AuditGapTrend> Trends,
    AuditAreas? Areas,
    IReadOnlyList<AuditFinding> Findings,
    IReadOnlyList<RecommendedAction> Actions,
    IReadOnlyDictionary<string, FactValue> Facts,
    AuditDisclosure Disclosure)
{
    /// <summary>The schema version of <see cref="EquityAuditJson"/> this library writes.</summary>
    public const int CurrentSchemaVersion = 1;
}
