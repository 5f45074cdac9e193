using System.Text.Json.Serialization;

namespace EEiC.Tools.Audit;

/// <summary>The stages of <see cref="EquityAudit.Run"/>, in the order they run; each is reported once through <see cref="EquityAuditProgress"/>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EquityAuditStage>))]
public enum EquityAuditStage
{
    /// <summary>The options, the indicator and the dataset contract are checked (every bad row reported).</summary>
    Validation = 0,

    /// <summary>The rows are read once and summed by group, age band, area and period.</summary>
    Aggregation = 1,

    /// <summary>The quality of ethnicity recording is assessed and given a verdict.</summary>
    DataQuality = 2,

    /// <summary>Crude (and directly standardised) estimates by group.</summary>
    Estimates = 3,

    /// <summary>Each group compared with the reference group and with the benchmark.</summary>
    Comparisons = 4,

    /// <summary>Summary measures of inequality across the groups.</summary>
    SummaryMeasures = 5,

    /// <summary>Expected versus observed activity and representation.</summary>
    ExpectedVersusObserved = 6,

    /// <summary>Sensitivity of the gaps to the records with missing ethnicity.</summary>
    Sensitivity = 7,

    /// <summary>The trend of each gap over the periods.</summary>
    Trends = 8,

    /// <summary>The areas compared with the overall value on a funnel plot.</summary>
    Areas = 9,

    /// <summary>Small-number disclosure control of everything the result publishes.</summary>
    Disclosure = 10,

    /// <summary>Findings and recommended actions from the <c>equity-audit</c> tool's rules.</summary>
    Findings = 11,
}
